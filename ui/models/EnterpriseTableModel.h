#pragma once
// All enterprises (or those of a cohort) with what a counsellor or trainer looks at first:
// sector, size, share of women, visits, last visit, open and overdue actions.

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class EnterpriseTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Cohort, Sector, Employees, WomenShare, Visits, LastVisit, OpenActions, Overdue, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };

    explicit EnterpriseTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& id) const;
    void reload();

private:
    // The session's counts arrived: the rows keep their place, their count columns change.
    void refreshCounts();

    WorkspaceSession* m_session;
    std::vector<EnterpriseListRow> m_rows;
};

}  // namespace score
