#include "reportdata/VisitReportData.h"

#include "domain/Labels.h"
#include "reportdata/ReportKpis.h"
#include "storage/ContentQueries.h"

#include <QCoreApplication>

namespace score {

namespace {
struct VisitReportDataTr {
    Q_DECLARE_TR_FUNCTIONS(score::VisitReportData)
};
}  // namespace

Result<VisitReportData> buildVisitReportData(Workspace& ws, const QString& visitId, const QDate& today)
{
    DomainQueries q(ws);
    VisitReportData data;
    data.generatedOn = today;

    auto visit = q.visit(visitId);
    if (!visit) {
        if (visit.error().kind == Error::Kind::NotFound)
            return Error::notFound(VisitReportDataTr::tr("There is no visit with the id %1 in this workspace.").arg(visitId));
        return visit.error();
    }
    data.visit = std::move(*visit);
    if (!data.visit.moduleCode.isEmpty())
        data.moduleName = moduleShortName(data.visit.moduleCode);

    auto enterprise = q.enterprise(data.visit.enterpriseId, today);
    if (!enterprise)
        return enterprise.error();
    data.enterprise = std::move(*enterprise);

    // The checklist of the visit: the one of the visit's module, else the last one taken.
    auto assessments = q.visitAssessments(visitId);
    if (!assessments)
        return assessments.error();
    for (const AssessmentRow& a : *assessments)
        if (!data.assessment || a.moduleCode == data.visit.moduleCode)
            data.assessment = a;
    data.assessedDuringVisit = data.assessment.has_value();
    if (!data.assessment && !data.visit.moduleCode.isEmpty()) {
        auto earlier = q.assessments(data.enterprise.id, data.visit.moduleCode);  // oldest first
        if (!earlier)
            return earlier.error();
        for (const AssessmentRow& a : *earlier)
            if (a.date.isValid() && a.date <= data.visit.date)
                data.assessment = a;
    }
    if (data.assessment) {
        auto templates = loadTemplates(ws);
        if (!templates)
            return templates.error();
        for (const TemplateInfo& t : *templates)
            if (t.id == data.assessment->templateId)
                data.checklistTitle = t.title;
        auto current = scoreStoredAssessment(q, *templates, *data.assessment);
        if (!current)
            return current.error();
        auto previous = q.previousAssessment(*data.assessment);
        if (!previous)
            return previous.error();
        data.previousAssessment = *previous;
        if (data.previousAssessment) {
            auto before = scoreStoredAssessment(q, *templates, *data.previousAssessment);
            if (!before)
                return before.error();
            data.checklist = compareChecklists(*current, &*before);
        } else {
            data.checklist = compareChecklists(*current, nullptr);
        }
    }

    auto findings = q.findings(visitId);
    if (!findings)
        return findings.error();
    for (FindingRow& f : *findings) {
        auto photos = loadReportPhotos(ws, QStringLiteral("finding"), f.id);
        if (!photos)
            return photos.error();
        data.findings.push_back({std::move(f), std::move(*photos)});
    }

    auto actions = q.visitActions(visitId);
    if (!actions)
        return actions.error();
    data.actions = std::move(*actions);

    auto kpis = loadKpis(ws);
    if (!kpis)
        return kpis.error();
    auto readings = q.kpiReadings(data.enterprise.id);
    if (!readings)
        return readings.error();
    const QString month = data.visit.date.isValid() ? data.visit.date.toString(QStringLiteral("yyyy-MM")) : QString();
    data.kpis = reportKpiTrends(*kpis, *readings, data.visit.moduleCode, month);
    return data;
}

}  // namespace score
