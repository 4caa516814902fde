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

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>

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
