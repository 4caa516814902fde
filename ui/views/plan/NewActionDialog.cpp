#include "views/plan/NewActionDialog.h"

#include "domain/EntitySchema.h"
#include "domain/Labels.h"
#include "storage/ContentQueries.h"
#include "widgets/DateField.h"
#include "widgets/LimitedLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace score {

NewActionDialog::NewActionDialog(WorkspaceSession& session, const QString& enterpriseId, const QString& moduleCode, QWidget* parent)
    : QDialog(parent), m_title(new LimitedLineEdit(this)), m_module(new QComboBox(this)), m_owner(new QComboBox(this)),
      m_due(new DateField(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add improvement action"));
    auto* layout = new QVBoxLayout(this);
    auto enterprise = session.queries().enterprise(enterpriseId);
    auto* intro = new QLabel(tr("A new proposed action in the improvement plan of <b>%1</b>. The enterprise's manager approves it.")
                                 .arg(enterprise ? enterprise->name.toHtmlEscaped() : QString()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_title->setLimit(EntitySchema::instance().entity(u"improvement_action")->field(u"title")->maxLength);
    m_title->setPlaceholderText(tr("What will be done, e.g. “Fix compressed-air leaks in the sewing hall”"));
    m_title->setAccessibleName(tr("Action"));
    form->addRow(tr("&Action:"), m_title);

    m_module->setAccessibleName(tr("Module"));
    m_module->addItem(tr("—"), QString());
    if (auto modules = loadModules(session.workspace()))
        for (const ModuleInfo& m : *modules) {
            m_module->addItem(moduleShortName(m.code), m.id);
            if (m.code == moduleCode)
                m_module->setCurrentIndex(m_module->count() - 1);
        }
    form->addRow(tr("&Module:"), m_module);

    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("—"), QString());
    if (auto people = session.queries().people(enterpriseId))
        for (const PersonRow& p : *people)
            m_owner->addItem(p.jobTitle.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.jobTitle), p.id);
    form->addRow(tr("&Owner:"), m_owner);

    m_due->setAccessibleName(tr("Due date"));
    m_due->setOptional(true);
    m_due->setDate(session.workspace().clock().today().addDays(30));
    form->addRow(tr("&Due date:"), m_due);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->hide();
    // A title over its limit (pasted) and a date that does not exist are named under the form.
    const auto showFieldProblems = [this] {
        const QString problem = !m_title->isAcceptable() ? m_title->problem() : m_due->shownProblem();
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
    };
    connect(m_title, &LimitedLineEdit::problemChanged, this, showFieldProblems);
    connect(m_due, &DateField::problemChanged, this, showFieldProblems);
    layout->addWidget(m_problem);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add action"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
}

QString NewActionDialog::title() const { return m_title->text().trimmed(); }
QString NewActionDialog::moduleId() const { return m_module->currentData().toString(); }
QString NewActionDialog::ownerId() const { return m_owner->currentData().toString(); }
QDate NewActionDialog::dueDate() const { return m_due->date(); }

void NewActionDialog::accept()
{
    if (!m_title->isAcceptable()) {
        m_problem->setText(m_title->problem());
        m_problem->show();
        m_title->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_due->isAcceptable()) {
        m_problem->setText(m_due->problem());
        m_problem->show();
        m_due->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

}  // namespace score
