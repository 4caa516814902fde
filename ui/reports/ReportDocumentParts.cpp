#include "reports/ReportDocumentParts.h"

#include "domain/Labels.h"
#include "reportdata/ReportKpis.h"
#include "reports/ReportDocuments.h"

#include <cmath>

namespace score {

QLocale reportLocale(const QString& name) { return name.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(name); }

namespace reportparts {

QString footerNote(const ReportFormatter& f, const QDate& generatedOn)
{
    return ReportTr::tr("SCORE Desk · generated on %1").arg(f.date(generatedOn));
}

TextTone changeTone(std::optional<double> better)
{
    if (!better || std::abs(*better) < 0.05)
        return TextTone::Normal;
    return *better > 0 ? TextTone::Good : TextTone::Bad;
}

QString directionLabel(const KpiInfo& kpi) { return kpi.lowerIsBetter ? ReportTr::tr("lower") : ReportTr::tr("higher"); }

ReportTable kpiTable(const std::vector<KpiTrend>& kpis, const ReportFormatter& f, bool withModule)
{
    ReportTable table;
    table.columns.push_back({ReportTr::tr("KPI"), 3.2, false});
    if (withModule)
        table.columns.push_back({ReportTr::tr("Module"), 0.8, false});
    table.columns.push_back({ReportTr::tr("Unit"), 1.1, false});
    table.columns.push_back({ReportTr::tr("Better when"), 0.9, false});
    table.columns.push_back({ReportTr::tr("Baseline"), 1.1, true});
    table.columns.push_back({ReportTr::tr("Latest"), 1.1, true});
    table.columns.push_back({ReportTr::tr("Month"), 1.0, true});
    table.columns.push_back({ReportTr::tr("Change"), 1.1, true});
    table.columns.push_back({ReportTr::tr("Improvement"), 1.2, true});
    table.emptyText = ReportTr::tr("No KPI readings yet.");
    for (const KpiTrend& t : kpis) {
        const int decimals = t.kpi.decimals;
        // A baseline is the mean of several readings: one more decimal where it needs one, so
        // that 0.7 → 1 does not read as "1 → 1, +50 %".
        int baselineDecimals = decimals;
        if (t.baseline) {
            const double scale = std::pow(10.0, decimals);
            if (std::abs(*t.baseline * scale - std::round(*t.baseline * scale)) > 1e-6)
                baselineDecimals = decimals + 1;
        }
        std::vector<TableCell> row;
        row.emplace_back(t.kpi.name);
        if (withModule)
            row.emplace_back(t.kpi.moduleCode);
        row.emplace_back(t.kpi.unit);
        row.emplace_back(directionLabel(t.kpi), TextTone::Muted);
        row.emplace_back(f.number(t.baseline, baselineDecimals));
        row.emplace_back(f.number(t.latest, decimals));
        row.emplace_back(t.latestPeriod.isEmpty() ? ReportFormatter::missing() : f.month(t.latestPeriod), TextTone::Muted);
        const auto change = kpiChange(t);
        const std::optional<double> betterChange = change ? std::optional<double>(t.kpi.lowerIsBetter ? -*change : *change) : std::nullopt;
        row.emplace_back(f.change(change, baselineDecimals), changeTone(betterChange));
        // A zero baseline has no percentage: the change above says what happened.
        row.emplace_back(t.baseline && t.latest && !t.improvement ? ReportTr::tr("n/a (zero baseline)") : f.percent(t.improvement, 1, true),
                         changeTone(t.improvement));
        table.rows.push_back(std::move(row));
    }
    return table;
}

QString genderCounts(const ReportFormatter& f, std::optional<qint64> women, std::optional<qint64> men)
{
    if (!women && !men)
        return ReportFormatter::missing();
    const qint64 all = women.value_or(0) + men.value_or(0);
    return ReportTr::tr("%1 (%2 women, %3 men)").arg(f.count(all), f.count(women), f.count(men));
}

}  // namespace reportparts
}  // namespace score
