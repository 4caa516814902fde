#include "reportdata/KpiTrends.h"

#include "storage/ContentQueries.h"
#include "storage/DomainQueries.h"

#include <QHash>

namespace score {

Result<std::vector<KpiTrend>> enterpriseKpiTrends(Workspace& ws, const QString& enterpriseId)
{
    auto kpis = loadKpis(ws);
    if (!kpis)
        return kpis.error();
    auto readings = DomainQueries(ws).kpiReadings(enterpriseId);
    if (!readings)
        return readings.error();
    QHash<QString, std::vector<KpiPoint>> byKpi;
    for (const KpiReadingRow& r : *readings)
        byKpi[r.kpiId].push_back({r.period, r.value, r.kind == u"baseline"});
    std::vector<KpiTrend> trends;
    // Every KPI of the catalogue, read or not: the first reading of a KPI is recorded from
    // its row.
    for (const KpiInfo& k : *kpis)
        trends.push_back(kpiTrend(k, byKpi.value(k.id)));
    return trends;
}

}  // namespace score
