// The report data builders (core/reportdata): medians, KPI improvement in the direction of
// better, checklist comparisons by section key, and the visit, enterprise and cohort data read
// from a demo workspace, whose totals and medians must agree with their own lines.

#include "reports/ReportTestSupport.h"

#include "domain/NaturalIds.h"
#include "reportdata/ChecklistComparison.h"
#include "reportdata/CohortReportData.h"
#include "reportdata/EnterpriseReportData.h"
#include "reportdata/KpiTrends.h"
#include "reportdata/ReportKpis.h"
#include "reportdata/ReportStatistics.h"
#include "reportdata/VisitReportData.h"
#include "storage/ContentQueries.h"
#include "storage/DomainQueries.h"
#include "storage/RecordEditor.h"

#include <QImage>

using namespace score;
using namespace score::test;

namespace {
const QDate kToday(2026, 6, 15);

KpiInfo kpi(const char* code, bool lowerIsBetter)
{
    KpiInfo k;
    k.id = QLatin1String(code);
    k.code = QLatin1String(code);
    k.name = QLatin1String(code);
    k.moduleCode = QStringLiteral("QM");
    k.lowerIsBetter = lowerIsBetter;
    return k;
}

KpiReadingRow reading(const char* kpiId, const char* period, const char* kind, double value)
{
    KpiReadingRow r;
    r.kpiId = QLatin1String(kpiId);
    r.period = QLatin1String(period);
    r.kind = QLatin1String(kind);
    r.value = value;
    return r;
}
}  // namespace

TEST_CASE("Medians and means of what is known")
{
    CHECK_FALSE(median({}).has_value());
    CHECK(*median({7}) == 7);
    CHECK(*median({9, 1, 5}) == 5);
    CHECK(*median({4, 1, 3, 2}) == Approx(2.5));
    CHECK(*median({-3, 10}) == Approx(3.5));
    CHECK(*mean({1, 2, 6}) == Approx(3));
    const std::vector<std::optional<double>> values = {1.0, std::nullopt, 3.0, std::nullopt, 8.0};
    CHECK(*median(knownValues(values, [](const std::optional<double>& v) { return v; })) == 3);
}

TEST_CASE("KPI lines respect the direction of better, a zero baseline and the month of a visit")
{
    const std::vector<KpiInfo> catalogue = {kpi("defects", true), kpi("on_time", false), kpi("accidents", true), kpi("unused", true)};
    const std::vector<KpiReadingRow> readings = {
        reading("defects", "2026-01", "baseline", 8),   reading("defects", "2026-02", "baseline", 12),  // baseline: mean 10
        reading("defects", "2026-04", "follow_up", 9),  reading("defects", "2026-06", "follow_up", 6),
        reading("on_time", "2026-01", "baseline", 80),  reading("on_time", "2026-05", "follow_up", 88),
        reading("accidents", "2026-01", "baseline", 0), reading("accidents", "2026-05", "follow_up", 2),
    };
    const std::vector<KpiTrend> all = reportKpiTrends(catalogue, readings);
    REQUIRE(all.size() == 3);  // "unused" has no readings
    CHECK(all[0].kpi.code == u"defects");
    CHECK(*all[0].baseline == Approx(10));
    CHECK(*all[0].latest == Approx(6));
    CHECK(*all[0].improvement == Approx(40));  // lower is better: 10 → 6 is 40 % better
    CHECK(*kpiChange(all[0]) == Approx(-4));
    CHECK(*all[1].improvement == Approx(10));  // higher is better: 80 → 88
    CHECK(all[2].baseline.has_value());
    CHECK_FALSE(all[2].improvement.has_value());  // zero baseline: no percentage …
    CHECK(*kpiChange(all[2]) == Approx(2));       // … but a change

    // As the month of a visit in April saw them.
    const std::vector<KpiTrend> april = reportKpiTrends(catalogue, readings, QStringLiteral("QM"), QStringLiteral("2026-04"));
    REQUIRE(april.size() == 3);
    CHECK(*april[0].latest == Approx(9));
    CHECK(april[0].latestPeriod == u"2026-04");
    CHECK(*april[0].improvement == Approx(10));
    CHECK_FALSE(april[1].latest.has_value());
}

