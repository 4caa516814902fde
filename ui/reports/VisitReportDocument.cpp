#include "reports/ReportDocuments.h"

#include "domain/Labels.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocumentParts.h"
#include "reports/ReportFormatter.h"

namespace score {

using reportparts::Tr;

namespace {

void checklistPart(ReportDocument& doc, const VisitReportData& data, const ReportFormatter& f)
{
    doc.heading(Tr::tr("Checklist"), 2);
    if (!data.assessment) {
        doc.paragraph(Tr::tr("No checklist of this module has been assessed yet."), TextTone::Muted);
        return;
    }
    const AssessmentRow& a = *data.assessment;
    if (!data.assessedDuringVisit)
        doc.note(Tr::tr("No checklist was taken during this visit; this is the module's latest assessment before it."));
    QString intro = Tr::tr("%1 (version %2), assessed on %3: %4 of %5 items answered.")
                        .arg(data.checklistTitle)
                        .arg(a.templateVersion)
                        .arg(f.date(a.date), f.count(data.checklist.answered), f.count(data.checklist.items));
    if (data.previousAssessment)
        intro += u' ' + Tr::tr("Compared with the previous assessment of %1 (%2).")
                            .arg(f.date(data.previousAssessment->date), valueLabel(u"kind", data.previousAssessment->kind).toLower());
    else
        intro += u' ' + Tr::tr("This is the first assessment of the module: there is nothing to compare with yet.");
    doc.paragraph(intro);

    ReportTable table;
    table.columns = {{Tr::tr("Section"), 4.6, false},
                     {Tr::tr("Answered"), 1.1, true},
                     {Tr::tr("Previous"), 1.1, true},
                     {data.assessedDuringVisit ? Tr::tr("This visit") : Tr::tr("Latest"), 1.1, true},
                     {Tr::tr("Change"), 1.1, true}};
    for (const SectionComparison& s : data.checklist.sections) {
        table.rows.push_back({s.title, Tr::tr("%1 of %2").arg(s.answered).arg(s.items), f.score(s.before), f.score(s.after),
                              {f.change(s.change(), 0), reportparts::changeTone(s.change())}});
    }
    table.rows.push_back({Tr::tr("Overall score (0–100)"), Tr::tr("%1 of %2").arg(data.checklist.answered).arg(data.checklist.items),
                          f.score(data.checklist.before), f.score(data.checklist.after),
                          {f.change(data.checklist.change(), 0), reportparts::changeTone(data.checklist.change())}});
    table.footerRows = 1;
    doc.table(std::move(table));

    if (data.previousAssessment && !data.checklist.sections.empty()) {
        BeforeAfterChartData chart;
        chart.title = Tr::tr("Section scores against the previous assessment");
        chart.beforeLabel = Tr::tr("Previous (%1)").arg(f.date(data.previousAssessment->date));
        chart.afterLabel = data.assessedDuringVisit ? Tr::tr("This visit (%1)").arg(f.date(a.date)) : Tr::tr("Latest (%1)").arg(f.date(a.date));
        chart.valueTitle = Tr::tr("Score (0–100)");
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
    doc.heading(Tr::tr("Findings"), 2);
    if (data.findings.empty()) {
        doc.paragraph(Tr::tr("No findings were recorded during this visit."), TextTone::Muted);
        return;
    }
    int n = 0;
    for (const VisitFinding& vf : data.findings) {
        const FindingRow& finding = vf.finding;
        // Keep a finding's first lines with its photos where they fit together.
        doc.heading(Tr::tr("%1. %2").arg(++n).arg(finding.title), 3, vf.photos.empty() ? 48 : 190);
        QStringList facts;
        facts << Tr::tr("Severity: %1").arg(valueLabel(u"severity", finding.severity));
        if (!finding.area.isEmpty())
            facts << Tr::tr("Area: %1").arg(finding.area);
        if (!finding.itemKey.isEmpty())
            facts << Tr::tr("Checklist item %1").arg(finding.itemKey);
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
                caption = Tr::tr("%1 (%2)").arg(caption, f.date(p.takenOn));
            photos.push_back({image, caption});
        }
        if (!photos.empty())
            doc.photos(std::move(photos), 3);
    }
}

void actionsPart(ReportDocument& doc, const VisitReportData& data, const ReportFormatter& f)
{
    doc.heading(Tr::tr("Actions agreed"), 2);
    ReportTable table;
    table.columns = {{Tr::tr("Action"), 4.4, false},
                     {Tr::tr("Owner"), 1.8, false},
                     {Tr::tr("Due date"), 1.2, true},
                     {Tr::tr("Priority"), 1.0, false},
                     {Tr::tr("Status"), 1.2, false}};
    table.emptyText = Tr::tr("No actions were agreed during this visit.");
    for (const ActionRow& a : data.actions) {
        const bool overdue = a.isOverdue(data.generatedOn);
        table.rows.push_back({a.title, a.ownerName.isEmpty() ? ReportFormatter::missing() : a.ownerName,
                              {f.date(a.dueDate), overdue ? TextTone::Bad : TextTone::Normal},
                              valueLabel(u"priority", a.priority),
                              {overdue ? Tr::tr("%1, overdue").arg(valueLabel(u"status", a.status)) : valueLabel(u"status", a.status),
                               overdue ? TextTone::Bad : a.status == u"done" ? TextTone::Good : TextTone::Normal}});
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
    doc.title = Tr::tr("Visit report");
    doc.subject = QStringLiteral("%1 · %2").arg(data.enterprise.name, f.date(v.date));
    doc.footerNote = reportparts::footerNote(f, data.generatedOn);

    doc.heading(data.enterprise.name, 1);
    QStringList line;
    line << valueLabel(u"type", v.type);
    if (!data.moduleName.isEmpty())
        line << Tr::tr("Module %1: %2").arg(v.moduleCode, data.moduleName);
    line << f.date(v.date);
    doc.paragraph(line.join(QStringLiteral(" · ")), TextTone::Strong);

    QString managers = ReportFormatter::missing();
    if (v.managersPresent || v.workersPresent)
        managers = Tr::tr("managers: %1, workers: %2").arg(f.count(v.managersPresent), f.count(v.workersPresent));
    doc.facts({
        {Tr::tr("Enterprise"), data.enterprise.name},
        {Tr::tr("Date"), f.date(v.date)},
        {Tr::tr("Module"), data.moduleName.isEmpty() ? ReportFormatter::missing() : data.moduleName},
        {Tr::tr("Type of visit"), valueLabel(u"type", v.type)},
        {Tr::tr("Counsellor"), v.counsellorName},
        {Tr::tr("Duration"), v.durationHours ? Tr::tr("%1 hours").arg(f.number(*v.durationHours, 1)) : ReportFormatter::missing()},
        {Tr::tr("Participants"), reportparts::genderCounts(f, v.participantsWomen, v.participantsMen)},
        {Tr::tr("Present"), managers},
        {Tr::tr("EIT met"), v.eitMet ? Tr::tr("Yes") : Tr::tr("No")},
        {Tr::tr("Projects reviewed"), f.count(v.projectsReviewed)},
        {Tr::tr("City"), data.enterprise.city},
        {Tr::tr("Next visit"), f.date(v.nextVisitDate)},
    });

    if (!v.observations.isEmpty()) {
        doc.heading(Tr::tr("Observations"), 2);
        doc.paragraph(v.observations);
    }
    checklistPart(doc, data, f);
    findingsPart(doc, data, f);
    actionsPart(doc, data, f);

    doc.heading(Tr::tr("KPI snapshot"), 2);
    if (v.date.isValid())
        doc.note(Tr::tr("The KPIs of the module as they stood in %1; improvement is against the baseline, positive when better.")
                     .arg(f.month(v.date.toString(QStringLiteral("yyyy-MM")))));
    doc.table(reportparts::kpiTable(data.kpis, f, v.moduleCode.isEmpty()));

    doc.heading(Tr::tr("Signatures"), 2);
    const QString manager = v.managerSignedBy.isEmpty() ? data.enterprise.managerName : v.managerSignedBy;
    doc.signatures({{Tr::tr("Counsellor"), v.counsellorName, v.counsellorSignedOn.isValid() ? f.date(v.counsellorSignedOn) : QString()},
                    {Tr::tr("Enterprise manager"), manager, v.managerSignedOn.isValid() ? f.date(v.managerSignedOn) : QString()}});
    return doc;
}

}  // namespace score
