#pragma once
// The charts of the reports, built with Qt Charts and painted through QGraphicsScene::render
// so that they stay vector graphics in a PDF (no animation, no widget). Each maker returns a
// new QChart for one painting; paintChart() takes it, lays it out and deletes it. Chart
// coordinates are points; fonts follow the report's locale (Noto, with CJK and Devanagari).

#include "metrics/KpiMetrics.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
class QSizeF;
QT_END_NAMESPACE

namespace score {

// Renders `chart` (then deletes it) into `target`, laid out at `size` points.
void paintChart(QPainter& painter, const QRectF& target, const QSizeF& size, QChart* chart);

// Pairs of bars per category: before (pale) and after (dark), 0..maximum. Horizontal bars
// leave room for long category names (checklist sections, enterprises).
struct BeforeAfterChartData {
    QString title;
    QStringList categories;
    QString beforeLabel;
    QString afterLabel;
    std::vector<std::optional<double>> before;
    std::vector<std::optional<double>> after;
    QString valueTitle;
    double maximum = 100;
};
QChart* makeBeforeAfterChart(const BeforeAfterChartData& data, const QLocale& locale);
// A height (points) that gives each category of a horizontal bar chart room to read.
double beforeAfterChartHeight(int categories);

struct TrendLine {
    QString name;
    std::vector<std::pair<QDate, double>> points;
};
// Lines over time (checklist scores per module), 0..100.
QChart* makeScoreTrendChart(const QString& title, const std::vector<TrendLine>& lines, const QLocale& locale);

// One KPI over the months: its readings, with the baseline as a dashed line.
QChart* makeKpiTrendChart(const KpiTrend& trend, const QLocale& locale);

// Improvement per KPI in percent: green bars for better, red for worse, whatever the
// direction of better of each KPI.
QChart* makeImprovementChart(const QString& title, const QStringList& labels, const std::vector<double>& improvements,
                             const QLocale& locale);

}  // namespace score