TEST_CASE("Checklists compare section by section through the sections' keys")
{
    AssessmentScore before;
    before.overall = 40;
    before.sections = {{QStringLiteral("s1"), QStringLiteral("team"), QStringLiteral("Team"), 50.0, 4, 4, 4},
                       {QStringLiteral("s2"), QStringLiteral("gone"), QStringLiteral("Gone"), 30.0, 2, 2, 2}};
    AssessmentScore after;
    after.overall = 70;
    after.answered = 9;
    after.items = 10;
    after.sections = {{QStringLiteral("t1"), QStringLiteral("team"), QStringLiteral("Team (v2)"), 80.0, 5, 5, 5},
                      {QStringLiteral("t2"), QStringLiteral("new"), QStringLiteral("New"), 60.0, 4, 4, 5}};
    const ChecklistComparison c = compareChecklists(after, &before);
    CHECK(*c.change() == Approx(30));
    REQUIRE(c.sections.size() == 2);
    CHECK(c.sections[0].title == u"Team (v2)");
    CHECK(*c.sections[0].change() == Approx(30));
    CHECK_FALSE(c.sections[1].before.has_value());
    CHECK_FALSE(c.sections[1].change().has_value());
    const ChecklistComparison first = compareChecklists(after, nullptr);
    CHECK_FALSE(first.before.has_value());
    CHECK(*first.after == Approx(70));
}

