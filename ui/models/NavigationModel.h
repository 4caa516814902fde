#pragma once
// The navigation tree: cohorts, each with its enterprises (and the open and overdue actions of
// each enterprise at a glance). Reloads itself when cohorts or enterprises change.

#include "session/WorkspaceSession.h"

#include <QAbstractItemModel>

#include <vector>

namespace score {

class NavigationModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, OpenActionsColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, KindRole, OverdueRole, ArchivedRole };

    explicit NavigationModel(WorkspaceSession& session, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfEnterprise(const QString& id) const;
    void reload();

private:
    // The session's counts arrived: the rows keep their place, the open-action column changes.
    void refreshCounts();

    struct Cohort {
        CohortRow row;
        std::vector<EnterpriseListRow> enterprises;
    };
    WorkspaceSession* m_session;
    std::vector<Cohort> m_cohorts;
};

}  // namespace score
