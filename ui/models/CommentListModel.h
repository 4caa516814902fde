#pragma once
// The comments on one record (an improvement action), oldest first: who wrote what, and when.
// Follows the session's notifications, so a comment added anywhere shows up at once.

#include "session/WorkspaceSession.h"
#include "storage/RecordComments.h"

#include <QAbstractListModel>

namespace score {

class CommentListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit CommentListModel(WorkspaceSession& session, QObject* parent = nullptr);

    // The comments on this record (none while `id` is empty).
    void setRecord(const QString& kind, const QString& id);
    const std::vector<CommentRow>& comments() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    // The comments could not be read; a sentence for the user.
    void problem(const QString& message);

private:
    void reload();

    WorkspaceSession* m_session;
    QString m_kind;
    QString m_id;
    std::vector<CommentRow> m_rows;
};

}  // namespace score
