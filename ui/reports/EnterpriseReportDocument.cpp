#include "reports/ReportDocuments.h"

#include "domain/Labels.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocumentParts.h"
#include "reports/ReportFormatter.h"

namespace score {

using reportparts::ReportTr;

namespace {

QString moduleStatus(const ModuleProgressRow& p)
{
    if (p.completed)
        return ReportTr::tr("Completed");
    if (!p.reportStatus.isEmpty())
        return ReportTr::tr("Report %1").arg(valueLabel(u"status", p.reportStatus).toLower());
    return p.started() ? ReportTr::tr("In progress") : ReportTr::tr("Not started");
}

void profilePart(ReportDocument& doc, const EnterpriseReportData& data, const ReportFormatter& f)
{
    const EnterpriseRow& e = data.enterprise;
    doc.heading(e.name, 1);
    QStringList line;
    line << ReportTr::tr("Enterprise progress report");
    if (!e.cohortName.isEmpty())
        line << e.cohortName;
    line << e.countryName;
    doc.paragraph(line.join(QStringLiteral(" · ")), TextTone::Strong);

    QString staff = ReportFormatter::missing();
    if (e.permanentStaff || e.temporaryStaff)
        staff = ReportTr::tr("%1 permanent, %2 temporary").arg(f.count(e.permanentStaff), f.count(e.temporaryStaff));
    doc.facts({
        {ReportTr::tr("Sector"), valueLabel(u"sector", e.sector)},
        {ReportTr::tr("Products"), e.products},
        {ReportTr::tr("City"), e.city},
        {ReportTr::tr("Employees"), reportparts::genderCounts(f, e.women, e.men)},
        {ReportTr::tr("Staff"), staff},
        {ReportTr::tr("Supply-chain tier"), f.count(e.supplyChainTier)},
        {ReportTr::tr("Main buyers"), e.mainBuyers},
        {ReportTr::tr("Enrolled on"), f.date(e.enrolledOn)},
        {ReportTr::tr("Manager"), e.managerName},
        {ReportTr::tr("Counsellor"), e.counsellorName},
        {ReportTr::tr("Visits"), f.count(e.counts.visits)},
        {ReportTr::tr("Last visit"), f.date(e.counts.lastVisit)},
    });
}

void teamPart(ReportDocument& doc, const EnterpriseReportData& data)
{
    doc.heading(ReportTr::tr("Enterprise Improvement Team"), 2);
    const EitBalance& b = data.eit;
    if (b.members > 0)
        doc.paragraph(b.summary());
    if (data.eitGaps.isEmpty())
        doc.paragraph(b.temporary > 0 ? ReportTr::tr("The team is balanced: both sides, both genders and temporary staff are represented.")
                                      : ReportTr::tr("The team is balanced: both sides and both genders are represented."),
                      TextTone::Good);
    else
        doc.paragraph(data.eitGaps.join(u' '), TextTone::Bad);
    ReportTable table;
    table.columns = {{ReportTr::tr("Name"), 2.4, false},       {ReportTr::tr("Role in the EIT"), 1.3, false},
                     {ReportTr::tr("Side"), 1.3, false},       {ReportTr::tr("Gender"), 0.9, false},
                     {ReportTr::tr("Employment"), 1.1, false}, {ReportTr::tr("Job title"), 2.2, false}};
    for (const EitMemberRow& m : data.eitMembers)
        table.rows.push_back({m.name, valueLabel(u"eit_role", m.role), valueLabel(u"side", m.side), valueLabel(u"gender", m.gender),
                              valueLabel(u"employment", m.employment), m.jobTitle});
    doc.table(std::move(table));
}

void overviewPart(ReportDocument& doc, const EnterpriseReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Progress by module"), 2);
    ReportTable table;
    table.columns = {
        {ReportTr::tr("Module"), 2.6, false},    {ReportTr::tr("Visits"), 0.8, true},       {ReportTr::tr("First visit"), 1.3, true},
        {ReportTr::tr("Last visit"), 1.3, true}, {ReportTr::tr("First score"), 1.0, true},  {ReportTr::tr("Latest score"), 1.0, true},
        {ReportTr::tr("Change"), 0.9, true},     {ReportTr::tr("Open actions"), 0.9, true}, {ReportTr::tr("Done"), 0.8, true},
        {ReportTr::tr("Overdue"), 0.9, true},    {ReportTr::tr("Status"), 1.5, false}};
    for (const ModuleProgressRow& p : data.progress) {
        std::optional<double> change;
        if (p.firstScore && p.latestScore && p.assessments > 1)
            change = *p.latestScore - *p.firstScore;
        table.rows.push_back({QStringLiteral("%1 · %2").arg(p.moduleCode, moduleShortName(p.moduleCode)),
                              f.count(p.visits),
                              f.date(p.firstVisit),
                              f.date(p.lastVisit),
                              f.score(p.firstScore),
                              f.score(p.latestScore),
                              {f.change(change, 0), reportparts::changeTone(change)},
                              f.count(p.openActions),
                              f.count(p.doneActions),
                              {f.count(p.overdueActions), p.overdueActions > 0 ? TextTone::Bad : TextTone::Normal},
                              {moduleStatus(p), p.completed   ? TextTone::Good
                                                : p.started() ? TextTone::Normal
                                                              : TextTone::Muted}});
    }
    doc.table(std::move(table));

    std::vector<TrendLine> lines;
    for (const ModuleReportSection& m : data.modules) {
        TrendLine line{m.progress.moduleCode, {}};
        for (const ScorePoint& s : m.scores)
            if (s.overall && s.date.isValid())
                line.points.emplace_back(s.date, *s.overall);
        if (!line.points.empty())
            lines.push_back(std::move(line));
    }
    if (!lines.empty()) {
        const QLocale locale = f.locale();
        const QString title = ReportTr::tr("Checklist scores over time, by module");
        doc.chart([lines, locale, title] { return makeScoreTrendChart(title, lines, locale); }, 210);
    }
}

void modulePart(ReportDocument& doc, const ModuleReportSection& m, const EnterpriseReportData& data, const ReportFormatter& f)
{
    // A module starts where its visits, scores and first actions fit below the heading.
    doc.heading(ReportTr::tr("Module %1: %2").arg(m.progress.moduleCode, m.moduleName), 2, 230);
    QString summary = ReportTr::tr("%1 visits from %2 to %3; %4.")
                          .arg(f.count(static_cast<qint64>(m.visits.size())), f.date(m.progress.firstVisit), f.date(m.progress.lastVisit),
                               moduleStatus(m.progress).toLower());
    if (m.report) {
        summary += u' ' + ReportTr::tr("Progress report: %1").arg(valueLabel(u"status", m.report->status).toLower());
        if (!m.report->reviewerName.isEmpty())
            summary += u' ' + ReportTr::tr("(reviewed by %1)").arg(m.report->reviewerName);
        summary += u'.';
    }
    doc.paragraph(summary);

    if (!m.visits.empty()) {
        doc.heading(ReportTr::tr("Visits"), 3);
        ReportTable visits;
        visits.columns = {{ReportTr::tr("Date"), 1.2, true},
                          {ReportTr::tr("Type"), 1.8, false},
                          {ReportTr::tr("Counsellor"), 2.0, false},
                          {ReportTr::tr("Participants"), 2.4, false},
                          {ReportTr::tr("EIT met"), 0.8, false}};
        for (const VisitRow& v : m.visits)
            visits.rows.push_back({f.date(v.date), valueLabel(u"type", v.type), v.counsellorName,
                                   reportparts::genderCounts(f, v.participantsWomen, v.participantsMen),
                                   v.eitMet ? ReportTr::tr("Yes") : ReportTr::tr("No")});
        doc.table(std::move(visits));
    }

    if (!m.scores.empty()) {
        doc.heading(ReportTr::tr("Checklist scores"), 3);
        QStringList points;
        for (const ScorePoint& s : m.scores)
            points << ReportTr::tr("%1 on %2: %3").arg(valueLabel(u"kind", s.kind), f.date(s.date), f.score(s.overall));
        doc.paragraph(points.join(QStringLiteral(" · ")));
        if (m.scores.size() > 1) {
            ReportTable sections;
            sections.columns = {{ReportTr::tr("Section"), 4.6, false},
                                {ReportTr::tr("First"), 1.0, true},
                                {ReportTr::tr("Latest"), 1.0, true},
                                {ReportTr::tr("Change"), 1.0, true}};
            for (const SectionComparison& s : m.checklist.sections)
                sections.rows.push_back(
                    {s.title, f.score(s.before), f.score(s.after), {f.change(s.change(), 0), reportparts::changeTone(s.change())}});
            sections.rows.push_back({ReportTr::tr("Overall score (0–100)"),
                                     f.score(m.checklist.before),
                                     f.score(m.checklist.after),
                                     {f.change(m.checklist.change(), 0), reportparts::changeTone(m.checklist.change())}});
            sections.footerRows = 1;
            doc.table(std::move(sections));

            BeforeAfterChartData chart;
            chart.title = ReportTr::tr("%1: first and latest checklist, by section").arg(m.moduleName);
            chart.beforeLabel = ReportTr::tr("First (%1)").arg(f.date(m.scores.front().date));
            chart.afterLabel = ReportTr::tr("Latest (%1)").arg(f.date(m.scores.back().date));
            chart.valueTitle = ReportTr::tr("Score (0–100)");
            for (const SectionComparison& s : m.checklist.sections) {
                chart.categories << s.title;
                chart.before.push_back(s.before);
                chart.after.push_back(s.after);
            }
            const QLocale locale = f.locale();
            doc.chart([chart, locale] { return makeBeforeAfterChart(chart, locale); },
                      beforeAfterChartHeight(static_cast<int>(chart.categories.size())));
        }
    }

    doc.heading(ReportTr::tr("Improvement actions"), 3);
    int open = 0;
    for (const ActionRow& a : m.actions)
        open += a.isOpen() ? 1 : 0;
    doc.note(ReportTr::tr("%1 open (%2 overdue), %3 done, %4 dropped.")
                 .arg(f.count(open), f.count(m.progress.overdueActions), f.count(m.progress.doneActions), f.count(m.droppedActions)));
    ReportTable actions;
    actions.columns = {{ReportTr::tr("Action"), 4.0, false},
                       {ReportTr::tr("Owner"), 1.8, false},
                       {ReportTr::tr("Due date"), 1.2, true},
                       {ReportTr::tr("Status"), 1.4, false},
                       {ReportTr::tr("Completed on"), 1.2, true}};
    actions.emptyText = ReportTr::tr("No improvement actions in this module.");
    for (const ActionRow& a : m.actions) {
        const bool overdue = a.isOverdue(data.generatedOn);
        actions.rows.push_back(
            {a.title,
             a.ownerName.isEmpty() ? ReportFormatter::missing() : a.ownerName,
             {f.date(a.dueDate), overdue ? TextTone::Bad : TextTone::Normal},
             {overdue ? ReportTr::tr("%1, overdue").arg(valueLabel(u"status", a.status)) : valueLabel(u"status", a.status),
              overdue               ? TextTone::Bad
              : a.status == u"done" ? TextTone::Good
                                    : TextTone::Normal},
             a.completedOn.isValid() ? f.date(a.completedOn) : QString()});
    }
    doc.table(std::move(actions));
}

void kpiPart(ReportDocument& doc, const EnterpriseReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Key performance indicators"), 2);
    doc.note(ReportTr::tr("Baseline: the mean of the baseline readings. Improvement is against the baseline and positive when the KPI "
                          "moved in its direction of better; a zero baseline has no percentage."));
    doc.table(reportparts::kpiTable(data.kpis, f, true));

    QStringList labels;
    std::vector<double> improvements;
    for (const KpiTrend& t : data.kpis) {
        if (!t.improvement)
            continue;
        labels << t.kpi.name;
        improvements.push_back(*t.improvement);
    }
    const QLocale locale = f.locale();
    if (!labels.isEmpty()) {
        const QString title = ReportTr::tr("Improvement of each KPI against its baseline");
        doc.chart([title, labels, improvements, locale] { return makeImprovementChart(title, labels, improvements, locale); },
                  beforeAfterChartHeight(static_cast<int>(labels.size())) - 10);
    }

    std::vector<std::function<QChart*()>> row;
    bool headed = false;
    for (const KpiTrend& t : data.kpis) {
        if (t.points.size() < 2)
            continue;
        if (!headed) {
            doc.heading(ReportTr::tr("KPI trends"), 3);
            doc.note(ReportTr::tr("Monthly readings; the dashed red line is the baseline."));
            headed = true;
        }
        row.push_back([t, locale] { return makeKpiTrendChart(t, locale); });
        if (row.size() == 3) {
            doc.chartRow(std::move(row), 140);
            row.clear();
        }
    }
    if (!row.empty()) {
        while (row.size() < 3)
            row.push_back([] { return static_cast<QChart*>(nullptr); });
        doc.chartRow(std::move(row), 140);
    }
}

void totalsPart(ReportDocument& doc, const EnterpriseReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Improvement actions in total"), 2);
    const EnterpriseActionTotals& t = data.actions;
    const QString& currency = data.enterprise.currency;
    doc.facts({
        {ReportTr::tr("Actions agreed"), f.count(t.all)},
        {ReportTr::tr("Open"), f.count(t.open)},
        {ReportTr::tr("Done"), f.count(t.done)},
        {ReportTr::tr("Overdue"), f.count(t.overdue)},
        {ReportTr::tr("Dropped"), f.count(t.dropped)},
        {ReportTr::tr("Cost"), f.money(t.cost, currency)},
        {ReportTr::tr("Estimated savings per year"), f.money(t.estimatedSavings, currency)},
        {ReportTr::tr("Verified savings per year"), f.money(t.verifiedSavings, currency)},
    });
}

}  // namespace

ReportDocument enterpriseReportDocument(const EnterpriseReportData& data)
{
    const ReportFormatter f(reportLocale(data.enterprise.locale));
    ReportDocument doc;
    doc.locale = f.locale();
    doc.title = ReportTr::tr("Enterprise progress report");
    doc.subject = data.enterprise.name;
    doc.footerNote = reportparts::footerNote(f, data.generatedOn);

    profilePart(doc, data, f);
    teamPart(doc, data);
    overviewPart(doc, data, f);
    for (const ModuleReportSection& m : data.modules)
        modulePart(doc, m, data, f);
    kpiPart(doc, data, f);
    totalsPart(doc, data, f);
    return doc;
}

}  // namespace score
