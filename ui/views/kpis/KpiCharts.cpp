#include "views/kpis/KpiCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
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

// "+5.88 %": three significant digits, as the table shows.
QString changeLabel(double percent)
{
    return QStringLiteral("%1%2 %").arg(percent > 0 ? QStringLiteral("+") : QString(), QLocale().toString(percent, 'g', 3));
}

// "Workers making suggestions · +5.88 %".
QString improvementLabel(const QString& kpi, double percent) { return QStringLiteral("%1 · %2").arg(kpi, changeLabel(percent)); }

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

// The names and changes of an improvement chart, drawn in its rows beside their bars, on the
// other side of the zero line. As the labels of the category axis Qt Charts gave them at most
// 40 % of the chart's width and elided every one to "..." once the rows were lower than a line
// of text (all modules at 1280 px), or a long name at the end even with a single KPI.
class ImprovementLabels final : public QObject {
public:
    struct Row {
        QString name;
        QString change;  // "+5.88 %"
        double percent = 0;
    };

    // `rows` bottom to top, as the category axis holds them.
    ImprovementLabels(QChart* chart, std::vector<Row> rows, const QFont& font)
        : QObject(chart), m_chart(chart), m_rows(std::move(rows)), m_font(font)
    {
        for (const Row& row : m_rows) {
            auto* item = new QGraphicsSimpleTextItem(chart);
            item->setZValue(10);  // above the grid and the bars
            item->setBrush(QColor(0x33, 0x3b, 0x44));
            item->setToolTip(improvementLabel(row.name, row.percent));
            m_items.push_back(item);
        }
        connect(chart, &QChart::plotAreaChanged, this, &ImprovementLabels::place);
    }

private:
    void place(const QRectF& plot)
    {
        if (m_rows.empty() || plot.isEmpty())
            return;
        const qreal rowHeight = plot.height() / static_cast<qreal>(m_rows.size());
        // Smaller type when the rows are low, down to what still reads (7 pt).
        QFont font = m_font;
        const qreal lineHeight = QFontMetricsF(font).height();
        if (lineHeight > rowHeight && font.pointSizeF() > 0)
            font.setPointSizeF(std::max(7.0, font.pointSizeF() * rowHeight / lineHeight));
        const QFontMetricsF metrics(font);
        const qreal zero = plot.center().x();  // the value axis runs from -extent to +extent
        const qreal gap = 6;
        // Out to the chart's edges: beside the plot there is only the room the percentages
        // under it keep.
        const QRectF whole = m_chart->rect();
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const Row& row = m_rows[i];
            const qreal room = row.percent >= 0 ? zero - gap - (whole.left() + gap) : whole.right() - gap - (zero + gap);
            // The change is always whole; the name gives way when the half row is too short.
            const QString suffix = QStringLiteral(" · ") + row.change;
            QString text = row.name + suffix;
            if (metrics.horizontalAdvance(text) > room) {
                const QString name = metrics.elidedText(row.name, Qt::ElideRight,
                                                        std::max<qreal>(0, room - metrics.horizontalAdvance(suffix)));
                text = name.isEmpty() || name == QStringLiteral("…") ? row.change : name + suffix;
            }
            QGraphicsSimpleTextItem* item = m_items[i];
            item->setFont(font);
            item->setText(text);
            const qreal width = metrics.horizontalAdvance(text);
            const qreal y = plot.bottom() - (static_cast<qreal>(i) + 0.5) * rowHeight - metrics.height() / 2;
            item->setPos(row.percent >= 0 ? zero - gap - width : zero + gap, y);
        }
    }

    QChart* m_chart;
    std::vector<Row> m_rows;
    QFont m_font;
    std::vector<QGraphicsSimpleTextItem*> m_items;
};
}  // namespace

