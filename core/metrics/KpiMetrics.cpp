#include "metrics/KpiMetrics.h"

#include <algorithm>
#include <cmath>

namespace score {

std::optional<double> improvementPercent(double baseline, double latest, bool lowerIsBetter)
{
    if (!std::isfinite(baseline) || !std::isfinite(latest) || std::fabs(baseline) < 1e-12)
        return std::nullopt;
    const double change = lowerIsBetter ? (baseline - latest) / baseline : (latest - baseline) / baseline;
    return 100.0 * change;
}

KpiTrend kpiTrend(const KpiInfo& kpi, std::vector<KpiPoint> readings)
{
    KpiTrend trend;
    trend.kpi = kpi;
    std::sort(readings.begin(), readings.end(), [](const KpiPoint& a, const KpiPoint& b) { return a.period < b.period; });
    double sum = 0;
    int count = 0;
    for (const KpiPoint& p : readings) {
        if (p.baseline) {
            sum += p.value;
            ++count;
        } else {
            trend.latest = p.value;
            trend.latestPeriod = p.period;
        }
    }
    if (count > 0)
        trend.baseline = sum / count;
    if (trend.baseline && trend.latest)
        trend.improvement = improvementPercent(*trend.baseline, *trend.latest, kpi.lowerIsBetter);
    trend.points = std::move(readings);
    return trend;
}

}  // namespace score
