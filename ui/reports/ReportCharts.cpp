#include "reports/ReportCharts.h"

#include "reports/ReportLayout.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace score {

namespace {

struct ReportChartsTr {
    Q_DECLARE_TR_FUNCTIONS(score::ReportCharts)
};

const QColor kBefore(0xa9, 0xbc, 0xd0);
const QColor kAfter(0x1f, 0x4e, 0x79);
const QColor kGood(0x2e, 0x8b, 0x57);
const QColor kBad(0xc0, 0x39, 0x2b);
const QColor kGrid(0xdd, 0xe1, 0xe6);
const QColor kText(0x33, 0x33, 0x33);
const QList<QColor> kLineColors = {QColor(0x1f, 0x4e, 0x79), QColor(0xd9, 0x82, 0x1e), QColor(0x2e, 0x8b, 0x57),
                                   QColor(0x8e, 0x44, 0xad), QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0x85)};

// Chart coordinates are points: a font of `points` is a pixel size in them.
QFont chartFont(const QLocale& locale, int points, bool bold = false)
{
    QFont font;
    font.setFamilies(reportFontFamilies(locale));
    font.setPixelSize(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.01);  // no ligatures (see reportFont)
    return font;
}

QChart* newChart(const QString& title, const QLocale& locale)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    if (!title.isEmpty()) {
        chart->setTitle(title);
        chart->setTitleFont(chartFont(locale, 8, true));
        chart->setTitleBrush(kText);
    }
    chart->legend()->setFont(chartFont(locale, 7));
    chart->legend()->setLabelColor(kText);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    return chart;
}

void styleAxis(QAbstractAxis* axis, const QLocale& locale, const QString& title = {})
{
    axis->setLabelsFont(chartFont(locale, 7));
    axis->setLabelsBrush(kText);
    axis->setGridLineColor(kGrid);
    axis->setLinePenColor(kGrid);
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(chartFont(locale, 7));
        axis->setTitleBrush(kText);
    }
}

QDateTime monthStart(const QDate& date) { return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), Qt::UTC); }

// Spreads a date axis over [first, last] with at least a month either side and ticks that
// fall on readable intervals.
void setDateRange(QDateTimeAxis* axis, QDate first, QDate last)
{
    first = first.addDays(-15);
    last = last.addDays(15);
    if (first.daysTo(last) < 60) {
        first = first.addDays(-30);
        last = last.addDays(30);
    }
    axis->setRange(monthStart(first), monthStart(last.addMonths(1)));
    const qint64 months = std::max<qint64>(1, first.daysTo(last) / 30);
    axis->setTickCount(static_cast<int>(std::clamp<qint64>(months + 1, 3, 7)));
    axis->setFormat(QStringLiteral("MM/yyyy"));
}

// A value axis from the data's range, with some air and zero included for counts and rates.
void setValueRange(QValueAxis* axis, double low, double high)
{
    low = std::min(0.0, low);
    if (high <= low)
        high = low + 1;
    axis->setRange(low, high * 1.1);
    axis->applyNiceNumbers();
}

}  // namespace

void paintChart(QPainter& painter, const QRectF& target, const QSizeF& size, QChart* chart)
{
    if (!chart)
        return;
    QGraphicsScene scene;  // owns the chart from here
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}

double beforeAfterChartHeight(int categories) { return 70.0 + 22.0 * std::max(1, categories); }

