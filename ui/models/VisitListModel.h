#pragma once
// The visit log of the current enterprise, newest first: date, type, module, counsellor and
// who took part (women / men).

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class VisitListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Type, Module, Counsellor, Participants, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit VisitListModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::vector<VisitRow>& visits() const { return m_rows; }
    int rowOf(const QString& id) const;
    void reload();

private:
    WorkspaceSession* m_session;
    std::vector<VisitRow> m_rows;
};

}  // namespace score
