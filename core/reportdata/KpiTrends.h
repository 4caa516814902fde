#pragma once
// The KPI trends of one enterprise: for each KPI of the catalogue, in catalogue order, its
// series, baseline (mean of the baseline readings), latest follow-up value and improvement %
// (a KPI without readings has an empty series and no values).

#include "metrics/KpiMetrics.h"
#include "storage/Workspace.h"

#include <vector>

namespace score {

Result<std::vector<KpiTrend>> enterpriseKpiTrends(Workspace& ws, const QString& enterpriseId);

}  // namespace score
