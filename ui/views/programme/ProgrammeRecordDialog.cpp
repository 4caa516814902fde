#include "views/programme/ProgrammeRecordDialog.h"

#include "edit/Edits.h"
#include "views/programme/ProgrammeForm.h"
#include "widgets/DialogSize.h"
#include "widgets/VerticalScrollArea.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace score {

namespace {
QStringList keysFor(ProgrammeKind kind, bool isNew)
{
    // A new record asks what a person knows on the first day; the rest is in its profile.
    switch (kind) {
    case ProgrammeKind::Cohort: {
        QStringList keys = {QStringLiteral("name"),        QStringLiteral("country"), QStringLiteral("sector"), QStringLiteral("region"),
                            QStringLiteral("institution"), QStringLiteral("start"),   QStringLiteral("end"),    QStringLiteral("modules"),
                            QStringLiteral("trainers"),    QStringLiteral("notes")};
        if (!isNew)
            keys << QStringLiteral("archived");
        return keys;
    }
    case ProgrammeKind::Enterprise:
        return {QStringLiteral("name"),     QStringLiteral("cohort"),  QStringLiteral("country"),   QStringLiteral("sector"),
                QStringLiteral("products"), QStringLiteral("city"),    QStringLiteral("employees"), QStringLiteral("women"),
                QStringLiteral("men"),      QStringLiteral("contact"), QStringLiteral("phone"),     QStringLiteral("counsellor")};
    case ProgrammeKind::Person: {
        QStringList keys = {QStringLiteral("name"),       QStringLiteral("gender"),    QStringLiteral("role"),
                            QStringLiteral("enterprise"), QStringLiteral("job_title"), QStringLiteral("phone"),
                            QStringLiteral("email"),      QStringLiteral("team_side"), QStringLiteral("employment"),
                            QStringLiteral("team_role"),  QStringLiteral("joined")};
        if (!isNew)
            keys << QStringLiteral("archived");
        return keys;
    }
    }
    return {};
}

QString titleFor(ProgrammeKind kind, bool isNew)
{
    switch (kind) {
    case ProgrammeKind::Cohort: return isNew ? ProgrammeRecordDialog::tr("New cohort") : ProgrammeRecordDialog::tr("Cohort");
    case ProgrammeKind::Enterprise: return isNew ? ProgrammeRecordDialog::tr("New enterprise") : ProgrammeRecordDialog::tr("Enterprise");
    case ProgrammeKind::Person: return isNew ? ProgrammeRecordDialog::tr("New person") : ProgrammeRecordDialog::tr("Person");
    }
    return {};
}

QString introFor(ProgrammeKind kind, bool isNew)
{
    if (!isNew)
        return {};
    switch (kind) {
    case ProgrammeKind::Cohort:
        return ProgrammeRecordDialog::tr("A group of 10–15 enterprises trained together, usually from one cluster or sector.");
    case ProgrammeKind::Enterprise:
        return ProgrammeRecordDialog::tr("The factory's profile; the rest (buyers, address, manager) can be filled in later.");
    case ProgrammeKind::Person:
        return ProgrammeRecordDialog::tr("A counsellor or trainer of the programme, an enterprise manager, or a member of an "
                                         "enterprise's improvement team.");
    }
    return {};
}

bool isTeamRole(const QString& role) { return role == u"eit" || role == u"worker" || role == u"supervisor"; }
bool isEnterpriseRole(const QString& role) { return isTeamRole(role) || role == u"enterprise_manager"; }
}  // namespace

