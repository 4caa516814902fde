#pragma once
// The current enterprise's progress per SCORE module, at a glance.

#include "reportdata/ModuleProgress.h"
#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class ModuleProgressModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Module, Visits, LastVisit, FirstScore, LatestScore, OpenActions, DoneActions, Report, ColumnCount };

    explicit ModuleProgressModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void reload();

private:
    WorkspaceSession* m_session;
    std::vector<ModuleProgressRow> m_rows;
};

}  // namespace score
