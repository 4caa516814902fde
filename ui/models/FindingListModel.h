#pragma once
// The findings of the current visit: what the counsellor found, how serious, where, and how
// many photos show it.

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class FindingListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Severity, Area, Photos, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit FindingListModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::vector<FindingRow>& findings() const { return m_rows; }
    int rowOf(const QString& id) const;
    void reload();

private:
    WorkspaceSession* m_session;
    std::vector<FindingRow> m_rows;
    std::vector<int> m_photos;
};

}  // namespace score
