#pragma once
// The KPI lines of a report: every KPI of an enterprise that has readings, with its baseline,
// latest value, change and improvement (KpiMetrics.h: positive is better, whatever the KPI's
// direction; none for a zero baseline), in catalogue order. A visit report passes the month
// of the visit, so that it shows the KPIs as they stood then, not as they stand today.

#include "metrics/KpiMetrics.h"
#include "storage/DomainRows.h"

#include <vector>

namespace score {

// `moduleCode` empty: every module. `untilPeriod` (YYYY-MM) empty: every reading.
std::vector<KpiTrend> reportKpiTrends(const std::vector<KpiInfo>& catalogue, const std::vector<KpiReadingRow>& readings,
                                      const QString& moduleCode = {}, const QString& untilPeriod = {});

// Latest minus baseline, in the KPI's unit (the sign is the raw direction, not "better").
std::optional<double> kpiChange(const KpiTrend& trend);

}  // namespace score
