#pragma once
// The demo's numbers over time: monthly KPI readings from three months before a module to the
// anchor (a baseline, then noisy improvement) and, with Cleaner Production, the enterprise's
// monthly resource flows. Remembers the readings, so actions and reports quote the same values.

#include "demo/DemoPlan.h"
#include "demo/DemoWriter.h"

#include <optional>

namespace score::demo {

class DemoKpiHistory {
public:
    DemoKpiHistory(DemoRun& run, DemoWriter& writer) : m_run(run), m_writer(writer) {}

    // The KPI catalogue's typical baseline is not in the workspace; the generator passes it on.
    void setTypicalBaseline(const QString& kpiCode, double value) { m_typicalBaseline.insert(kpiCode, value); }

    void kpiReadings(EnterprisePlan& e, const QString& module, const QDate& start);
    void resourceFlows(EnterprisePlan& e, const QDate& start);
    // The reading of the month of `date`, else of the latest month before it.
    std::optional<double> readingAt(const EnterprisePlan& e, const KpiInfo& kpi, const QDate& date) const;
    // The reading of the earliest month (the baseline).
    std::optional<double> firstReading(const EnterprisePlan& e, const KpiInfo& kpi) const;

private:
    double denominatorFor(const EnterprisePlan& e, const KpiInfo& kpi);

    DemoRun& m_run;
    DemoWriter& m_writer;
    // KPI values generated per enterprise and KPI, by month ("yyyy-MM").
    QHash<QString, QHash<QString, double>> m_readings;
    QHash<QString, double> m_output;  // units produced per month, per enterprise
    QHash<QString, double> m_typicalBaseline;
};

}  // namespace score::demo
