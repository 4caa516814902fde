// The KPI view: its models, recording a reading with numerator and denominator (value computed,
// implausible figures refused), and the charts built from the demo's baselines.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "metrics/KpiMetrics.h"
#include "models/KpiReadingModel.h"
#include "models/KpiSummaryModel.h"
#include "session/WorkspaceSession.h"
#include "views/kpis/KpiCharts.h"
#include "views/kpis/KpiReadingDialog.h"
#include "views/kpis/KpiView.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineEdit>
#include <QLocale>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

using namespace score;
using namespace score::test;

namespace {
// A session on a demo workspace, with the clock its workspace keeps using (destroyed after it).
struct DemoSession {
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;
    WorkspaceSession* operator->() const { return session.get(); }
    WorkspaceSession& operator*() const { return *session; }
};

DemoSession demoSession(TempDir& dir)
{
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("kpi.scoredesk")));
    DemoOptions demo;
    demo.enterprises = 2;
    demo.anchor = QDate(2026, 6, 14);
    REQUIRE(generateDemo(*t, demo).ok());
    DemoSession result{std::move(t.clock), std::make_unique<WorkspaceSession>(std::move(t.ws))};
    result->selectDefaults();
    return result;
}

const KpiInfo& kpiByCode(const std::vector<KpiInfo>& kpis, const char* code)
{
    for (const KpiInfo& k : kpis)
        if (k.code == QLatin1String(code))
            return k;
    FAIL("no such KPI");
    return kpis.front();
}
}  // namespace

TEST_CASE("KPI improvement respects the direction of better, and a zero baseline has no percentage")
{
    REQUIRE(*improvementPercent(6.0, 4.5, true) == Approx(25.0));
    REQUIRE(*improvementPercent(6.0, 7.5, true) == Approx(-25.0));
    REQUIRE(*improvementPercent(75.0, 90.0, false) == Approx(20.0));
    REQUIRE_FALSE(improvementPercent(0.0, 3.0, false).has_value());
    KpiInfo defect;
    defect.unit = QStringLiteral("%");
    defect.numerator = QStringLiteral("Defective units found");
    defect.denominator = QStringLiteral("Units produced");
    defect.factor = 100;
    REQUIRE(*computeKpiValue(defect, 120, 4000) == Approx(3.0));
    REQUIRE_FALSE(computeKpiValue(defect, 120, 0).has_value());
    REQUIRE_FALSE(kpiReadingProblem(defect, 130, 5200, 4000).isEmpty());  // more defects than units
    REQUIRE(kpiReadingProblem(defect, 3.0, 120, 4000).isEmpty());
}

