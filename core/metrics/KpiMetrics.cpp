#include "metrics/KpiMetrics.h"

#include <QCoreApplication>
#include <QLocale>

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

std::optional<double> computeKpiValue(const KpiInfo& kpi, double numerator, std::optional<double> denominator)
{
    if (kpi.denominator.isEmpty())
        return numerator * kpi.factor;
    if (!denominator || *denominator <= 0)
        return std::nullopt;
    return numerator / *denominator * kpi.factor;
}

QString kpiReadingProblem(const KpiInfo& kpi, double value, std::optional<double> numerator, std::optional<double> denominator,
                          std::optional<double> typical)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("score::KpiMetrics", "The value is not a number.");
    if (value < 0 || (numerator && *numerator < 0) || (denominator && *denominator < 0))
        return QCoreApplication::translate("score::KpiMetrics", "KPI values and counts cannot be negative.");
    if (!kpi.denominator.isEmpty() && denominator && *denominator == 0)
        return QCoreApplication::translate("score::KpiMetrics", "The denominator (%1) cannot be zero.").arg(kpi.denominator);
    if (kpi.unit == u"%" && value > 100.0 + 1e-9)
        return QCoreApplication::translate("score::KpiMetrics", "A share cannot be above 100 %: check that %1 is not larger than %2.")
            .arg(kpi.numerator, kpi.denominator);
    if (typical && *typical > 0 && (value > *typical * 20 || (value > 0 && value < *typical / 20)))
        return QCoreApplication::translate(
                   "score::KpiMetrics", "This value is more than twenty times away from the usual %1; check the figures and the unit (%2).")
            .arg(QLocale().toString(*typical, 'f', kpi.decimals), kpi.unit);
    return {};
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
