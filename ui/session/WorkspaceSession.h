#pragma once
// One open workspace in the GUI: the core Workspace, its undo stack, who is working (role) and
// what is selected (enterprise, visit, assessment). Views never talk to each other; they listen
// to the session's typed notifications, so every open view updates after any change.
//
// Ownership: the session owns the Workspace and the QUndoStack; commands on the stack refer to
// the session, so the stack is cleared before the Workspace goes away.

#include "session/Role.h"
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
    // Every enterprise with its counts, as DomainQueries::enterprises(), read once per change
    // and day and shared by the navigation pane and the enterprises view (15 ms for 500).
    const std::vector<EnterpriseRow>& enterprises();

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

signals:
    void recordsChanged(const QString& entity);
    void workspaceReloaded();
    void roleChanged(score::Role role);
    void currentEnterpriseChanged(const QString& id);
    void currentVisitChanged(const QString& id);
    void currentAssessmentChanged(const QString& id);
    void syncStatusChanged();
    // An undo or redo could not be applied (for example, the record was deleted by an import).
    void editFailed(const QString& message);

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RecordEditor> m_editor;
    QUndoStack m_undo;
    Role m_role = Role::Counsellor;
    QString m_enterprise;
    QString m_visit;
    QString m_assessment;
    std::optional<std::vector<EnterpriseRow>> m_enterprises;  // until the next change
    QDate m_enterprisesDay;                                   // "overdue" depends on the day
};

}  // namespace score
