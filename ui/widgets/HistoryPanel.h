#pragma once
// The history of one record (recordHistory in core): each change, newest first, with when, who
// and from which device, unfolding into the fields it set and their new values. Follows the
// session's notifications, so an edit made anywhere shows up at once.

#include "session/WorkspaceSession.h"
#include "storage/RecordHistory.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace score {

class HistoryModel;

class HistoryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(WorkspaceSession& session, QWidget* parent = nullptr);

    void setRecord(const QString& entity, const QString& id);
    void reload();
    const std::vector<HistoryEntry>& entries() const;
    HistoryModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }

private:
    WorkspaceSession* m_session;
    QString m_entity;
    QString m_id;
    HistoryModel* m_model;
    QTreeView* m_tree;
    QLabel* m_empty;
};

}  // namespace score
