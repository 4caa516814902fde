#pragma once
// The readings of one KPI for the current enterprise, newest first: period, baseline or
// follow-up, value, and the numerator and denominator it was computed from.

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class KpiReadingModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Period, Kind, Value, Numerator, Denominator, Note, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit KpiReadingModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setKpi(const QString& kpiId, int decimals);
    void reload();

private:
    WorkspaceSession* m_session;
    QString m_kpi;
    int m_decimals = 1;
    std::vector<KpiReadingRow> m_rows;
};

}  // namespace score
