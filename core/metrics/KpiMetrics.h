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
    std::vector<KpiPoint> points;    // in period order
    std::optional<double> baseline;  // mean of the baseline readings
    std::optional<double> latest;    // the newest follow-up reading
    QString latestPeriod;
    std::optional<double> improvement;  // percent, positive = better
    bool improved() const { return improvement && *improvement > 0; }
};

std::optional<double> improvementPercent(double baseline, double latest, bool lowerIsBetter);

// The KPI's value from what was counted: numerator ÷ denominator × factor, or the numerator
// itself for a KPI without a denominator. None when the denominator is missing or not positive.
std::optional<double> computeKpiValue(const KpiInfo& kpi, double numerator, std::optional<double> denominator);

// Checks a reading before it is saved, so that the data is clean at the source: a sentence
// naming the problem, or empty. Catches negative counts, a share above 100 % and a value far
// from the enterprise's usual range (`typical`, e.g. the baseline, when known).
QString kpiReadingProblem(const KpiInfo& kpi, double value, std::optional<double> numerator, std::optional<double> denominator,
                          std::optional<double> typical = {});

// Builds the trend of one KPI from its readings (any order).
KpiTrend kpiTrend(const KpiInfo& kpi, std::vector<KpiPoint> readings);

}  // namespace score
