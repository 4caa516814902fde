#pragma once
// The KPIs of the current enterprise that have readings: unit, direction of better, baseline,
// latest value and the improvement against the baseline. Optionally limited to one module.

#include "metrics/KpiMetrics.h"
#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>

namespace score {

class KpiSummaryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Module, Unit, Baseline, Latest, Improvement, ColumnCount };
    enum Roles { KpiIdRole = Qt::UserRole + 1, SortRole };

    explicit KpiSummaryModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Empty: every module.
    void setModule(const QString& moduleCode);
    const std::vector<KpiTrend>& trends() const { return m_visible; }
    const KpiTrend* trend(const QString& kpiId) const;
    int rowOf(const QString& kpiId) const;
    void reload();

private:
    WorkspaceSession* m_session;
    QString m_module;
    std::vector<KpiTrend> m_all;
    std::vector<KpiTrend> m_visible;
};

// "12.5 %" with the KPI's decimals; empty for no value.
QString formatKpiValue(const KpiInfo& kpi, std::optional<double> value, const QLocale& locale = QLocale());

}  // namespace score
