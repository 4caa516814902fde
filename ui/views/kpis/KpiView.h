#pragma once
// KPIs: the current enterprise's KPIs with baseline, latest and improvement (respecting each
// KPI's direction of better), by module; charts of improvement against baseline, the trend of
// the chosen KPI and its before/after bars; its monthly readings, with entry and correction.

#include "views/WorkspaceView.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace score {

class KpiReadingModel;
class KpiSummaryModel;

class KpiView final : public WorkspaceView {
    Q_OBJECT

public:
    explicit KpiView(WorkspaceSession& session, QWidget* parent = nullptr);

    static QString viewName() { return QStringLiteral("kpis"); }
    static QString title() { return tr("KPIs"); }
    static QIcon icon();
    void prepareForScreenshot() override;

    // The KPI shown in the charts and the readings table (test seam).
    QString currentKpi() const { return m_kpi; }
    void selectKpi(const QString& kpiId);

private:
    void fillModules();
    void refreshCharts();
    void recordReading();
    void deleteReading();

    KpiSummaryModel* m_summary;
    QSortFilterProxyModel* m_proxy;
    KpiReadingModel* m_readings;
    QComboBox* m_module;
    QTableView* m_kpiTable;
    QTableView* m_readingTable;
    QChartView* m_improvementChart;
    QChartView* m_trendChart;
    QChartView* m_beforeAfterChart;
    QLabel* m_explanation;
    QPushButton* m_record;
    QPushButton* m_delete;
    QString m_kpi;
};

}  // namespace score
