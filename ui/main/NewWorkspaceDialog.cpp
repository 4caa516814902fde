#include "main/NewWorkspaceDialog.h"

#include "domain/Labels.h"
#include "programme/ProgrammeEditor.h"
#include "storage/WorkspaceSetup.h"
#include "widgets/FileDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace score {

NewWorkspaceDialog::NewWorkspaceDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(&settings), m_name(new QLineEdit(this)), m_role(new QComboBox(this)), m_gender(new QComboBox(this)),
      m_file(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Create a workspace"));
    auto* intro = new QLabel(tr("A workspace holds your cohorts, enterprises and visits in one file on this laptop. You appear in "
                                "it by name, next to every change you make."),
                             this);
    intro->setWordWrap(true);
    m_name->setText(defaultUserName());
    m_name->setAccessibleName(tr("Your name"));
    for (const char* role : {"counsellor", "expert_trainer", "programme_staff", "enterprise_manager"})
        m_role->addItem(valueLabel(u"role", QString::fromLatin1(role)), QString::fromLatin1(role));
    m_role->setAccessibleName(tr("Your role"));
    for (const char* gender : {"undisclosed", "female", "male", "other"})
        m_gender->addItem(valueLabel(u"gender", QString::fromLatin1(gender)), QString::fromLatin1(gender));
    m_gender->setAccessibleName(tr("Your gender"));
    m_file->setText(QDir(startFolder(FilePurpose::Workspaces, settings)).filePath(QStringLiteral("score.scoredesk")));
    m_file->setAccessibleName(tr("Workspace file"));
    // Wide enough for a folder and a file name to be read at once.
    m_file->setMinimumWidth(m_file->fontMetrics().averageCharWidth() * 36);
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &NewWorkspaceDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Your &name"), m_name);
    form->addRow(tr("Your &role"), m_role);
    form->addRow(tr("&Gender"), m_gender);
    // A label of a row that is a layout needs its buddy named, or "&File" shows its "&".
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewWorkspaceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_name->setFocus();
    m_name->selectAll();
}

void NewWorkspaceDialog::browse()
{
    const QString chosen = chooseFileToSave(this, FilePurpose::Workspaces, tr("Create a workspace"), QFileInfo(m_file->text()).fileName(),
                                            tr("SCORE Desk workspaces (*.scoredesk)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void NewWorkspaceDialog::accept()
{
    auto refuse = [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    };
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return refuse(tr("Give your name: colleagues see it next to your changes."));
    QString path = QDir::cleanPath(m_file->text().trimmed());
    if (path.isEmpty())
        return refuse(tr("Say where to keep the workspace."));
    if (!path.endsWith(QStringLiteral(".scoredesk")))
        path += QStringLiteral(".scoredesk");
    if (QFileInfo::exists(path))
        return refuse(
            tr("%1 exists already; choose another name, or open it with File ▸ Open workspace.").arg(QDir::toNativeSeparators(path)));
    if (!QFileInfo(path).absoluteDir().exists())
        return refuse(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    auto created = createWorkspace(path, defaultDeviceName(), name);
    if (!created)
        return refuse(created.message());
    RecordEditor records(**created);
    ProgrammeEditor programme(**created, records);
    auto person = programme.adoptDevicePerson(name, m_role->currentData().toString(), m_gender->currentData().toString());
    created->reset();
    if (!person) {
        removeWorkspaceFiles(path);
        return refuse(person.message());
    }
    rememberFolder(FilePurpose::Workspaces, path, *m_settings);
    // Who you said you are is how you work from now on (a trainer's workspace opens on reports).
    if (const auto role = roleOfPerson(m_role->currentData().toString()))
        m_settings->setRole(*role);
    m_created = path;
    QDialog::accept();
}

}  // namespace score
