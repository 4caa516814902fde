#include "reports/ReportDocuments.h"

#include "domain/Labels.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocumentParts.h"
#include "reports/ReportFormatter.h"

namespace score {

using reportparts::ReportTr;

namespace {

QString ofTotal(const ReportFormatter& f, int part, int whole) { return ReportTr::tr("%1 of %2").arg(f.count(part), f.count(whole)); }

void summaryPart(ReportDocument& doc, const CohortReportData& data, const ReportFormatter& f)
{
    const CohortRow& c = data.cohort;
    doc.heading(c.name, 1);
    QStringList line;
    line << ReportTr::tr("Cohort report") << c.countryName;
    if (!c.counterpart.isEmpty())
        line << c.counterpart;
    if (!c.sector.isEmpty())
        line << valueLabel(u"sector", c.sector);
    line << ReportTr::tr("%1 to %2").arg(f.date(c.start), f.date(c.end));
    doc.paragraph(line.join(QStringLiteral(" · ")), TextTone::Strong);

    const CohortTotals& t = data.totals;
    const CohortMedians& m = data.medians;
    doc.facts(
        {
            {ReportTr::tr("Enterprises"), f.count(t.enterprises)},
            {ReportTr::tr("Employees"), f.count(t.employees)},
            {ReportTr::tr("Modules completed"), ofTotal(f, t.modulesCompleted, t.modulesStarted) + u' ' + ReportTr::tr("started")},
            {ReportTr::tr("Median checklist score"),
             ReportTr::tr("%1 → %2 (%3)").arg(f.score(m.firstScore), f.score(m.latestScore), f.change(m.scoreChange, 1))},
            {ReportTr::tr("Actions"), ReportTr::tr("%1 agreed, %2 done, %3 overdue")
                                          .arg(f.count(t.actionsOpened), f.count(t.actionsClosed), f.count(t.actionsOverdue))},
            {ReportTr::tr("KPIs improved"), ofTotal(f, t.kpisImproved, t.kpisMeasured)},
            {ReportTr::tr("Median KPI improvement"), f.percent(m.kpiImprovement, 1, true)},
            {ReportTr::tr("Verified savings per year"), f.money(t.verifiedSavings, data.currency)},
            {ReportTr::tr("Participants"), reportparts::genderCounts(f, t.participation.women(), t.participation.men())},
            {ReportTr::tr("Women among participants"), f.percent(t.participation.womenShare(), 0)},
        },
        3);
}

void enterprisesPart(ReportDocument& doc, const CohortReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Enterprises"), 2);
    doc.note(
        ReportTr::tr("Scores: the mean over the assessed modules of the first and the latest checklist score (0–100). KPI improvement: "
                     "the median over the enterprise's KPIs, positive when better. Overdue: open actions past their due date on %1.")
            .arg(f.date(data.generatedOn)));
    ReportTable table;
    table.columns = {{ReportTr::tr("Enterprise"), 3.4, false},
                     {ReportTr::tr("Modules started"), 1.0, true},
                     {ReportTr::tr("Modules completed"), 1.1, true},
                     {ReportTr::tr("First score"), 0.9, true},
                     {ReportTr::tr("Latest score"), 0.9, true},
                     {ReportTr::tr("Change"), 0.9, true},
                     {ReportTr::tr("Actions agreed"), 0.9, true},
                     {ReportTr::tr("Actions done"), 0.9, true},
                     {ReportTr::tr("Overdue"), 0.9, true},
                     {ReportTr::tr("KPIs improved"), 1.0, true},
                     {ReportTr::tr("Median KPI improvement"), 1.2, true},
                     {ReportTr::tr("Verified savings (%1)").arg(data.currency), 1.6, true}};
    for (const CohortEnterpriseLine& l : data.enterprises) {
        table.rows.push_back({l.enterprise.name,
                              f.count(l.modulesStarted),
                              f.count(l.modulesCompleted),
                              f.score(l.firstScore),
                              f.score(l.latestScore),
                              {f.change(l.scoreChange(), 0), reportparts::changeTone(l.scoreChange())},
                              f.count(l.actionsOpened),
                              f.count(l.actionsClosed),
                              {f.count(l.actionsOverdue), l.actionsOverdue > 0 ? TextTone::Bad : TextTone::Normal},
                              ofTotal(f, l.kpisImproved, l.kpisMeasured),
                              {f.percent(l.medianKpiImprovement, 1, true), reportparts::changeTone(l.medianKpiImprovement)},
                              f.money(l.verifiedSavings, {})});
    }
    const CohortTotals& t = data.totals;
    const CohortMedians& m = data.medians;
    table.rows.push_back({ReportTr::tr("Cohort total"), f.count(t.modulesStarted), f.count(t.modulesCompleted), QString(), QString(),
                          QString(), f.count(t.actionsOpened), f.count(t.actionsClosed), f.count(t.actionsOverdue),
                          ofTotal(f, t.kpisImproved, t.kpisMeasured), QString(), f.money(t.verifiedSavings, {})});
    table.rows.push_back(
        {ReportTr::tr("Median"), f.number(m.modulesStarted, 1), f.number(m.modulesCompleted, 1), f.number(m.firstScore, 1),
         f.number(m.latestScore, 1), f.change(m.scoreChange, 1), f.number(m.actionsOpened, 1), f.number(m.actionsClosed, 1),
         f.number(m.actionsOverdue, 1), ReportTr::tr("%1 of %2").arg(f.number(m.kpisImproved, 1), f.number(m.kpisMeasured, 1)),
         f.percent(m.kpiImprovement, 1, true), m.verifiedSavings ? f.money(*m.verifiedSavings, {}) : ReportFormatter::missing()});
    table.footerRows = 2;
    doc.table(std::move(table));

    BeforeAfterChartData chart;
    chart.title = ReportTr::tr("Checklist score per enterprise: first and latest assessment (mean over modules)");
    chart.beforeLabel = ReportTr::tr("First");
    chart.afterLabel = ReportTr::tr("Latest");
    chart.valueTitle = ReportTr::tr("Score (0–100)");
    for (const CohortEnterpriseLine& l : data.enterprises) {
        if (!l.firstScore && !l.latestScore)
            continue;
        chart.categories << l.enterprise.name;
        chart.before.push_back(l.firstScore);
        chart.after.push_back(l.latestScore);
    }
    if (!chart.categories.isEmpty()) {
        const QLocale locale = f.locale();
        doc.chart([chart, locale] { return makeBeforeAfterChart(chart, locale); },
                  std::min(470.0, beforeAfterChartHeight(static_cast<int>(chart.categories.size()))), 0.85);
    }
}

void modulesPart(ReportDocument& doc, const CohortReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Modules"), 2);
    ReportTable summary;
    summary.columns = {{ReportTr::tr("Module"), 3.0, false},
                       {ReportTr::tr("Enterprises started"), 1.2, true},
                       {ReportTr::tr("Completed"), 1.1, true},
                       {ReportTr::tr("Median first score"), 1.2, true},
                       {ReportTr::tr("Median latest score"), 1.2, true},
                       {ReportTr::tr("Open actions"), 1.1, true},
                       {ReportTr::tr("Done"), 1.0, true},
                       {ReportTr::tr("Overdue"), 1.0, true}};
    for (const CohortModuleSummary& s : data.moduleSummaries)
        summary.rows.push_back({QStringLiteral("%1 · %2").arg(s.moduleCode, s.moduleName),
                                f.count(s.started),
                                f.count(s.completed),
                                f.score(s.medianFirstScore),
                                f.score(s.medianLatestScore),
                                f.count(s.openActions),
                                f.count(s.doneActions),
                                {f.count(s.overdueActions), s.overdueActions > 0 ? TextTone::Bad : TextTone::Normal}});
    doc.table(std::move(summary));

    doc.heading(ReportTr::tr("Checklist scores by enterprise and module"), 3);
    doc.note(ReportTr::tr("First → latest score; green: module completed (final visit or approved progress report)."));
    ReportTable matrix;
    matrix.columns.push_back({ReportTr::tr("Enterprise"), 3.0, false});
    for (const ModuleInfo& m : data.modules)
        matrix.columns.push_back({QStringLiteral("%1 · %2").arg(m.code, moduleShortName(m.code)), 1.4, true});
    for (const CohortEnterpriseLine& l : data.enterprises) {
        std::vector<TableCell> row{l.enterprise.name};
        for (const ModuleProgressRow& p : l.modules) {
            QString text;
            if (p.latestScore)
                text = p.assessments > 1 ? ReportTr::tr("%1 → %2").arg(f.score(p.firstScore), f.score(p.latestScore))
                                         : f.score(p.latestScore);
            else if (p.started())
                text = ReportTr::tr("started");
            else
                text = ReportFormatter::missing();
            row.emplace_back(text, p.completed ? TextTone::Good : p.started() ? TextTone::Normal : TextTone::Muted);
        }
        matrix.rows.push_back(std::move(row));
    }
    doc.table(std::move(matrix));
}

void kpisPart(ReportDocument& doc, const CohortReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Key performance indicators"), 2);
    doc.note(ReportTr::tr("Per KPI, over the enterprises that measured a baseline and a follow-up; improvement is positive when better."));
    ReportTable table;
    table.columns = {{ReportTr::tr("KPI"), 3.2, false},
                     {ReportTr::tr("Module"), 0.8, false},
                     {ReportTr::tr("Unit"), 1.2, false},
                     {ReportTr::tr("Better when"), 0.9, false},
                     {ReportTr::tr("Enterprises"), 1.0, true},
                     {ReportTr::tr("Improved"), 1.0, true},
                     {ReportTr::tr("Median baseline"), 1.2, true},
                     {ReportTr::tr("Median latest"), 1.2, true},
                     {ReportTr::tr("Median improvement"), 1.3, true}};
    table.emptyText = ReportTr::tr("No KPI readings in this cohort yet.");
    for (const CohortKpiSummary& s : data.kpiSummaries)
        table.rows.push_back({s.kpi.name,
                              s.kpi.moduleCode,
                              s.kpi.unit,
                              {reportparts::directionLabel(s.kpi), TextTone::Muted},
                              f.count(s.enterprises),
                              f.count(s.improved),
                              f.number(s.medianBaseline, s.kpi.decimals),
                              f.number(s.medianLatest, s.kpi.decimals),
                              {f.percent(s.medianImprovement, 1, true), reportparts::changeTone(s.medianImprovement)}});
    doc.table(std::move(table));
}

void participationPart(ReportDocument& doc, const CohortReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Participation by gender"), 2);
    doc.note(ReportTr::tr("Classroom sessions and factory visits count the people present at each; the EIT counts its current members."));
    ReportTable table;
    table.columns = {{ReportTr::tr("Enterprise"), 3.2, false},   {ReportTr::tr("Workforce women"), 1.0, true},
                     {ReportTr::tr("Workforce men"), 1.0, true}, {ReportTr::tr("Classroom women"), 1.0, true},
                     {ReportTr::tr("Classroom men"), 1.0, true}, {ReportTr::tr("Visits women"), 1.0, true},
                     {ReportTr::tr("Visits men"), 1.0, true},    {ReportTr::tr("EIT women"), 0.9, true},
                     {ReportTr::tr("EIT men"), 0.9, true},       {ReportTr::tr("Women among participants"), 1.3, true}};
    for (const CohortEnterpriseLine& l : data.enterprises) {
        const Participation& p = l.participation;
        table.rows.push_back({l.enterprise.name, f.count(l.enterprise.women), f.count(l.enterprise.men), f.count(p.classroomWomen),
                              f.count(p.classroomMen), f.count(p.visitWomen), f.count(p.visitMen), f.count(p.eitWomen), f.count(p.eitMen),
                              f.percent(p.womenShare(), 0)});
    }
    const Participation& t = data.totals.participation;
    table.rows.push_back({ReportTr::tr("Cohort total"), f.count(data.totals.workforceWomen), f.count(data.totals.workforceMen),
                          f.count(t.classroomWomen), f.count(t.classroomMen), f.count(t.visitWomen), f.count(t.visitMen),
                          f.count(t.eitWomen), f.count(t.eitMen), f.percent(t.womenShare(), 0)});
    table.footerRows = 1;
    doc.table(std::move(table));
}

}  // namespace

ReportDocument cohortReportDocument(const CohortReportData& data)
{
    const ReportFormatter f(reportLocale(data.locale));
    ReportDocument doc;
    doc.locale = f.locale();
    doc.orientation = QPageLayout::Landscape;
    doc.title = ReportTr::tr("Cohort report");
    doc.subject = data.cohort.name;
    doc.footerNote = reportparts::footerNote(f, data.generatedOn);

    summaryPart(doc, data, f);
    enterprisesPart(doc, data, f);
    modulesPart(doc, data, f);
    kpisPart(doc, data, f);
    participationPart(doc, data, f);
    return doc;
}

}  // namespace score
