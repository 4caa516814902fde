#include "reportdata/CohortReportData.h"

#include "domain/Labels.h"
#include "reportdata/ReportKpis.h"
#include "reportdata/ReportStatistics.h"
#include "storage/DomainQueries.h"

#include <QCoreApplication>
#include <QHash>

namespace score {

namespace {
struct CohortReportDataTr {
    Q_DECLARE_TR_FUNCTIONS(score::CohortReportData)
};

std::optional<double> asDouble(std::optional<qint64> v) { return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt; }

// Everything about one enterprise that the cohort report needs.
Status fillLine(Workspace& ws, DomainQueries& q, const std::vector<KpiInfo>& catalogue, const QDate& today, CohortEnterpriseLine& line,
                std::vector<ActionRow>& cohortActions)
{
    const QString& id = line.enterprise.id;
    auto progress = moduleProgress(ws, id, today);
    if (!progress)
        return progress.error();
    line.modules = std::move(*progress);
    std::vector<double> firsts;
    std::vector<double> latests;
    for (const ModuleProgressRow& m : line.modules) {
        line.modulesStarted += m.started() ? 1 : 0;
        line.modulesCompleted += m.completed ? 1 : 0;
        if (m.firstScore && m.latestScore) {
            firsts.push_back(*m.firstScore);
            latests.push_back(*m.latestScore);
        }
    }
    line.firstScore = mean(firsts);
    line.latestScore = mean(latests);

    auto actions = q.actions(id);
    if (!actions)
        return actions.error();
    for (const ActionRow& a : *actions) {
        ++line.actionsOpened;
        if (a.status == u"done")
            ++line.actionsClosed;
        else if (a.status == u"dropped")
            ++line.actionsDropped;
        else
            ++line.actionsOpen;
        if (a.isOverdue(today))
            ++line.actionsOverdue;
        line.cost += a.cost.value_or(0);
        line.estimatedSavings += a.estimatedSavings.value_or(0);
        line.verifiedSavings += a.verifiedSavings.value_or(0);
        cohortActions.push_back(a);
    }

    auto readings = q.kpiReadings(id);
    if (!readings)
        return readings.error();
    line.kpis = reportKpiTrends(catalogue, *readings);
    std::vector<double> improvements;
    for (const KpiTrend& t : line.kpis) {
        if (!t.improvement)
            continue;
        ++line.kpisMeasured;
        line.kpisImproved += t.improved() ? 1 : 0;
        improvements.push_back(*t.improvement);
    }
    line.medianKpiImprovement = median(improvements);

    auto visits = q.visits(id);
    if (!visits)
        return visits.error();
    for (const VisitRow& v : *visits) {
        if (v.type == u"classroom") {
            ++line.classroomSessions;
            line.participation.classroomWomen += v.participantsWomen.value_or(0);
            line.participation.classroomMen += v.participantsMen.value_or(0);
        } else {
            ++line.visits;
            line.participation.visitWomen += v.participantsWomen.value_or(0);
            line.participation.visitMen += v.participantsMen.value_or(0);
        }
    }
    auto members = q.eitMembers(id);
    if (!members)
        return members.error();
    for (const EitMemberRow& m : *members) {
        if (m.leftOn.isValid() && m.leftOn <= today)
            continue;
        line.participation.eitWomen += m.gender == u"female" ? 1 : 0;
        line.participation.eitMen += m.gender == u"male" ? 1 : 0;
    }
    return {};
}

void addUp(CohortReportData& data)
{
    CohortTotals& t = data.totals;
    t.enterprises = static_cast<int>(data.enterprises.size());
    for (const CohortEnterpriseLine& l : data.enterprises) {
        t.modulesStarted += l.modulesStarted;
        t.modulesCompleted += l.modulesCompleted;
        t.actionsOpened += l.actionsOpened;
        t.actionsClosed += l.actionsClosed;
        t.actionsDropped += l.actionsDropped;
        t.actionsOpen += l.actionsOpen;
        t.actionsOverdue += l.actionsOverdue;
        t.kpisMeasured += l.kpisMeasured;
        t.kpisImproved += l.kpisImproved;
        t.verifiedSavings += l.verifiedSavings;
        t.estimatedSavings += l.estimatedSavings;
        t.cost += l.cost;
        t.employees += l.enterprise.employees.value_or(0);
        t.workforceWomen += l.enterprise.women.value_or(0);
        t.workforceMen += l.enterprise.men.value_or(0);
        t.visits += l.visits;
        t.classroomSessions += l.classroomSessions;
        t.participation.classroomWomen += l.participation.classroomWomen;
        t.participation.classroomMen += l.participation.classroomMen;
        t.participation.visitWomen += l.participation.visitWomen;
        t.participation.visitMen += l.participation.visitMen;
        t.participation.eitWomen += l.participation.eitWomen;
        t.participation.eitMen += l.participation.eitMen;
    }

    const auto& lines = data.enterprises;
    const auto medianOf = [&](auto get) { return median(knownValues(lines, get)); };
    using L = CohortEnterpriseLine;
    CohortMedians& m = data.medians;
    m.employees = medianOf([](const L& l) { return asDouble(l.enterprise.employees); });
    m.modulesStarted = medianOf([](const L& l) { return std::optional<double>(l.modulesStarted); });
    m.modulesCompleted = medianOf([](const L& l) { return std::optional<double>(l.modulesCompleted); });
    m.firstScore = medianOf([](const L& l) { return l.firstScore; });
    m.latestScore = medianOf([](const L& l) { return l.latestScore; });
    m.scoreChange = medianOf([](const L& l) { return l.scoreChange(); });
    m.actionsOpened = medianOf([](const L& l) { return std::optional<double>(l.actionsOpened); });
    m.actionsClosed = medianOf([](const L& l) { return std::optional<double>(l.actionsClosed); });
    m.actionsOverdue = medianOf([](const L& l) { return std::optional<double>(l.actionsOverdue); });
    m.kpisImproved = medianOf([](const L& l) { return std::optional<double>(l.kpisImproved); });
    m.kpisMeasured = medianOf([](const L& l) { return std::optional<double>(l.kpisMeasured); });
    m.kpiImprovement = medianOf([](const L& l) { return l.medianKpiImprovement; });
    m.verifiedSavings = medianOf([](const L& l) { return std::optional<double>(l.verifiedSavings); });
    m.participantsWomen = medianOf([](const L& l) { return std::optional<double>(static_cast<double>(l.participation.women())); });
    m.participantsMen = medianOf([](const L& l) { return std::optional<double>(static_cast<double>(l.participation.men())); });

    for (const ModuleInfo& module : data.modules) {
        CohortModuleSummary s;
        s.moduleCode = module.code;
        s.moduleName = moduleShortName(module.code);
        std::vector<double> firsts;
        std::vector<double> latests;
        for (const CohortEnterpriseLine& l : lines) {
            for (const ModuleProgressRow& p : l.modules) {
                if (p.moduleCode != module.code)
                    continue;
                s.started += p.started() ? 1 : 0;
                s.completed += p.completed ? 1 : 0;
                if (p.firstScore)
                    firsts.push_back(*p.firstScore);
                if (p.latestScore)
                    latests.push_back(*p.latestScore);
                s.openActions += p.openActions;
                s.doneActions += p.doneActions;
                s.overdueActions += p.overdueActions;
            }
        }
        s.medianFirstScore = median(firsts);
        s.medianLatestScore = median(latests);
        data.moduleSummaries.push_back(std::move(s));
    }
}

void summariseKpis(CohortReportData& data, const std::vector<KpiInfo>& catalogue)
{
    for (const KpiInfo& kpi : catalogue) {
        CohortKpiSummary s;
        s.kpi = kpi;
        std::vector<double> baselines;
        std::vector<double> latests;
        std::vector<double> improvements;
        for (const CohortEnterpriseLine& l : data.enterprises) {
            for (const KpiTrend& t : l.kpis) {
                if (t.kpi.id != kpi.id)
                    continue;
                if (t.baseline)
                    baselines.push_back(*t.baseline);
                if (t.latest)
                    latests.push_back(*t.latest);
                if (t.improvement) {
                    ++s.enterprises;
                    s.improved += t.improved() ? 1 : 0;
                    improvements.push_back(*t.improvement);
                }
            }
        }
        if (baselines.empty() && latests.empty())
            continue;
        s.medianBaseline = median(baselines);
        s.medianLatest = median(latests);
        s.medianImprovement = median(improvements);
        data.kpiSummaries.push_back(std::move(s));
    }
}
}  // namespace

std::optional<double> Participation::womenShare() const
{
    const qint64 all = women() + men();
    if (all <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(women()) / static_cast<double>(all);
}

Result<CohortReportData> buildCohortReportData(Workspace& ws, const QString& cohortId, const QDate& today)
{
    DomainQueries q(ws);
    CohortReportData data;
    data.generatedOn = today;

    auto cohorts = q.cohorts();
    if (!cohorts)
        return cohorts.error();
    const auto it = std::find_if(cohorts->begin(), cohorts->end(), [&](const CohortRow& c) { return c.id == cohortId; });
    if (it == cohorts->end())
        return Error::notFound(CohortReportDataTr::tr("There is no cohort with the id %1 in this workspace.").arg(cohortId));
    data.cohort = *it;

    auto modules = loadModules(ws);
    if (!modules)
        return modules.error();
    data.modules = std::move(*modules);
    auto catalogue = loadKpis(ws);
    if (!catalogue)
        return catalogue.error();

    auto enterprises = q.enterprises(cohortId, today);
    if (!enterprises)
        return enterprises.error();
    for (EnterpriseRow& e : *enterprises) {
        if (data.locale.isEmpty())
            data.locale = e.locale;
        if (data.currency.isEmpty())
            data.currency = e.currency;
        CohortEnterpriseLine line;
        line.enterprise = std::move(e);
        SCORE_TRY(fillLine(ws, q, *catalogue, today, line, data.actions));
        data.enterprises.push_back(std::move(line));
    }
    addUp(data);
    summariseKpis(data, *catalogue);
    return data;
}

}  // namespace score