QChart* makeImprovementChart(const std::vector<KpiTrend>& trends, const QString& title)
{
    QChart* chart = baseChart(title);
    auto* better = new QBarSet(KpiChartsTr::tr("Better than baseline"));
    auto* worse = new QBarSet(KpiChartsTr::tr("Worse than baseline"));
    better->setColor(kBetter);
    worse->setColor(kWorse);
    QStringList categories;
    std::vector<ImprovementLabels::Row> rows;
    double extent = 10;
    // Bottom to top in the chart: reverse so the list reads top-down like the table.
    for (auto it = trends.rbegin(); it != trends.rend(); ++it) {
        if (!it->improvement)
            continue;
        const double v = *it->improvement;
        // The change is in the name, not on the bar: Qt clips a bar's label to the bar, so a
        // change of 5.88 % read "88", and an unchanged KPI had no bar and no figure at all.
        categories << improvementLabel(it->kpi.name, v);
        rows.push_back({it->kpi.name, changeLabel(v), v});
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
    // The names are drawn in the rows (ImprovementLabels), where they have room; the axis
    // only places the bars, and takes no width.
    names->setVisible(false);
    auto* percent = new QValueAxis;
    extent = std::ceil(extent / 10.0) * 10.0;
    percent->setRange(-extent, extent);
    percent->setLabelFormat(QStringLiteral("%d %"));
    // Its title was elided at 1280 px too; the legend says which way is better.
    new ImprovementLabels(chart, std::move(rows), percent->labelsFont());
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(percent);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (categories.isEmpty())
        chart->setTitle(KpiChartsTr::tr("%1 — no KPI has both a baseline and a follow-up reading yet").arg(title));
    return chart;
}

int improvementChartHeight(const std::vector<KpiTrend>& trends)
{
    const auto rows = std::count_if(trends.begin(), trends.end(), [](const KpiTrend& t) { return t.improvement.has_value(); });
    // A row per KPI a line of labels' text high, and the title, percentages and legend around.
    const int line = QFontMetrics(QValueAxis().labelsFont()).height() + 4;
    return static_cast<int>(rows) * line + 8 * line;
}

QChart* makeTrendChart(const KpiTrend& trend)
{
    QChart* chart = baseChart(KpiChartsTr::tr("%1 (%2) by month").arg(trend.kpi.name, trend.kpi.unit));
    auto* followUp = new QLineSeries;
    followUp->setName(KpiChartsTr::tr("Follow-up"));
    followUp->setPen(QPen(kLatest, 2.2));
    // Each reading a point on the line: a single follow-up has no line to draw.
    followUp->setPointsVisible(true);
    followUp->setMarkerSize(6);
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
    // Room around the readings: a single month sits between its neighbours (with no range at
    // all the axis read "01/70 … 01/70", January 1970, and the reading was off the chart), and
    // the first and last readings are not cut in half by the edges.
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    const qint64 from = start - (start < end ? 15 : 31) * kDayMs;
    const qint64 to = end + (start < end ? 15 : 31) * kDayMs;
    if (trend.baseline && !trend.points.empty()) {
        auto* baselineLine = new QLineSeries;
        baselineLine->setName(KpiChartsTr::tr("Baseline (mean)"));
        QPen dashed(kBaseline, 1.6, Qt::DashLine);
        baselineLine->setPen(dashed);
        baselineLine->append(static_cast<double>(from), *trend.baseline);
        baselineLine->append(static_cast<double>(to), *trend.baseline);
        chart->addSeries(baselineLine);
    }
    auto* months = new QDateTimeAxis;
    months->setFormat(QStringLiteral("MM/yy"));
    months->setTickCount(start < end ? std::min<int>(6, std::max<int>(2, static_cast<int>(trend.points.size()))) : 3);
    if (!trend.points.empty()) {
        months->setRange(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
    } else {
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
    // The month of the latest reading; before any follow-up, the baseline's (an empty
    // category is labelled "1").
    QString period = trend.latestPeriod;
    if (period.isEmpty())
        for (const KpiPoint& p : trend.points)  // in period order: the last baseline reading
            if (p.baseline)
                period = p.period;
    category->append(period.isEmpty()
                         ? QStringLiteral(" ")
                         : QLocale().toString(QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMM yy")));
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
