#include "reportdata/ReportKpis.h"

#include <QHash>

namespace score {

std::vector<KpiTrend> reportKpiTrends(const std::vector<KpiInfo>& catalogue, const std::vector<KpiReadingRow>& readings,
                                      const QString& moduleCode, const QString& untilPeriod)
{
    QHash<QString, std::vector<KpiPoint>> byKpi;
    for (const KpiReadingRow& r : readings) {
        if (!untilPeriod.isEmpty() && r.period > untilPeriod)
            continue;
        byKpi[r.kpiId].push_back({r.period, r.value, r.kind == u"baseline"});
    }
    std::vector<KpiTrend> trends;
    for (const KpiInfo& kpi : catalogue) {
        if (!moduleCode.isEmpty() && kpi.moduleCode != moduleCode)
            continue;
        const auto it = byKpi.constFind(kpi.id);
        if (it != byKpi.constEnd())
            trends.push_back(kpiTrend(kpi, *it));
    }
    return trends;
}

std::optional<double> kpiChange(const KpiTrend& trend)
{
    if (!trend.baseline || !trend.latest)
        return std::nullopt;
    return *trend.latest - *trend.baseline;
}

}  // namespace score
