#pragma once
// One open workspace in the GUI: the core Workspace, its undo stack, who is working (role) and
// what is selected (enterprise, visit, assessment). Views never talk to each other; they listen
// to the session's typed notifications, so every open view updates after any change.
//
// Ownership: the session owns the Workspace and the QUndoStack; commands on the stack refer to
// the session, so the stack is cleared before the Workspace goes away.

#include "session/EnterpriseCounter.h"
#include "session/Role.h"
#include "storage/ClockRepair.h"
#include "storage/DomainQueries.h"
#include "storage/RecordEditor.h"
#include "storage/Workspace.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace score {

class WorkspaceSession final : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    Workspace& workspace() { return *m_workspace; }
    QString path() const { return m_workspace->path(); }
    QUndoStack* undoStack() { return &m_undo; }
    // Local edits as this workspace's user.
    RecordEditor& editor() { return *m_editor; }
    DomainQueries queries() { return DomainQueries(*m_workspace); }
    // Every enterprise, read once per change and day and shared by the navigation pane, the
    // enterprises view and the lists that name enterprises. The rows come at once; their counts
    // (visits, open and overdue actions) are read off the GUI thread: until they arrive the
    // rows carry the last counts known (none at start), then enterpriseCountsChanged().
    const std::vector<EnterpriseListRow>& enterprises();
    // Blocks until the enterprises' counts describe the current data (tests, screenshots).
    void waitForEnterpriseCounts();

    // Archived cohorts and enterprises stay out of enterprises() and the lists built on it
    // unless asked for (View ▸ Show archived).
    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

    Role role() const { return m_role; }
    void setRole(Role role);

    const QString& currentEnterprise() const { return m_enterprise; }
    const QString& currentVisit() const { return m_visit; }
    const QString& currentAssessment() const { return m_assessment; }
    void setCurrentEnterprise(const QString& id);
    void setCurrentVisit(const QString& id);
    void setCurrentAssessment(const QString& id);
    // Selects real data for a first look: the first enterprise by name, its latest visit and
    // that visit's (or else the latest) assessment.
    void selectDefaults();

    // Called by edits after a committed change of records of `entity` (empty: several kinds).
    void notifyChanged(const QString& entity);
    // After an import or a restore through another connection: reload caches, refresh all.
    void reloadAfterExternalChange();
    // After sync bookkeeping changed but no record did (a bundle written, a conflict dismissed,
    // the device renamed): refreshes what shows the sync status.
    void notifySyncStatusChanged() { emit syncStatusChanged(); }

    qint64 openConflicts();
    qint64 unsharedChanges();
    // Re-stamps this device's changes dated after today (its clock was ahead; see ClockRepair),
    // then refreshes every view.
    Result<RestampSummary> restampOwnChanges();

signals:
    void recordsChanged(const QString& entity);
    void workspaceReloaded();
    void roleChanged(score::Role role);
    void currentEnterpriseChanged(const QString& id);
    void currentVisitChanged(const QString& id);
    void currentAssessmentChanged(const QString& id);
    void syncStatusChanged();
    // The counts in enterprises() were brought up to date.
    void enterpriseCountsChanged();
    // An undo or redo could not be applied (for example, the record was deleted by an import).
    void editFailed(const QString& message);

private:
    void invalidateEnterprises();
    void applyCounts(const QHash<QString, EnterpriseCounts>& counts, const QDate& day, quint64 generation);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RecordEditor> m_editor;
    QUndoStack m_undo;
    Role m_role = Role::Counsellor;
    bool m_showArchived = false;
    QString m_enterprise;
    QString m_visit;
    QString m_assessment;
    std::optional<std::vector<EnterpriseListRow>> m_enterprises;  // until the next change
    QDate m_enterprisesDay;                                       // "overdue" depends on the day
    quint64 m_dataGeneration = 0;                                 // one more at each change
    QHash<QString, EnterpriseCounts> m_counts;                    // the latest counts known
    QDate m_countsDay;
    std::optional<quint64> m_countsGeneration;     // the data they describe
    std::unique_ptr<EnterpriseCounter> m_counter;  // last: its worker stops first
};

}  // namespace score
