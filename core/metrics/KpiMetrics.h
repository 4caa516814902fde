#pragma once
// KPI arithmetic: the change of a KPI against its baseline, respecting its direction of better,
// and the series behind before/after charts. Improvement % = (baseline − latest) ÷ baseline for
// lower-is-better KPIs, (latest − baseline) ÷ baseline for higher-is-better ones. A zero
// baseline has no percentage (the change is shown as a difference instead).

#include "storage/ContentQueries.h"

#include <optional>
#include <utility>
#include <vector>

namespace score {

struct KpiPoint {
    QString period;  // YYYY-MM
    double value = 0;
    bool baseline = false;
};

struct KpiTrend {
    KpiInfo kpi;
    std::vector<KpiPoint> points;       // in period order
    std::optional<double> baseline;     // mean of the baseline readings
    std::optional<double> latest;       // the newest follow-up reading
    QString latestPeriod;
    std::optional<double> improvement;  // percent, positive = better
    bool improved() const { return improvement && *improvement > 0; }
};

std::optional<double> improvementPercent(double baseline, double latest, bool lowerIsBetter);

// Builds the trend of one KPI from its readings (any order).
KpiTrend kpiTrend(const KpiInfo& kpi, std::vector<KpiPoint> readings);

}  // namespace score
