#include "reports/ReportDocuments.h"

#include "domain/Labels.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocumentParts.h"
#include "reports/ReportFormatter.h"

namespace score {

using reportparts::ReportTr;

namespace {

void checklistPart(ReportDocument& doc, const VisitReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Checklist"), 2);
    if (!data.assessment) {
        doc.paragraph(ReportTr::tr("No checklist of this module has been assessed yet."), TextTone::Muted);
        return;
    }
    const AssessmentRow& a = *data.assessment;
    if (!data.assessedDuringVisit)
        doc.note(ReportTr::tr("No checklist was taken during this visit; this is the module's latest assessment before it."));
    QString intro = ReportTr::tr("%1 (version %2), assessed on %3: %4 of %5 items answered.")
                        .arg(data.checklistTitle)
                        .arg(a.templateVersion)
                        .arg(f.date(a.date), f.count(data.checklist.answered), f.count(data.checklist.items));
    if (data.previousAssessment)
        intro += u' '
                 + ReportTr::tr("Compared with the previous assessment of %1 (%2).")
                       .arg(f.date(data.previousAssessment->date), valueLabel(u"kind", data.previousAssessment->kind).toLower());
    else
        intro += u' ' + ReportTr::tr("This is the first assessment of the module: there is nothing to compare with yet.");
    doc.paragraph(intro);

    ReportTable table;
    table.columns = {{ReportTr::tr("Section"), 4.6, false},
                     {ReportTr::tr("Answered"), 1.1, true},
                     {ReportTr::tr("Previous"), 1.1, true},
                     {data.assessedDuringVisit ? ReportTr::tr("This visit") : ReportTr::tr("Latest"), 1.1, true},
                     {ReportTr::tr("Change"), 1.1, true}};
    for (const SectionComparison& s : data.checklist.sections) {
        table.rows.push_back({s.title,
                              ReportTr::tr("%1 of %2").arg(s.answered).arg(s.items),
                              f.score(s.before),
                              f.score(s.after),
                              {f.change(s.change(), 0), reportparts::changeTone(s.change())}});
    }
    table.rows.push_back({ReportTr::tr("Overall score (0–100)"),
                          ReportTr::tr("%1 of %2").arg(data.checklist.answered).arg(data.checklist.items),
                          f.score(data.checklist.before),
                          f.score(data.checklist.after),
                          {f.change(data.checklist.change(), 0), reportparts::changeTone(data.checklist.change())}});
    table.footerRows = 1;
    doc.table(std::move(table));

    if (data.previousAssessment && !data.checklist.sections.empty()) {
        BeforeAfterChartData chart;
        chart.title = ReportTr::tr("Section scores against the previous assessment");
        chart.beforeLabel = ReportTr::tr("Previous (%1)").arg(f.date(data.previousAssessment->date));
        chart.afterLabel = data.assessedDuringVisit ? ReportTr::tr("This visit (%1)").arg(f.date(a.date))
                                                    : ReportTr::tr("Latest (%1)").arg(f.date(a.date));
        chart.valueTitle = ReportTr::tr("Score (0–100)");
        for (const SectionComparison& s : data.checklist.sections) {
            chart.categories << s.title;
            chart.before.push_back(s.before);
            chart.after.push_back(s.after);
        }
        const QLocale locale = f.locale();
        const double height = beforeAfterChartHeight(static_cast<int>(chart.categories.size()));
        doc.chart([chart, locale] { return makeBeforeAfterChart(chart, locale); }, height);
    }
}

void findingsPart(ReportDocument& doc, const VisitReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Findings"), 2);
    if (data.findings.empty()) {
        doc.paragraph(ReportTr::tr("No findings were recorded during this visit."), TextTone::Muted);
        return;
    }
    int n = 0;
    for (const VisitFinding& vf : data.findings) {
        const FindingRow& finding = vf.finding;
        // Keep a finding's first lines with its photos where they fit together.
        doc.heading(ReportTr::tr("%1. %2").arg(++n).arg(finding.title), 3, vf.photos.empty() ? 48 : 190);
        QStringList facts;
        facts << ReportTr::tr("Severity: %1").arg(valueLabel(u"severity", finding.severity));
        if (!finding.area.isEmpty())
            facts << ReportTr::tr("Area: %1").arg(finding.area);
        if (!finding.itemKey.isEmpty())
            facts << ReportTr::tr("Checklist item %1").arg(finding.itemKey);
        doc.note(facts.join(QStringLiteral(" · ")));
        if (!finding.description.isEmpty())
            doc.paragraph(finding.description);
        std::vector<ReportImage> photos;
        for (const ReportPhoto& p : vf.photos) {
            QImage image;
            if (!p.content.isEmpty())
                image.loadFromData(p.content);
            QString caption = p.caption.isEmpty() ? p.fileName : p.caption;
            if (p.takenOn.isValid())
                caption = ReportTr::tr("%1 (%2)").arg(caption, f.date(p.takenOn));
            photos.push_back({image, caption});
        }
        if (!photos.empty())
            doc.photos(std::move(photos), 3);
    }
}

void actionsPart(ReportDocument& doc, const VisitReportData& data, const ReportFormatter& f)
{
    doc.heading(ReportTr::tr("Actions agreed"), 2);
    ReportTable table;
    table.columns = {{ReportTr::tr("Action"), 4.4, false},
                     {ReportTr::tr("Owner"), 1.8, false},
                     {ReportTr::tr("Due date"), 1.2, true},
                     {ReportTr::tr("Priority"), 1.0, false},
                     {ReportTr::tr("Status"), 1.2, false}};
    table.emptyText = ReportTr::tr("No actions were agreed during this visit.");
    for (const ActionRow& a : data.actions) {
        const bool overdue = a.isOverdue(data.generatedOn);
        table.rows.push_back({a.title,
                              a.ownerName.isEmpty() ? ReportFormatter::missing() : a.ownerName,
                              {f.date(a.dueDate), overdue ? TextTone::Bad : TextTone::Normal},
                              valueLabel(u"priority", a.priority),
                              {overdue ? ReportTr::tr("%1, overdue").arg(valueLabel(u"status", a.status)) : valueLabel(u"status", a.status),
                               overdue               ? TextTone::Bad
                               : a.status == u"done" ? TextTone::Good
                                                     : TextTone::Normal}});
    }
    doc.table(std::move(table));
}

}  // namespace

ReportDocument visitReportDocument(const VisitReportData& data)
{
    const ReportFormatter f(reportLocale(data.enterprise.locale));
    const VisitRow& v = data.visit;
    ReportDocument doc;
    doc.locale = f.locale();
    doc.title = ReportTr::tr("Visit report");
    doc.subject = QStringLiteral("%1 · %2").arg(data.enterprise.name, f.date(v.date));
    doc.footerNote = reportparts::footerNote(f, data.generatedOn);

    doc.heading(data.enterprise.name, 1);
    QStringList line;
    line << valueLabel(u"type", v.type);
    if (!data.moduleName.isEmpty())
        line << ReportTr::tr("Module %1: %2").arg(v.moduleCode, data.moduleName);
    line << f.date(v.date);
    doc.paragraph(line.join(QStringLiteral(" · ")), TextTone::Strong);

    QString managers = ReportFormatter::missing();
    if (v.managersPresent || v.workersPresent)
        managers = ReportTr::tr("managers: %1, workers: %2").arg(f.count(v.managersPresent), f.count(v.workersPresent));
    doc.facts({
        {ReportTr::tr("Enterprise"), data.enterprise.name},
        {ReportTr::tr("Date"), f.date(v.date)},
        {ReportTr::tr("Module"), data.moduleName.isEmpty() ? ReportFormatter::missing() : data.moduleName},
        {ReportTr::tr("Type of visit"), valueLabel(u"type", v.type)},
        {ReportTr::tr("Counsellor"), v.counsellorName},
        {ReportTr::tr("Duration"),
         v.durationHours ? ReportTr::tr("%1 hours").arg(f.number(*v.durationHours, 1)) : ReportFormatter::missing()},
        {ReportTr::tr("Participants"), reportparts::genderCounts(f, v.participantsWomen, v.participantsMen)},
        {ReportTr::tr("Present"), managers},
        {ReportTr::tr("EIT met"), v.eitMet ? ReportTr::tr("Yes") : ReportTr::tr("No")},
        {ReportTr::tr("Projects reviewed"), f.count(v.projectsReviewed)},
        {ReportTr::tr("City"), data.enterprise.city},
        {ReportTr::tr("Next visit"), f.date(v.nextVisitDate)},
    });

    if (!v.observations.isEmpty()) {
        doc.heading(ReportTr::tr("Observations"), 2);
        doc.paragraph(v.observations);
    }
    checklistPart(doc, data, f);
    findingsPart(doc, data, f);
    actionsPart(doc, data, f);

    doc.heading(ReportTr::tr("KPI snapshot"), 2);
    if (v.date.isValid())
        doc.note(ReportTr::tr("The KPIs of the module as they stood in %1; improvement is against the baseline, positive when better.")
                     .arg(f.month(v.date.toString(QStringLiteral("yyyy-MM")))));
    doc.table(reportparts::kpiTable(data.kpis, f, v.moduleCode.isEmpty()));

    doc.heading(ReportTr::tr("Signatures"), 2);
    const QString manager = v.managerSignedBy.isEmpty() ? data.enterprise.managerName : v.managerSignedBy;
    doc.signatures(
        {{ReportTr::tr("Counsellor"), v.counsellorName, v.counsellorSignedOn.isValid() ? f.date(v.counsellorSignedOn) : QString()},
         {ReportTr::tr("Enterprise manager"), manager, v.managerSignedOn.isValid() ? f.date(v.managerSignedOn) : QString()}});
    return doc;
}

}  // namespace score