QChart* makeBeforeAfterChart(const BeforeAfterChartData& data, const QLocale& locale)
{
    QChart* chart = newChart(data.title, locale);
    auto* series = new QHorizontalBarSeries;
    auto* before = new QBarSet(data.beforeLabel);
    auto* after = new QBarSet(data.afterLabel);
    before->setColor(kBefore);
    before->setBorderColor(kBefore);
    after->setColor(kAfter);
    after->setBorderColor(kAfter);
    // Qt lists horizontal categories from the bottom up; reverse them so they read top-down.
    QStringList categories;
    for (qsizetype i = data.categories.size() - 1; i >= 0; --i) {
        const size_t k = static_cast<size_t>(i);
        categories << data.categories[i];
        *before << (k < data.before.size() ? data.before[k].value_or(0) : 0);
        *after << (k < data.after.size() ? data.after[k].value_or(0) : 0);
    }
    series->append(before);
    series->append(after);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    before->setLabelColor(kText);
    before->setLabelFont(chartFont(locale, 6));
    after->setLabelColor(Qt::white);
    after->setLabelFont(chartFont(locale, 6));
    chart->addSeries(series);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    styleAxis(axisY, locale);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, data.maximum);
    axisX->setTickCount(6);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axisX, locale, data.valueTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QChart* makeScoreTrendChart(const QString& title, const std::vector<TrendLine>& lines, const QLocale& locale)
{
    QChart* chart = newChart(title, locale);
    auto* axisX = new QDateTimeAxis;
    styleAxis(axisX, locale);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axisY, locale, ReportChartsTr::tr("Score (0–100)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    QDate first;
    QDate last;
    int colour = 0;
    for (const TrendLine& line : lines) {
        if (line.points.empty())
            continue;
        auto* series = new QLineSeries;
        series->setName(line.name);
        const QColor color = kLineColors[colour++ % kLineColors.size()];
        series->setPen(QPen(color, 1.6));
        series->setPointsVisible(true);
        series->setMarkerSize(5);
        for (const auto& [date, value] : line.points) {
            series->append(static_cast<qreal>(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()), value);
            first = !first.isValid() || date < first ? date : first;
            last = !last.isValid() || date > last ? date : last;
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        series->setColor(color);
    }
    if (first.isValid())
        setDateRange(axisX, first, last);
    return chart;
}

QChart* makeKpiTrendChart(const KpiTrend& trend, const QLocale& locale)
{
    const QString title = trend.kpi.unit.isEmpty() ? trend.kpi.name : QStringLiteral("%1 (%2)").arg(trend.kpi.name, trend.kpi.unit);
    QChart* chart = newChart(title, locale);
    chart->setTitleFont(chartFont(locale, 7, true));
    chart->legend()->hide();
    auto* axisX = new QDateTimeAxis;
    styleAxis(axisX, locale);
    axisX->setLabelsFont(chartFont(locale, 6));
    auto* axisY = new QValueAxis;
    styleAxis(axisY, locale);
    axisY->setLabelsFont(chartFont(locale, 6));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto* series = new QLineSeries;
    series->setPen(QPen(kAfter, 1.4));
    series->setPointsVisible(true);
    series->setMarkerSize(4);
    QDate first;
    QDate last;
    double low = 0;
    double high = 0;
    bool any = false;
    for (const KpiPoint& p : trend.points) {
        const QDate month = QDate::fromString(p.period + QStringLiteral("-15"), Qt::ISODate);
        if (!month.isValid())
            continue;
        series->append(static_cast<qreal>(QDateTime(month, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()), p.value);
        first = !first.isValid() || month < first ? month : first;
        last = !last.isValid() || month > last ? month : last;
        low = any ? std::min(low, p.value) : p.value;
        high = any ? std::max(high, p.value) : p.value;
        any = true;
    }
    chart->addSeries(series);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    series->setColor(kAfter);
    if (trend.baseline && first.isValid()) {
        auto* baseline = new QLineSeries;
        QPen pen(kBad, 1.0, Qt::DashLine);
        baseline->setPen(pen);
        baseline->append(static_cast<qreal>(monthStart(first.addDays(-15)).toMSecsSinceEpoch()), *trend.baseline);
        baseline->append(static_cast<qreal>(monthStart(last.addMonths(1)).toMSecsSinceEpoch()), *trend.baseline);
        chart->addSeries(baseline);
        baseline->attachAxis(axisX);
        baseline->attachAxis(axisY);
    }
    if (first.isValid())
        setDateRange(axisX, first, last);
    axisX->setTickCount(std::min(axisX->tickCount(), 4));
    setValueRange(axisY, low, high);
    // As many decimals as the tick step needs: "0.5" rather than a second "1".
    const double step = (axisY->max() - axisY->min()) / std::max(1, axisY->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    axisY->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + u'f');
    return chart;
}

QChart* makeImprovementChart(const QString& title, const QStringList& labels, const std::vector<double>& improvements,
                             const QLocale& locale)
{
    QChart* chart = newChart(title, locale);
    auto* series = new QHorizontalStackedBarSeries;
    auto* better = new QBarSet(ReportChartsTr::tr("Better than baseline"));
    auto* worse = new QBarSet(ReportChartsTr::tr("Worse than baseline"));
    better->setColor(kGood);
    better->setBorderColor(kGood);
    worse->setColor(kBad);
    worse->setBorderColor(kBad);
    QStringList categories;
    double low = 0;
    double high = 0;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        const double v = static_cast<size_t>(i) < improvements.size() ? improvements[static_cast<size_t>(i)] : 0;
        categories << labels[i];
        *better << (v > 0 ? v : 0);
        *worse << (v < 0 ? v : 0);
        low = std::min(low, v);
        high = std::max(high, v);
    }
    series->append(better);
    series->append(worse);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    styleAxis(axisY, locale);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    const double span = std::max({std::abs(low), std::abs(high), 10.0});
    axisX->setRange(low < 0 ? -span * 1.1 : 0, high > 0 ? span * 1.1 : 0);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axisX, locale, ReportChartsTr::tr("Improvement against baseline (%)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

}  // namespace score