ProgrammeRecordDialog::ProgrammeRecordDialog(WorkspaceSession& session, ProgrammeKind kind, const QString& id, const PublicValues& defaults,
                                             QWidget* parent)
    : QDialog(parent), m_session(&session), m_kind(kind), m_id(id),
      m_form(new ProgrammeForm(session, kind, keysFor(kind, id.isEmpty()), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_checkTimer(new QTimer(this))
{
    setWindowTitle(titleFor(kind, id.isEmpty()));
    auto* layout = new QVBoxLayout(this);
    const QString intro = introFor(kind, id.isEmpty());
    if (!intro.isEmpty()) {
        auto* label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    // A long form scrolls on a small screen instead of growing the dialog past it.
    layout->addWidget(new VerticalScrollArea(m_form, this), 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(id.isEmpty() ? tr("Add") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProgrammeRecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProgrammeRecordDialog::reject);

    if (!id.isEmpty()) {
        RecordEditor& records = session.editor();
        ProgrammeEditor editor(session.workspace(), records);
        if (auto values = editor.values(kind, id)) {
            if (kind == ProgrammeKind::Person) {
                for (const auto& [key, value] : *values)
                    if (key == u"enterprise")
                        m_form->setEnterpriseScope(value);
            } else if (kind == ProgrammeKind::Enterprise) {
                m_form->setEnterpriseScope(id);
            }
            m_form->set(*values);
        }
    } else {
        m_form->set(defaults);
    }
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &ProgrammeRecordDialog::check);
    connect(m_form, &ProgrammeForm::edited, this, [this](const QString& key) {
        adapt(key);
        checkSoon();
    });
    adapt(QString());
    if (QWidget* first = m_form->editor(QStringLiteral("name")))
        first->setFocus();
    sizeDialogToScreen(*this, parent);
}

void ProgrammeRecordDialog::adapt(const QString& key)
{
    if (m_kind == ProgrammeKind::Person && (key.isEmpty() || key == u"role")) {
        // A programme person belongs to no enterprise; a team member has team fields.
        const QString role = m_form->value(QStringLiteral("role"));
        m_form->setFieldVisible(QStringLiteral("enterprise"), role.isEmpty() || isEnterpriseRole(role));
        for (const char* team : {"team_side", "employment", "team_role", "joined"})
            m_form->setFieldVisible(QString::fromLatin1(team), isTeamRole(role));
    }
    if (m_kind == ProgrammeKind::Enterprise && (key.isEmpty() || key == u"cohort")) {
        // An enterprise is in its cohort's country; asked only when there is no cohort.
        m_form->setFieldVisible(QStringLiteral("country"), m_form->value(QStringLiteral("cohort")).isEmpty());
    }
}

void ProgrammeRecordDialog::checkSoon() { m_checkTimer->start(); }

void ProgrammeRecordDialog::check()
{
    RecordEditor& records = m_session->editor();
    ProgrammeEditor editor(m_session->workspace(), records);
    const PublicValues values = m_id.isEmpty() ? m_form->values() : m_form->changedValues();
    auto report = editor.preview(m_kind, m_id, values);
    // While typing, only say what is wrong with a field the user has filled in: an empty name
    // in a new form is not yet a mistake.
    if (!report) {
        const bool unfinished = report.error().subject == u"name" && m_form->value(QStringLiteral("name")).trimmed().isEmpty();
        m_form->showProblem(unfinished ? Error{} : report.error());
        m_form->showWarnings({});
        return;
    }
    m_form->showProblem(Error{});
    m_form->showWarnings(report->warnings());
}

void ProgrammeRecordDialog::accept()
{
    m_checkTimer->stop();
    RecordEditor& records = m_session->editor();
    ProgrammeEditor editor(m_session->workspace(), records);
    QString saved = m_id;
    const bool isNew = m_id.isEmpty();
    const PublicValues values = isNew ? m_form->values() : m_form->changedValues();
    const QString name = m_form->value(QStringLiteral("name")).trimmed();
    const QString description = isNew ? tr("Add %1 “%2”").arg(programmeKindDisplayName(m_kind), name)
                                      : tr("Change %1 “%2”").arg(programmeKindDisplayName(m_kind), name);
    const Status done = edit::recorded(*m_session, description, [&]() -> Status {
        if (!isNew)
            return editor.change(m_kind, m_id, values);
        auto added = editor.add(m_kind, values);
        if (!added)
            return added.error();
        saved = *added;
        return {};
    });
    if (!done) {
        m_form->showProblem(done.error());
        return;
    }
    m_id = saved;
    QDialog::accept();
}

}  // namespace score