TEST_CASE("KPI models pass QAbstractItemModelTester and show the demo's baselines and improvements")
{
    TempDir dir;
    auto session = demoSession(dir);
    KpiSummaryModel summary(*session);
    KpiReadingModel readings(*session);
    QAbstractItemModelTester t1(&summary, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&readings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(summary.rowCount() >= 5);
    const KpiTrend& first = summary.trends().front();
    REQUIRE(first.baseline.has_value());
    readings.setKpi(first.kpi.id, first.kpi.decimals);
    REQUIRE(readings.rowCount() >= 4);
    summary.setModule(QStringLiteral("WC"));
    for (const KpiTrend& t : summary.trends())
        REQUIRE(t.kpi.moduleCode == QStringLiteral("WC"));
    // The charts build from the same trends.
    std::unique_ptr<QChart> improvement(makeImprovementChart(summary.trends(), QStringLiteral("WC")));
    REQUIRE(improvement->series().size() == 1);
    std::unique_ptr<QChart> trend(makeTrendChart(summary.trends().front()));
    REQUIRE(trend->series().size() >= 2);
}

TEST_CASE("A KPI read the same every month gets a value axis with room around it")
{
    KpiTrend trend;
    trend.kpi.name = QStringLiteral("Improvement projects completed");
    trend.kpi.unit = QStringLiteral("projects");
    for (const char* period : {"2026-01", "2026-02", "2026-03"})
        trend.points.push_back(KpiPoint{QString::fromLatin1(period), 1.0, false});
    std::unique_ptr<QChart> chart(makeTrendChart(trend));
    const auto axes = chart->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    const auto* values = qobject_cast<QValueAxis*>(axes.front());
    REQUIRE(values);
    // Ticks a whole unit apart or more, so their labels differ; the readings in the middle.
    REQUIRE(values->max() - values->min() >= 1.0);
    REQUIRE(values->min() < 1.0);
    REQUIRE(values->max() > 1.0);

    // Negative values stay on the chart.
    for (KpiPoint& p : trend.points)
        p.value = -2.0;
    trend.points.front().value = -3.0;
    std::unique_ptr<QChart> negative(makeTrendChart(trend));
    const auto* negativeAxis = qobject_cast<QValueAxis*>(negative->axes(Qt::Vertical).front());
    REQUIRE(negativeAxis->min() < -3.0);
    REQUIRE(negativeAxis->max() > -2.0);
}

TEST_CASE("A KPI's value axis has round ticks whose labels say exactly where they are")
{
    // Follow-up readings of 0 and 1 and a baseline of two thirds, as the demo's projects KPI:
    // fifths of 0–1.15 were labelled "0.9" and "1.1" around a line at 1.
    KpiTrend trend;
    trend.kpi.unit = QStringLiteral("projects");
    trend.baseline = 2.0 / 3.0;
    trend.points = {KpiPoint{QStringLiteral("2025-09"), 1.0, true}, KpiPoint{QStringLiteral("2025-10"), 1.0, true},
                    KpiPoint{QStringLiteral("2025-11"), 0.0, false}, KpiPoint{QStringLiteral("2026-01"), 1.0, false},
                    KpiPoint{QStringLiteral("2026-10"), 1.0, false}};
    for (double scale : {1.0, 37.5, 0.012, 1480.0}) {
        CAPTURE(scale);
        KpiTrend scaled = trend;
        for (KpiPoint& p : scaled.points)
            p.value *= scale;
        std::unique_ptr<QChart> chart(makeTrendChart(scaled));
        const auto* values = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).front());
        REQUIRE(values);
        REQUIRE(values->tickCount() > 2);
        CHECK(values->max() >= scale);
        const double step = (values->max() - values->min()) / (values->tickCount() - 1);
        const QByteArray format = values->labelFormat().toLatin1();
        for (int tick = 0; tick < values->tickCount(); ++tick) {
            const double at = values->min() + tick * step;
            CAPTURE(at);
            CHECK(QString::asprintf(format.constData(), at).toDouble() == Approx(at).margin(1e-9));
        }
    }
}

TEST_CASE("The improvement chart names each KPI's change beside it, an unchanged KPI too")
{
    KpiTrend better;
    better.kpi.name = QStringLiteral("Workers making suggestions");
    better.improvement = 100.0 / 17.0;
    KpiTrend unchanged;
    unchanged.kpi.name = QStringLiteral("Suggestions implemented");
    unchanged.improvement = 0.0;
    KpiTrend worse;
    worse.kpi.name = QStringLiteral("Absenteeism");
    worse.improvement = -12.5;
    std::unique_ptr<QChart> chart(makeImprovementChart({better, unchanged, worse}, QStringLiteral("WC")));
    auto* names = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).front());
    REQUIRE(names);
    // Bottom to top, so the list reads top-down like the table.
    CHECK(names->categories()
          == QStringList{QStringLiteral("Absenteeism · -12.5 %"), QStringLiteral("Suggestions implemented · 0 %"),
                         QStringLiteral("Workers making suggestions · +5.88 %")});
}

TEST_CASE("Recording a KPI reading computes its value, refuses implausible figures and undoes")
{
    TempDir dir;
    auto session = demoSession(dir);
    auto kpis = loadKpis(session->workspace());
    const KpiInfo& defect = kpiByCode(*kpis, "qm.defect_rate");
    const QString enterprise = session->currentEnterprise();
    KpiReadingDialog dialog(*session, defect, enterprise, 6.0);
    dialog.setFigures(QDate(2026, 5, 1), 5200, 4000, QStringLiteral("follow_up"));
    REQUIRE_FALSE(dialog.save());  // more defective units than units produced
    dialog.setFigures(QDate(2026, 5, 1), 96, 4800, QStringLiteral("follow_up"));
    REQUIRE(dialog.save());
    auto readings = session->queries().kpiReadings(enterprise);
    bool found = false;
    for (const KpiReadingRow& r : *readings)
        if (r.kpiId == defect.id && r.period == QStringLiteral("2026-05")) {
            found = true;
            REQUIRE(r.value == Approx(2.0));
            REQUIRE(*r.numerator == Approx(96));
            REQUIRE(*r.denominator == Approx(4800));
        }
    REQUIRE(found);
    session->undoStack()->undo();
    auto after = session->queries().kpiReadings(enterprise);
    for (const KpiReadingRow& r : *after)
        REQUIRE_FALSE((r.kpiId == defect.id && r.period == QStringLiteral("2026-05") && r.value == Approx(2.0)));
}

