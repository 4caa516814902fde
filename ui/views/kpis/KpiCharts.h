#pragma once
// The KPI charts of the desktop app (Qt Charts): improvement against baseline for a module's
// KPIs (green better, red worse, whatever the direction of better), the trend of one KPI with
// its baseline, and its before/after bars.

#include "metrics/KpiMetrics.h"

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace score {

QChart* makeImprovementChart(const std::vector<KpiTrend>& trends, const QString& title);
// The height an improvement chart needs to give each KPI's row a line of text: less, and its
// names would be drawn over each other (the view scrolls instead).
int improvementChartHeight(const std::vector<KpiTrend>& trends);
QChart* makeTrendChart(const KpiTrend& trend);
QChart* makeBeforeAfterChart(const KpiTrend& trend);

}  // namespace score
