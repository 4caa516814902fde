#pragma once
// The improvement actions agreed at the current visit: what, who, by when, how urgent, and
// where each stands.

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class VisitActionModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Owner, Due, Priority, Status, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit VisitActionModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::vector<ActionRow>& actions() const { return m_rows; }
    int rowOf(const QString& id) const;
    void reload();

private:
    WorkspaceSession* m_session;
    std::vector<ActionRow> m_rows;
};

}  // namespace score