TEST_CASE("The KPI view follows the current enterprise and shows a KPI with readings")
{
    TempDir dir;
    auto session = demoSession(dir);
    KpiView view(*session);
    view.prepareForScreenshot();
    REQUIRE_FALSE(view.currentKpi().isEmpty());
}

namespace {
KpiTrend trendOf(std::initializer_list<KpiPoint> points)
{
    KpiInfo kpi;
    kpi.name = QStringLiteral("Defect rate");
    kpi.unit = QStringLiteral("%");
    kpi.lowerIsBetter = true;
    return kpiTrend(kpi, std::vector<KpiPoint>(points));
}

QDateTimeAxis* monthAxis(QChart* chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto* months = qobject_cast<QDateTimeAxis*>(axes.front());
    REQUIRE(months);
    return months;
}

QXYSeries* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->series())
        if (s->name() == name)
            return qobject_cast<QXYSeries*>(s);
    return nullptr;
}

// Pixels near `value` on the chart drawn in `colour` (markers are a few pixels wide).
int pixelsNear(QChartView& view, QAbstractSeries* series, const QPointF& value, const QColor& colour)
{
    const QImage image = view.grab().toImage();
    const QPoint at = view.mapFromScene(view.chart()->mapToPosition(value, series));
    int found = 0;
    for (int dx = -5; dx <= 5; ++dx)
        for (int dy = -5; dy <= 5; ++dy) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            found += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 60 ? 1
                                                                                                                                       : 0;
        }
    return found;
}

// Every text the chart shows (axis labels, titles and what else it draws), as shown.
QStringList textsShown(QChart* chart)
{
    QStringList texts;
    for (QGraphicsItem* item : chart->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            texts << t->toPlainText();
        else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << s->text();
    }
    return texts;
}
}  // namespace

