#include "demo/DemoKpiHistory.h"

#include "domain/NaturalIds.h"

#include <algorithm>
#include <cmath>

namespace score::demo {

double DemoKpiHistory::denominatorFor(const EnterprisePlan& e, const KpiInfo& kpi)
{
    const QString d = kpi.denominator.toLower();
    const double output = m_output.value(e.id, e.employees * 150.0);
    if (d.contains(u"hours"))
        return e.employees * m_run.random.uniform(200, 216);
    if (d.contains(u"days"))
        return e.employees * m_run.random.uniform(23, 26);
    if (d.contains(u"observed"))
        return m_run.random.range(20, 60);
    if (d.contains(u"orders"))
        return m_run.random.range(12, 40);
    if (d.contains(u"suggestions"))
        return m_run.random.range(4, 18);
    if (d.contains(u"material"))
        return std::round(output * m_run.random.uniform(0.3, 0.5));
    if (d.contains(u"headcount") || d.contains(u"workers"))
        return std::round(e.employees * (d.contains(u"production") ? 0.8 : 1.0) * m_run.random.uniform(0.97, 1.03));
    return std::round(output * m_run.random.uniform(0.9, 1.1));
}

void DemoKpiHistory::kpiReadings(EnterprisePlan& e, const QString& module, const QDate& start)
{
    if (!m_output.contains(e.id))
        m_output.insert(e.id, e.employees * m_run.random.uniform(100, 250));
    const QDate firstMonth(start.year(), start.month(), 1);
    const QDate lastMonth = QDate(m_run.anchor.year(), m_run.anchor.month(), 1).addMonths(-1);
    const double change = e.kpiChange[module];
    for (const KpiInfo& kpi : m_run.kpis) {
        if (kpi.moduleCode != module || m_writer.failed())
            continue;
        // The KPI catalogue's typical baseline is not in the workspace; derive one from the unit.
        const double typical = m_typicalBaseline.value(kpi.code, 1.0);
        const bool growsFromZero = typical <= 0;
        const double baseline = growsFromZero ? 0 : typical * m_run.random.uniform(0.6, 1.5);
        const double scale = growsFromZero ? m_run.random.uniform(150, 1500) : baseline;
        auto& byMonth = m_readings[e.id + kpi.id];
        for (QDate m = firstMonth.addMonths(-3); m <= lastMonth && !m_writer.failed(); m = m.addMonths(1)) {
            const bool isBaseline = m < firstMonth;
            const int t = isBaseline ? 0 : static_cast<int>((m.year() - firstMonth.year()) * 12 + m.month() - firstMonth.month()) + 1;
            const double progress = 1 - std::exp(-t / 4.0);
            double value;
            if (growsFromZero)
                value = isBaseline ? 0 : scale * progress * m_run.random.normal(1, 0.15);
            else if (kpi.lowerIsBetter)
                value = baseline * (1 - change * progress) * m_run.random.normal(1, 0.07);
            else
                value = baseline * (1 + change * progress) * m_run.random.normal(1, 0.07);
            value = std::max(0.0, value);
            if (kpi.unit == u"%")
                value = std::min(value, 100.0);
            FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                                  {QStringLiteral("kpi_id"), kpi.id},
                                  {QStringLiteral("period"), month(m)},
                                  {QStringLiteral("kind"), isBaseline ? QStringLiteral("baseline") : QStringLiteral("follow_up")}};
            const double factor = std::pow(10.0, kpi.decimals);
            if (!kpi.denominator.isEmpty()) {
                const double denominator = std::max(1.0, denominatorFor(e, kpi));
                const double numerator = std::round(value * denominator / kpi.factor);
                value = numerator * kpi.factor / denominator;
                values.push_back({QStringLiteral("numerator"), numerator});
                values.push_back({QStringLiteral("denominator"), denominator});
            }
            value = std::round(value * factor) / factor;
            values.push_back({QStringLiteral("value"), value});
            values.push_back({QStringLiteral("source"), isBaseline ? DemoGeneratorTr::tr("Enterprise records, baseline")
                                                                   : DemoGeneratorTr::tr("Monthly EIT report")});
            byMonth.insert(month(m), value);
            const QDate reported = m.addMonths(1).addDays(m_run.random.range(2, 9));
            m_writer.create(u"kpi_reading", values, at(std::min(reported, m_run.anchor), 10), e.manager.name,
                            naturalid::kpiReading(e.id, kpi.id, month(m)));
        }
    }
}

