#include "reportdata/EnterpriseReportData.h"

#include "domain/Labels.h"
#include "reportdata/ReportKpis.h"
#include "storage/ContentQueries.h"
#include "storage/DomainQueries.h"

#include <QCoreApplication>

#include <algorithm>

namespace score {

namespace {
struct EnterpriseReportDataTr {
    Q_DECLARE_TR_FUNCTIONS(score::EnterpriseReportData)
};

bool isCurrentMember(const EitMemberRow& m, const QDate& today) { return !m.leftOn.isValid() || m.leftOn > today; }
}  // namespace

Result<EnterpriseReportData> buildEnterpriseReportData(Workspace& ws, const QString& enterpriseId, const QDate& today)
{
    DomainQueries q(ws);
    EnterpriseReportData data;
    data.generatedOn = today;

    auto enterprise = q.enterprise(enterpriseId, today);
    if (!enterprise) {
        if (enterprise.error().kind == Error::Kind::NotFound)
            return Error::notFound(
                EnterpriseReportDataTr::tr("There is no enterprise with the id %1 in this workspace.").arg(enterpriseId));
        return enterprise.error();
    }
    data.enterprise = std::move(*enterprise);

    auto members = q.eitMembers(enterpriseId);
    if (!members)
        return members.error();
    std::vector<EitMemberFacts> facts;
    for (EitMemberRow& m : *members) {
        if (!isCurrentMember(m, today))
            continue;
        facts.push_back({m.side, m.gender, m.employment, true});
        data.eitMembers.push_back(std::move(m));
    }
    data.eit = eitBalance(facts);
    data.eitGaps = data.eit.gaps({data.enterprise.womenShare(), data.enterprise.temporaryStaff});

    auto progress = moduleProgress(ws, enterpriseId, today);
    if (!progress)
        return progress.error();
    data.progress = std::move(*progress);

    auto templates = loadTemplates(ws);
    if (!templates)
        return templates.error();
    auto visits = q.visits(enterpriseId);  // newest first
    if (!visits)
        return visits.error();
    std::reverse(visits->begin(), visits->end());
    auto assessments = q.assessments(enterpriseId);  // oldest first
    if (!assessments)
        return assessments.error();
    auto actions = q.actions(enterpriseId);  // by due date
    if (!actions)
        return actions.error();
    auto reports = q.moduleReports(enterpriseId);
    if (!reports)
        return reports.error();

    for (const ModuleProgressRow& p : data.progress) {
        ModuleReportSection section;
        section.progress = p;
        section.moduleName = moduleShortName(p.moduleCode);
        for (const VisitRow& v : *visits)
            if (v.moduleCode == p.moduleCode)
                section.visits.push_back(v);
        std::optional<AssessmentScore> first;
        std::optional<AssessmentScore> latest;
        for (const AssessmentRow& a : *assessments) {
            if (a.moduleCode != p.moduleCode)
                continue;
            auto scored = scoreStoredAssessment(q, *templates, a);
            if (!scored)
                return scored.error();
            section.scores.push_back({a.date, a.kind, scored->overall});
            if (!first)
                first = *scored;
            latest = std::move(*scored);
        }
        if (latest)
            section.checklist = compareChecklists(*latest, section.scores.size() > 1 ? &*first : nullptr);
        for (const ActionRow& a : *actions) {
            if (a.moduleCode != p.moduleCode)
                continue;
            if (a.status == u"dropped")
                ++section.droppedActions;
            else
                section.actions.push_back(a);
        }
        std::stable_partition(section.actions.begin(), section.actions.end(), [](const ActionRow& a) { return a.isOpen(); });
        for (const ModuleReportRow& r : *reports)
            if (r.moduleCode == p.moduleCode)
                section.report = r;
        if (p.started() || !section.actions.empty())
            data.modules.push_back(std::move(section));
    }

    for (const ActionRow& a : *actions) {
        ++data.actions.all;
        if (a.status == u"done")
            ++data.actions.done;
        else if (a.status == u"dropped")
            ++data.actions.dropped;
        else
            ++data.actions.open;
        if (a.isOverdue(today))
            ++data.actions.overdue;
        data.actions.cost += a.cost.value_or(0);
        data.actions.estimatedSavings += a.estimatedSavings.value_or(0);
        data.actions.verifiedSavings += a.verifiedSavings.value_or(0);
    }

    auto kpis = loadKpis(ws);
    if (!kpis)
        return kpis.error();
    auto readings = q.kpiReadings(enterpriseId);
    if (!readings)
        return readings.error();
    data.kpis = reportKpiTrends(*kpis, *readings);
    return data;
}

}  // namespace score
