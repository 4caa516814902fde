#include "views/kpis/KpiCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace score {

namespace {
struct KpiChartsTr {
    Q_DECLARE_TR_FUNCTIONS(score::KpiCharts)
};

const QColor kBetter(0x2e, 0x8b, 0x57);
const QColor kWorse(0xc0, 0x39, 0x2b);
const QColor kBaseline(0x90, 0x9a, 0xa6);
const QColor kLatest(0x2f, 0x5f, 0x8a);

QChart* baseChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

// "Workers making suggestions · +5.88 %": three significant digits, as the table shows.
QString improvementLabel(const QString& kpi, double percent)
{
    const QString figure = QLocale().toString(percent, 'g', 3);
    return QStringLiteral("%1 · %2%3 %").arg(kpi, percent > 0 ? QStringLiteral("+") : QString(), figure);
}

double tickStep(const QValueAxis& axis)
{
    return axis.tickCount() > 1 ? (axis.max() - axis.min()) / (axis.tickCount() - 1) : axis.max() - axis.min();
}

// The fewest decimals that write `step` exactly (0.25 → 2, 5 → 0), up to four.
int decimalsOf(double step)
{
    for (int decimals = 0; decimals < 4; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 4;
}

qint64 monthMs(const QString& period)
{
    return QDateTime(QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}
}  // namespace

QChart* makeImprovementChart(const std::vector<KpiTrend>& trends, const QString& title)
{
    QChart* chart = baseChart(title);
    auto* better = new QBarSet(KpiChartsTr::tr("Better than baseline"));
    auto* worse = new QBarSet(KpiChartsTr::tr("Worse than baseline"));
    better->setColor(kBetter);
    worse->setColor(kWorse);
    QStringList categories;
    double extent = 10;
    // Bottom to top in the chart: reverse so the list reads top-down like the table.
    for (auto it = trends.rbegin(); it != trends.rend(); ++it) {
        if (!it->improvement)
            continue;
        const double v = *it->improvement;
        // The change is in the name, not on the bar: Qt clips a bar's label to the bar, so a
        // change of 5.88 % read "88", and an unchanged KPI had no bar and no figure at all.
        categories << improvementLabel(it->kpi.name, v);
        *better << (v >= 0 ? v : 0);
        *worse << (v < 0 ? v : 0);
        extent = std::max(extent, std::fabs(v));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(better);
    series->append(worse);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    auto* percent = new QValueAxis;
    extent = std::ceil(extent / 10.0) * 10.0;
    percent->setRange(-extent, extent);
    percent->setLabelFormat(QStringLiteral("%d %"));
    percent->setTitleText(KpiChartsTr::tr("Change against baseline, in the direction of better"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(percent);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (categories.isEmpty())
        chart->setTitle(KpiChartsTr::tr("%1 — no KPI has both a baseline and a follow-up reading yet").arg(title));
    return chart;
}

QChart* makeTrendChart(const KpiTrend& trend)
{
    QChart* chart = baseChart(KpiChartsTr::tr("%1 (%2) by month").arg(trend.kpi.name, trend.kpi.unit));
    auto* followUp = new QLineSeries;
    followUp->setName(KpiChartsTr::tr("Follow-up"));
    followUp->setPen(QPen(kLatest, 2.2));
    auto* baselinePoints = new QScatterSeries;
    baselinePoints->setName(KpiChartsTr::tr("Baseline readings"));
    baselinePoints->setColor(kBaseline);
    baselinePoints->setMarkerSize(9);
    double lo = 0;
    double hi = 1;
    bool first = true;
    qint64 start = 0;
    qint64 end = 0;
    for (const KpiPoint& p : trend.points) {
        const qint64 x = monthMs(p.period);
        (p.baseline ? static_cast<QXYSeries*>(baselinePoints) : followUp)->append(static_cast<double>(x), p.value);
        lo = first ? p.value : std::min(lo, p.value);
        hi = first ? p.value : std::max(hi, p.value);
        start = first ? x : std::min(start, x);
        end = first ? x : std::max(end, x);
        first = false;
    }
    chart->addSeries(followUp);
    chart->addSeries(baselinePoints);
    QLineSeries* baselineLine = nullptr;
    if (trend.baseline && !trend.points.empty()) {
        baselineLine = new QLineSeries;
        baselineLine->setName(KpiChartsTr::tr("Baseline (mean)"));
        QPen dashed(kBaseline, 1.6, Qt::DashLine);
        baselineLine->setPen(dashed);
        baselineLine->append(static_cast<double>(start), *trend.baseline);
        baselineLine->append(static_cast<double>(end), *trend.baseline);
        chart->addSeries(baselineLine);
    }
    auto* months = new QDateTimeAxis;
    months->setFormat(QStringLiteral("MM/yy"));
    months->setTickCount(std::min<int>(6, std::max<int>(2, static_cast<int>(trend.points.size()))));
    if (start < end) {
        months->setRange(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC), QDateTime::fromMSecsSinceEpoch(end, Qt::UTC));
    } else if (trend.points.empty()) {
        // Nothing read yet: the last twelve months, empty, and a title that says so.
        const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        months->setRange(QDateTime(thisMonth.addMonths(-11), QTime(0, 0), Qt::UTC), QDateTime(thisMonth, QTime(0, 0), Qt::UTC));
        chart->setTitle(KpiChartsTr::tr("%1 (%2) — no readings yet").arg(trend.kpi.name, trend.kpi.unit));
    }
    auto* values = new QValueAxis;
    // A flat series (the same count every month) still needs a span to draw against: with
    // the 15 % of nothing, every tick read "1.0000".
    const bool flat = hi - lo < 1e-9 * std::max(1.0, std::abs(hi));
    const double pad = flat ? std::max(1.0, std::abs(hi) * 0.5) : (hi - lo) * 0.15;
    values->setRange(lo >= 0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
    // Round ticks (0, 0.2, 0.4 …): fifths of 0–1.15 were labelled "0.9" and "1.1" around a
    // line at 1, which read as 1.04. Labels have the decimals the tick step has, no more.
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsOf(tickStep(*values))));
    values->setTitleText(trend.kpi.unit);
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(months);
        s->attachAxis(values);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* makeBeforeAfterChart(const KpiTrend& trend)
{
    QChart* chart = baseChart(KpiChartsTr::tr("Before and after (%1)").arg(trend.kpi.unit));
    auto* before = new QBarSet(KpiChartsTr::tr("Baseline"));
    auto* after = new QBarSet(KpiChartsTr::tr("Latest"));
    before->setColor(kBaseline);
    after->setColor(trend.improvement && *trend.improvement < 0 ? kWorse : kBetter);
    *before << trend.baseline.value_or(0);
    *after << trend.latest.value_or(0);
    auto* series = new QBarSeries;
    series->append(before);
    series->append(after);
    chart->addSeries(series);
    auto* category = new QBarCategoryAxis;
    category->append(trend.latestPeriod.isEmpty()
                         ? QString()
                         : QLocale().toString(QDate::fromString(trend.latestPeriod + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yy")));
    auto* values = new QValueAxis;
    values->setRange(0, std::max(trend.baseline.value_or(0), trend.latest.value_or(0)) * 1.15 + 1e-6);
    // Round ticks (0, 0.25, 0.5 …) read better than thirds of an arbitrary maximum.
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.3g"));
    chart->addAxis(category, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(category);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

}  // namespace score