std::optional<double> DemoKpiHistory::readingAt(const EnterprisePlan& e, const KpiInfo& kpi, const QDate& date) const
{
    const auto it = m_readings.constFind(e.id + kpi.id);
    if (it == m_readings.constEnd() || it->isEmpty())
        return std::nullopt;
    for (QDate m(date.year(), date.month(), 1); m.year() > 1990; m = m.addMonths(-1)) {
        const auto v = it->constFind(month(m));
        if (v != it->constEnd())
            return v.value();
        if (month(m) < it->keys().first())
            break;
    }
    return std::nullopt;
}

void DemoKpiHistory::resourceFlows(EnterprisePlan& e, const QDate& start)
{
    const SectorPhrases& sector = m_run.phrases.sectors[e.sector];
    const double output = m_output.value(e.id, e.employees * 150.0);
    const double gain = std::max(0.0, e.kpiChange.value(QStringLiteral("CP"), 0.2));
    struct Flow {
        QString resource, name, unit;
        double perUnit, usdPrice;
    };
    const std::vector<Flow> flows = {
        {QStringLiteral("energy"), DemoGeneratorTr::tr("Electricity"), QStringLiteral("kWh"), 0.85 * m_run.random.uniform(0.6, 1.5), 0.12},
        {QStringLiteral("water"), DemoGeneratorTr::tr("Water"), QStringLiteral("m³"), 0.045 * m_run.random.uniform(0.6, 1.5), 0.8},
        {QStringLiteral("material"),
         sector.material.isEmpty() ? DemoGeneratorTr::tr("Main material") : sector.material.left(1).toUpper() + sector.material.mid(1),
         sector.materialUnit.isEmpty() ? QStringLiteral("kg") : sector.materialUnit, 0.4 * m_run.random.uniform(0.7, 1.3), 2.5},
        {QStringLiteral("waste"), DemoGeneratorTr::tr("Solid waste"), QStringLiteral("kg"), 0.12 * m_run.random.uniform(0.6, 1.5), 0.05}};
    const QDate firstMonth(start.year(), start.month(), 1);
    const QDate lastMonth = QDate(m_run.anchor.year(), m_run.anchor.month(), 1).addMonths(-1);
    for (QDate m = firstMonth.addMonths(-3); m <= lastMonth && !m_writer.failed(); m = m.addMonths(1)) {
        const int t = m < firstMonth ? 0 : static_cast<int>((m.year() - firstMonth.year()) * 12 + m.month() - firstMonth.month()) + 1;
        const double progress = 1 - std::exp(-t / 4.0);
        const double produced = std::round(output * m_run.random.normal(1, 0.08));
        for (const Flow& f : flows) {
            const double quantity = std::round(produced * f.perUnit * (1 - gain * 0.8 * progress) * m_run.random.normal(1, 0.05) * 10) / 10;
            const double cost = std::round(quantity * f.usdPrice * m_run.localRate);
            m_writer.create(u"resource_flow",
                            {{QStringLiteral("enterprise_id"), e.id},
                             {QStringLiteral("resource"), f.resource},
                             {QStringLiteral("name"), f.name},
                             {QStringLiteral("period"), month(m)},
                             {QStringLiteral("quantity"), std::max(0.0, quantity)},
                             {QStringLiteral("unit"), f.unit},
                             {QStringLiteral("cost"), std::max(0.0, cost)},
                             {QStringLiteral("output_quantity"), produced},
                             {QStringLiteral("output_unit"), sector.outputUnit.isEmpty() ? QStringLiteral("units") : sector.outputUnit}},
                            at(std::min(m.addMonths(1).addDays(5), m_run.anchor), 10), e.manager.name,
                            naturalid::resourceFlow(e.id, f.name, month(m)));
        }
    }
}

std::optional<double> DemoKpiHistory::firstReading(const EnterprisePlan& e, const KpiInfo& kpi) const
{
    const auto it = m_readings.constFind(e.id + kpi.id);
    if (it == m_readings.constEnd() || it->isEmpty())
        return std::nullopt;
    // "yyyy-MM" keys sort in time order.
    QStringList months = it->keys();
    months.sort();
    return it->value(months.first());
}

}  // namespace score::demo
