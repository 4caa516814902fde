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
    for (const KpiInfo& k : *kpis) {
        const auto it = byKpi.constFind(k.id);
        if (it == byKpi.constEnd())
            continue;
        trends.push_back(kpiTrend(k, *it));
    }
    return trends;
}

}  // namespace score
