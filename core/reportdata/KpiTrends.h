#pragma once
// The KPI trends of one enterprise: for each KPI with readings, its series, baseline (mean of
// the baseline readings), latest follow-up value and improvement %, in catalogue order.

#include "metrics/KpiMetrics.h"
#include "storage/Workspace.h"

#include <vector>

namespace score {

Result<std::vector<KpiTrend>> enterpriseKpiTrends(Workspace& ws, const QString& enterpriseId);

}  // namespace score