TEST_CASE("A KPI with only its baseline is charted in its own months, not in January 1970")
{
    std::unique_ptr<QChart> chart(makeTrendChart(trendOf({KpiPoint{QStringLiteral("2026-11"), 6.0, true}})));
    QDateTimeAxis* months = monthAxis(chart.get());
    const QDateTime reading(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    CAPTURE(months->min().toString(Qt::ISODate), months->max().toString(Qt::ISODate));
    CHECK(months->min() < reading);
    CHECK(months->max() > reading);
    CHECK(months->min().date() >= QDate(2026, 9, 1));
    CHECK(months->max().date() <= QDate(2027, 1, 31));
    // The first and last labels name the months around it.
    CHECK(months->min().toString(months->format()) != months->max().toString(months->format()));
    CHECK_FALSE(months->min().toString(months->format()).endsWith(QStringLiteral("70")));
    QXYSeries* baseline = seriesNamed(chart.get(), QStringLiteral("Baseline readings"));
    REQUIRE(baseline);
    CHECK(baseline->count() == 1);
}

TEST_CASE("A single follow-up reading is drawn as a point, and readings at the ends are not cut in half")
{
    const KpiTrend trend = trendOf({KpiPoint{QStringLiteral("2026-11"), 6.0, true}, KpiPoint{QStringLiteral("2026-12"), 4.5, false}});
    QChartView view(makeTrendChart(trend));
    view.resize(420, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QXYSeries* followUp = seriesNamed(view.chart(), QStringLiteral("Follow-up"));
    REQUIRE(followUp);
    REQUIRE(followUp->count() == 1);
    CHECK(followUp->pointsVisible());
    const double december = static_cast<double>(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK(pixelsNear(view, followUp, QPointF(december, 4.5), QColor(0x2f, 0x5f, 0x8a)) >= 6);
    // Room on both sides: the first and the last month are inside the axis, not on its ends.
    QDateTimeAxis* months = monthAxis(view.chart());
    CHECK(months->min() < QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    CHECK(months->max() > QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
}

TEST_CASE("The improvement chart's KPI names are readable beside their bars at 1280 and at 1024 pixels")
{
    TempDir dir;
    auto session = demoSession(dir);
    for (int width : {1280, 1024}) {
        CAPTURE(width);
        KpiView view(*session);
        // The view's share of the window beside the navigation pane, on the module with the
        // most KPIs: all of them.
        view.resize(width - 262, width == 1280 ? 690 : 480);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        QChartView* chartView = nullptr;
        for (QChartView* v : view.findChildren<QChartView*>())
            if (v->accessibleName() == QStringLiteral("Improvement against baseline"))
                chartView = v;
        REQUIRE(chartView);
        QCoreApplication::processEvents();
        KpiSummaryModel summary(*session);
        const QStringList shown = textsShown(chartView->chart());
        int improving = 0;
        for (const KpiTrend& t : summary.trends()) {
            if (!t.improvement)
                continue;
            ++improving;
            CAPTURE(t.kpi.name, shown.join(QStringLiteral(" | ")));
            const QString percent = QLocale().toString(*t.improvement, 'g', 3);
            // The change whole, and the name whole at 1280 or at least its first words at 1024.
            const QString start = width == 1280 ? t.kpi.name : t.kpi.name.left(12);
            CHECK(std::any_of(shown.begin(), shown.end(), [&](const QString& s) { return s.startsWith(start) && s.contains(percent); }));
        }
        CHECK(improving >= 10);
        // One name per row, none drawn over another (many KPIs scroll instead).
        std::vector<QRectF> drawn;
        for (QGraphicsItem* item : chartView->scene()->items())
            if (auto* label = dynamic_cast<QGraphicsSimpleTextItem*>(item); label && label->isVisible() && label->text().contains(u'%'))
                drawn.push_back(label->sceneBoundingRect().adjusted(0, 1, 0, -1));
        CHECK(static_cast<int>(drawn.size()) == improving);
        for (size_t a = 0; a < drawn.size(); ++a)
            for (size_t b = a + 1; b < drawn.size(); ++b)
                CHECK_FALSE(drawn[a].intersects(drawn[b]));
    }
}

TEST_CASE("The reading dialog proposes the baseline while the enterprise has none for the KPI, a follow-up after")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("first.scoredesk")));
    const QString enterprise = addEnterprise(*t);
    std::unique_ptr<ManualClock> clock = std::move(t.clock);
    WorkspaceSession session(std::move(t.ws));
    session.selectDefaults();
    auto kpis = loadKpis(session.workspace());
    REQUIRE(kpis.ok());
    const KpiInfo& defect = kpiByCode(*kpis, "qm.defect_rate");
    const auto proposed = [](KpiReadingDialog& dialog) {
        for (QComboBox* combo : dialog.findChildren<QComboBox*>())
            if (combo->findData(QStringLiteral("baseline")) >= 0)
                return combo->currentData().toString();
        return QString();
    };
    {
        KpiReadingDialog dialog(session, defect, enterprise, std::nullopt);
        CHECK(proposed(dialog) == QStringLiteral("baseline"));
        dialog.setFigures(QDate(2026, 4, 1), 120, 4000, QStringLiteral("baseline"));
        REQUIRE(dialog.save());
    }
    KpiReadingDialog next(session, defect, enterprise, 3.0);
    CHECK(proposed(next) == QStringLiteral("follow_up"));
    // The baseline's month shows the baseline, to correct it; another month the proposal again,
    // not the baseline's kind and figures left over.
    auto* month = next.findChild<DateField*>();
    REQUIRE(month);
    QLineEdit* numerator = nullptr;
    for (QLineEdit* e : next.findChildren<QLineEdit*>())
        if (e->accessibleName() == defect.numerator)
            numerator = e;
    REQUIRE(numerator);
    const auto typeMonth = [&](const QString& text) {
        QTest::keyClick(month, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(month, text);
    };
    typeMonth(QStringLiteral("2026-04"));
    CHECK(proposed(next) == QStringLiteral("baseline"));
    CHECK(numerator->text() == QStringLiteral("120"));
    typeMonth(QStringLiteral("2026-05"));
    CHECK(proposed(next) == QStringLiteral("follow_up"));
    CHECK(numerator->text().isEmpty());
    // What the user typed stays when the month changes.
    QTest::keyClicks(numerator, QStringLiteral("95"));
    typeMonth(QStringLiteral("2026-03"));
    CHECK(numerator->text() == QStringLiteral("95"));
    // Another KPI of the same enterprise has no baseline yet.
    KpiReadingDialog other(session, kpiByCode(*kpis, "qm.rework_rate"), enterprise, std::nullopt);
    CHECK(proposed(other) == QStringLiteral("baseline"));
}

TEST_CASE("The before and after bars name the baseline's month until there is a follow-up")
{
    std::unique_ptr<QChart> chart(makeBeforeAfterChart(trendOf({KpiPoint{QStringLiteral("2026-11"), 6.0, true}})));
    auto* category = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).front());
    REQUIRE(category);
    CHECK(category->categories() == QStringList{QLocale().toString(QDate(2026, 11, 1), QStringLiteral("MMM yy"))});
}
