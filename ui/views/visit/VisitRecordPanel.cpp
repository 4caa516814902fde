#include "views/visit/VisitRecordPanel.h"

#include "domain/Labels.h"
#include "session/WorkspaceSession.h"
#include "storage/ContentQueries.h"
#include "widgets/FormColumns.h"
#include "widgets/RecordForm.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <optional>

namespace score {

VisitRecordPanel::VisitRecordPanel(WorkspaceSession& session, QWidget* parent) : QGroupBox(tr("Visit record"), parent)
{
    auto* boxLayout = new QVBoxLayout(this);

    auto modules = [&session] {
        std::vector<RecordForm::Choice> choices;
        if (auto loaded = loadModules(session.workspace()))
            for (const ModuleInfo& m : *loaded)
                choices.push_back({m.id, tr("%1. %2").arg(m.number).arg(m.name)});
        return choices;
    };
    auto counsellors = [&session] {
        std::vector<RecordForm::Choice> choices;
        if (auto people = session.queries().counsellors())
            for (const PersonRow& p : *people)
                choices.push_back({p.id, p.name});
        return choices;
    };

    const QString visit = QStringLiteral("visit");
    m_leftForm = new RecordForm(session, visit, this);
    m_leftForm->addField(QStringLiteral("type"));
    m_leftForm->addField(QStringLiteral("visit_date"));
    m_leftForm->addField(QStringLiteral("module_id"), {}, modules);
    m_leftForm->addField(QStringLiteral("counsellor_id"), {}, counsellors);
    m_leftForm->addField(QStringLiteral("duration_hours"));
    m_leftForm->addField(QStringLiteral("next_visit_date"));
    m_leftForm->addField(QStringLiteral("counsellor_signed_on"), tr("Counsellor signed on"));

    m_rightForm = new RecordForm(session, visit, this);
    m_rightForm->addField(QStringLiteral("participants_women"), tr("Women"));
    m_rightForm->addField(QStringLiteral("participants_men"), tr("Men"));
    m_rightForm->addField(QStringLiteral("managers_present"));
    m_rightForm->addField(QStringLiteral("workers_present"));
    m_rightForm->addField(QStringLiteral("eit_met"));
    m_rightForm->addField(QStringLiteral("projects_reviewed"));
    m_rightForm->addField(QStringLiteral("manager_signed_on"), tr("Manager signed on"));
    m_rightForm->addField(QStringLiteral("manager_signed_by"), tr("Manager's name"));

    // Long module names must not widen the form beyond the pane.
    for (auto* combo : m_leftForm->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setAccessibleName(tr("Participants in total"));

    m_observations = new RecordForm(session, visit, this);
    m_observations->addTextArea(QStringLiteral("observations"), {}, 4);

    // The dates and names beside the counts when the pane has room for both; one above the
    // other on a small laptop's screen (side by side, the pane scrolled sideways there).
    auto* columns = new FormColumns(m_leftForm, m_rightForm, this);
    columns->alignLabelsWith(m_observations);
    boxLayout->addWidget(columns);
    boxLayout->addWidget(m_totals);
    boxLayout->addWidget(m_observations);

    // The total follows the typing, before the numbers are saved.
    const QStringList counted = {tr("Women"), tr("Men"), fieldLabel(u"visit", u"managers_present"),
                                 fieldLabel(u"visit", u"workers_present")};
    for (auto* line : m_rightForm->findChildren<QLineEdit*>())
        if (counted.contains(line->accessibleName()))
            connect(line, &QLineEdit::textChanged, this, &VisitRecordPanel::updateTotals);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"visit")
            updateTotals();
    });
}

QString VisitRecordPanel::record() const { return m_leftForm->record(); }

void VisitRecordPanel::setRecord(const QString& visitId)
{
    m_leftForm->setRecord(visitId);
    m_rightForm->setRecord(visitId);
    m_observations->setRecord(visitId);
    updateTotals();
}

void VisitRecordPanel::focusParticipants()
{
    if (auto* first = m_rightForm->findChild<QLineEdit*>())
        first->setFocus(Qt::OtherFocusReason);
}

void VisitRecordPanel::updateTotals()
{
    // From what is typed (it may not be saved yet), else from what is stored.
    auto number = [this](const QString& label) -> std::optional<qint64> {
        for (auto* line : m_rightForm->findChildren<QLineEdit*>()) {
            if (line->accessibleName() != label)
                continue;
            bool ok = false;
            const qint64 v = QLocale().toLongLong(line->text().trimmed(), &ok);
            return ok ? std::optional<qint64>(v) : std::nullopt;
        }
        return std::nullopt;
    };
    const auto women = number(tr("Women"));
    const auto men = number(tr("Men"));
    const auto managers = number(fieldLabel(u"visit", u"managers_present"));
    const auto workers = number(fieldLabel(u"visit", u"workers_present"));
    if (!women && !men) {
        m_totals->setText(tr("Participants: none recorded yet."));
        return;
    }
    const qint64 total = women.value_or(0) + men.value_or(0);
    QString text = total > 0 ? tr("Participants: %1 in total — women %2 (%3 %), men %4")
                                   .arg(total)
                                   .arg(women.value_or(0))
                                   .arg(qRound(100.0 * static_cast<double>(women.value_or(0)) / static_cast<double>(total)))
                                   .arg(men.value_or(0))
                             : tr("Participants: none");
    if (managers || workers) {
        text += tr(" · managers %1, workers %2").arg(managers.value_or(0)).arg(workers.value_or(0));
        if (managers.value_or(0) + workers.value_or(0) != total)
            text += tr(" (a different total: %1)").arg(managers.value_or(0) + workers.value_or(0));
    }
    m_totals->setText(text);
}

}  // namespace score