TEST_CASE("Cohort data: actions, KPIs and participation by gender, with totals and medians")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("cohort.scoredesk")));
    const QString a = addEnterprise(*t, QStringLiteral("Minh Phát Garments"));
    DomainQueries q(*t);
    const QString cohort = q.enterprise(a)->cohortId;
    RecordEditor editor(*t);
    auto create = [&](const char* entity, const FieldValues& values) {
        auto id = editor.create(QString::fromLatin1(entity), values);
        INFO((id ? QString() : id.message()).toStdString());
        REQUIRE(id.ok());
        return *id;
    };
    const QString b = create("enterprise", {{QStringLiteral("name"), QStringLiteral("Bảo Long Textiles")},
                                            {QStringLiteral("cohort_id"), cohort},
                                            {QStringLiteral("country_id"), naturalid::country(u"VN")},
                                            {QStringLiteral("sector"), QStringLiteral("garments_textiles")},
                                            {QStringLiteral("women"), qint64(90)},
                                            {QStringLiteral("men"), qint64(60)}});
    const QString wc = naturalid::module(u"WC");
    auto action = [&](const QString& enterprise, const char* status, const char* due, double savings) {
        create("improvement_action", {{QStringLiteral("enterprise_id"), enterprise},
                                      {QStringLiteral("module_id"), wc},
                                      {QStringLiteral("title"), QStringLiteral("Action")},
                                      {QStringLiteral("status"), QLatin1String(status)},
                                      {QStringLiteral("due_date"), QLatin1String(due)},
                                      {QStringLiteral("verified_savings"), savings}});
    };
    action(a, "done", "2026-03-01", 1000);
    action(a, "in_progress", "2026-05-01", 0);  // overdue on 2026-06-15
    action(a, "proposed", "2026-09-01", 0);
    action(b, "done", "2026-02-01", 500);
    action(b, "dropped", "2026-02-01", 0);
    auto visit = [&](const QString& enterprise, const char* type, qint64 women, qint64 men) {
        create("visit", {{QStringLiteral("enterprise_id"), enterprise},
                         {QStringLiteral("module_id"), wc},
                         {QStringLiteral("type"), QLatin1String(type)},
                         {QStringLiteral("visit_date"), QStringLiteral("2026-02-10")},
                         {QStringLiteral("participants_women"), women},
                         {QStringLiteral("participants_men"), men}});
    };
    visit(a, "classroom", 2, 2);
    visit(a, "factory_visit", 3, 4);
    visit(b, "classroom", 1, 3);
    auto readingFor = [&](const QString& enterprise, const char* kpiCode, const char* period, const char* kind, double value) {
        create("kpi_reading", {{QStringLiteral("enterprise_id"), enterprise},
                               {QStringLiteral("kpi_id"), naturalid::kpiDefinition(QString::fromLatin1(kpiCode))},
                               {QStringLiteral("period"), QLatin1String(period)},
                               {QStringLiteral("kind"), QLatin1String(kind)},
                               {QStringLiteral("value"), value}});
    };
    readingFor(a, "qm.defect_rate", "2026-01", "baseline", 10);  // lower is better: 10 → 7.5 is +25 %
    readingFor(a, "qm.defect_rate", "2026-05", "follow_up", 7.5);
    readingFor(a, "qm.on_time_delivery", "2026-01", "baseline", 80);  // higher is better: 80 → 72 is −10 %
    readingFor(a, "qm.on_time_delivery", "2026-05", "follow_up", 72);
    readingFor(b, "qm.defect_rate", "2026-01", "baseline", 0);  // zero baseline: no percentage
    readingFor(b, "qm.defect_rate", "2026-05", "follow_up", 1);

    auto data = buildCohortReportData(*t, cohort, kToday);
    REQUIRE(data.ok());
    REQUIRE(data->enterprises.size() == 2);
    const CohortEnterpriseLine& first = data->enterprises[0];   // by name: Bảo Long …
    const CohortEnterpriseLine& second = data->enterprises[1];  // … then Minh Phát
    CHECK(first.enterprise.name == u"Bảo Long Textiles");
    CHECK(second.actionsOpened == 3);
    CHECK(second.actionsClosed == 1);
    CHECK(second.actionsOpen == 2);
    CHECK(second.actionsOverdue == 1);
    CHECK(first.actionsDropped == 1);
    CHECK(second.kpisMeasured == 2);
    CHECK(second.kpisImproved == 1);
    CHECK(*second.medianKpiImprovement == Approx((25.0 - 10.0) / 2));
    CHECK(first.kpisMeasured == 0);
    CHECK_FALSE(first.medianKpiImprovement.has_value());
    CHECK(second.participation.classroomWomen == 2);
    CHECK(second.participation.visitMen == 4);
    CHECK(second.participation.women() == 5);
    CHECK(*first.participation.womenShare() == Approx(25));

    const CohortTotals& totals = data->totals;
    CHECK(totals.enterprises == 2);
    CHECK(totals.actionsOpened == 5);
    CHECK(totals.actionsClosed == 2);
    CHECK(totals.actionsOverdue == 1);
    CHECK(totals.verifiedSavings == Approx(1500));
    CHECK(totals.participation.women() == 6);
    CHECK(totals.participation.men() == 9);
    CHECK(totals.workforceWomen == 90);
    CHECK(*data->medians.actionsOpened == Approx(2.5));
    CHECK(*data->medians.verifiedSavings == Approx(750));
    CHECK(*data->medians.kpiImprovement == Approx(7.5));  // only one enterprise has a percentage

    // Per KPI across the cohort: the defect rate has two enterprises, one with a percentage.
    const auto defects = std::find_if(data->kpiSummaries.begin(), data->kpiSummaries.end(),
                                      [](const CohortKpiSummary& s) { return s.kpi.code == u"qm.defect_rate"; });
    REQUIRE(defects != data->kpiSummaries.end());
    CHECK(defects->enterprises == 1);
    CHECK(defects->improved == 1);
    CHECK(*defects->medianBaseline == Approx(5));
    CHECK(data->locale == u"vi_VN");

    auto missing = buildCohortReportData(*t, QStringLiteral("no-such-cohort"), kToday);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(missing.message().contains(QStringLiteral("no-such-cohort")));
}

