#include "session/WorkspaceSession.h"

#include "storage/ConflictStore.h"
#include "storage/SyncState.h"

#include <algorithm>

namespace score {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_editor(std::make_unique<RecordEditor>(*m_workspace)),
      m_counter(std::make_unique<EnterpriseCounter>(m_workspace->path()))
{
    m_undo.setUndoLimit(500);
    connect(m_counter.get(), &EnterpriseCounter::counted, this, &WorkspaceSession::applyCounts);
}

WorkspaceSession::~WorkspaceSession()
{
    // Commands refer to this session; drop them before the workspace goes.
    m_undo.clear();
}

void WorkspaceSession::setRole(Role role)
{
    if (role == m_role)
        return;
    m_role = role;
    emit roleChanged(role);
}

void WorkspaceSession::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    notifyChanged(QString());
}

void WorkspaceSession::setCurrentEnterprise(const QString& id)
{
    if (id == m_enterprise)
        return;
    m_enterprise = id;
    emit currentEnterpriseChanged(id);
    // The visit and assessment belong to an enterprise; follow it.
    auto visits = queries().visits(id);
    setCurrentVisit(visits && !visits->empty() ? visits->front().id : QString());
}

void WorkspaceSession::setCurrentVisit(const QString& id)
{
    if (id == m_visit)
        return;
    m_visit = id;
    emit currentVisitChanged(id);
    if (id.isEmpty())
        return;
    auto assessments = queries().visitAssessments(id);
    if (assessments && !assessments->empty())
        setCurrentAssessment(assessments->back().id);
}

void WorkspaceSession::setCurrentAssessment(const QString& id)
{
    if (id == m_assessment)
        return;
    m_assessment = id;
    emit currentAssessmentChanged(id);
}

void WorkspaceSession::selectDefaults()
{
    auto firstId = queries().firstEnterpriseId();
    if (!firstId || firstId->isEmpty())
        return;
    const QString first = *firstId;
    setCurrentEnterprise(first);
    // Prefer the latest visit that has an assessment, so the checklist shows real answers.
    auto visits = queries().visits(first);
    if (visits) {
        for (const VisitRow& v : *visits) {
            auto assessments = queries().visitAssessments(v.id);
            if (assessments && !assessments->empty()) {
                setCurrentVisit(v.id);
                return;
            }
        }
    }
    auto assessments = queries().assessments(first);
    if (assessments && !assessments->empty())
        setCurrentAssessment(assessments->back().id);
}

const std::vector<EnterpriseListRow>& WorkspaceSession::enterprises()
{
    const QDate today = m_workspace->clock().today();
    if (!m_enterprises || m_enterprisesDay != today) {
        auto rows = queries().enterpriseList();
        // A failed read is not kept: the next call tries again.
        if (!rows) {
            static const std::vector<EnterpriseListRow> none;
            m_enterprises.reset();
            return none;
        }
        if (!m_showArchived)
            rows->erase(std::remove_if(rows->begin(), rows->end(), [](const EnterpriseListRow& e) { return e.archived; }), rows->end());
        for (EnterpriseListRow& e : *rows)
            e.counts = m_counts.value(e.id);
        m_enterprises = std::move(*rows);
        m_enterprisesDay = today;
        if (m_countsGeneration != m_dataGeneration || m_countsDay != today)
            m_counter->request(today, m_dataGeneration);
    }
    return *m_enterprises;
}

void WorkspaceSession::waitForEnterpriseCounts()
{
    enterprises();
    m_counter->waitUntilDone();
}

void WorkspaceSession::applyCounts(const QHash<QString, EnterpriseCounts>& counts, const QDate& day, quint64 generation)
{
    if (generation != m_dataGeneration)
        return;  // the data changed since; the next read of the list asks for a new count
    m_counts = counts;
    m_countsDay = day;
    m_countsGeneration = generation;
    if (m_enterprises && m_enterprisesDay == day) {
        for (EnterpriseListRow& e : *m_enterprises)
            e.counts = m_counts.value(e.id);
    }
    emit enterpriseCountsChanged();
}

void WorkspaceSession::invalidateEnterprises()
{
    m_enterprises.reset();
    ++m_dataGeneration;
}

void WorkspaceSession::notifyChanged(const QString& entity)
{
    invalidateEnterprises();  // before the models that read it hear of the change
    emit recordsChanged(entity);
    emit syncStatusChanged();
}

void WorkspaceSession::reloadAfterExternalChange()
{
    if (auto s = m_workspace->reloadCaches(); !s)
        emit editFailed(s.message());
    invalidateEnterprises();
    emit workspaceReloaded();
    emit syncStatusChanged();
}

qint64 WorkspaceSession::openConflicts()
{
    auto n = ConflictStore(*m_workspace).openCount();
    return n ? *n : 0;
}

Result<RestampSummary> WorkspaceSession::restampOwnChanges()
{
    auto summary = restampOwnFutureChanges(*m_workspace);
    if (summary)
        reloadAfterExternalChange();
    return summary;
}

qint64 WorkspaceSession::unsharedChanges()
{
    auto n = SyncState(*m_workspace).unsharedChanges();
    return n ? *n : 0;
}

}  // namespace score