TEST_CASE("Demo data: visit, enterprise and cohort report data agree with the workspace")
{
    TempDir dir;
    TestWorkspace t = makeDemoWorkspace(dir);
    DomainQueries q(*t);
    const QString cohort = firstId(*t, "cohorts");

    auto data = buildCohortReportData(*t, cohort, kToday);
    REQUIRE(data.ok());
    REQUIRE_FALSE(data->enterprises.empty());
    int opened = 0;
    int overdue = 0;
    std::vector<double> latest;
    for (const CohortEnterpriseLine& l : data->enterprises) {
        opened += l.actionsOpened;
        overdue += l.actionsOverdue;
        if (l.latestScore)
            latest.push_back(*l.latestScore);
        CHECK(l.actionsOpened == l.actionsClosed + l.actionsOpen + l.actionsDropped);
        CHECK(l.enterprise.counts.overdueActions == l.actionsOverdue);  // the same rule as the enterprise list
        CHECK(l.modules.size() == data->modules.size());
    }
    CHECK(data->totals.actionsOpened == opened);
    CHECK(data->totals.actionsOverdue == overdue);
    CHECK(static_cast<int>(data->actions.size()) == opened);
    CHECK(data->medians.latestScore == median(latest));
    CHECK(data->moduleSummaries.size() == data->modules.size());

    // The enterprise report of the first enterprise.
    const QString enterprise = data->enterprises.front().enterprise.id;
    auto report = buildEnterpriseReportData(*t, enterprise, kToday);
    REQUIRE(report.ok());
    CHECK(report->enterprise.name == data->enterprises.front().enterprise.name);
    CHECK(report->eit.members == static_cast<int>(report->eitMembers.size()));
    CHECK(report->actions.all == data->enterprises.front().actionsOpened);
    REQUIRE_FALSE(report->modules.empty());
    for (const ModuleReportSection& m : report->modules) {
        for (size_t i = 1; i < m.visits.size(); ++i)
            CHECK(m.visits[i - 1].date <= m.visits[i].date);
        for (size_t i = 1; i < m.actions.size(); ++i)
            CHECK((m.actions[i - 1].isOpen() || !m.actions[i].isOpen()));  // open ones first
        if (m.scores.size() > 1)
            CHECK(m.checklist.before == m.scores.front().overall);
    }
    CHECK_FALSE(report->kpis.empty());

    // A visit with findings: its photos come with their bytes.
    auto findings = q.enterpriseFindings(enterprise);
    REQUIRE(findings.ok());
    QString visitId;
    for (const FindingRow& f : *findings) {
        auto photos = q.attachments(QStringLiteral("finding"), f.id);
        if (!f.visitId.isEmpty() && photos.ok() && !photos->empty()) {
            visitId = f.visitId;
            break;
        }
    }
    REQUIRE_FALSE(visitId.isEmpty());
    auto visit = buildVisitReportData(*t, visitId, kToday);
    REQUIRE(visit.ok());
    CHECK(visit->visit.id == visitId);
    bool photo = false;
    for (const VisitFinding& f : visit->findings)
        for (const ReportPhoto& p : f.photos)
            photo = photo || !QImage::fromData(p.content).isNull();
    CHECK(photo);
    for (const ActionRow& a : visit->actions)
        CHECK(a.visitId == visitId);
    if (visit->assessment && visit->previousAssessment)
        CHECK(visit->previousAssessment->date <= visit->assessment->date);
    for (const KpiTrend& k : visit->kpis) {
        CHECK(k.kpi.moduleCode == visit->visit.moduleCode);
        CHECK(k.latestPeriod <= visit->visit.date.toString(QStringLiteral("yyyy-MM")));
    }

    auto missing = buildVisitReportData(*t, QStringLiteral("nope"), kToday);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
}

TEST_CASE("An enterprise without readings still lists every KPI, so its first reading can be recorded")
{
    score::test::TempDir dir;
    auto ws = score::test::makeWorkspace(dir.path(QStringLiteral("kpis.scoredesk")));
    const QString enterprise = score::test::addEnterprise(*ws);
    auto trends = enterpriseKpiTrends(*ws, enterprise);
    auto kpis = loadKpis(*ws);
    REQUIRE(trends.ok());
    REQUIRE(kpis.ok());
    REQUIRE(trends->size() == kpis->size());
    for (const KpiTrend& t : *trends) {
        CHECK(t.points.empty());
        CHECK_FALSE(t.baseline.has_value());
        CHECK_FALSE(t.improvement.has_value());
    }
}
