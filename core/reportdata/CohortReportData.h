#pragma once
// What the cohort report shows trainers: one line per enterprise (module completion, checklist
// scores, improvement actions opened, closed and overdue, KPI improvements, savings, who took
// part), cohort totals and medians, a summary per module and per KPI, participation by gender,
// and every action of the cohort for the spreadsheet. Totals and medians are computed here so
// that the PDF, the XLSX and the CSV say the same thing.

#include "metrics/KpiMetrics.h"
#include "reportdata/ModuleProgress.h"
#include "storage/ContentQueries.h"
#include "storage/DomainRows.h"

#include <optional>
#include <vector>

namespace score {

// Who took part, by gender. Classroom sessions and factory visits are counted apart because
// SCORE reports them apart (two managers and two workers per enterprise go to the classroom).
struct Participation {
    qint64 classroomWomen = 0;
    qint64 classroomMen = 0;
    qint64 visitWomen = 0;
    qint64 visitMen = 0;
    int eitWomen = 0;
    int eitMen = 0;
    qint64 women() const { return classroomWomen + visitWomen; }
    qint64 men() const { return classroomMen + visitMen; }
    // Women's share of all participants, 0..100; none without participants.
    std::optional<double> womenShare() const;
};

struct CohortEnterpriseLine {
    EnterpriseRow enterprise;
    std::vector<ModuleProgressRow> modules;  // every module, in module order
    int modulesStarted = 0;
    int modulesCompleted = 0;
    // Mean over the assessed modules of the first and of the latest checklist score (0..100).
    std::optional<double> firstScore;
    std::optional<double> latestScore;
    std::optional<double> scoreChange() const
    {
        return firstScore && latestScore ? std::optional<double>(*latestScore - *firstScore) : std::nullopt;
    }
    int actionsOpened = 0;  // every action agreed, whatever its status
    int actionsClosed = 0;  // done
    int actionsDropped = 0;
    int actionsOpen = 0;
    int actionsOverdue = 0;
    std::vector<KpiTrend> kpis;
    int kpisMeasured = 0;  // with a baseline and a follow-up, and a percentage
    int kpisImproved = 0;
    std::optional<double> medianKpiImprovement;  // percent, positive = better
    double verifiedSavings = 0;
    double estimatedSavings = 0;
    double cost = 0;
    int visits = 0;
    int classroomSessions = 0;
    Participation participation;
};

struct CohortModuleSummary {
    QString moduleCode;
    QString moduleName;
    int started = 0;
    int completed = 0;
    std::optional<double> medianFirstScore;
    std::optional<double> medianLatestScore;
    int openActions = 0;
    int doneActions = 0;
    int overdueActions = 0;
};

struct CohortKpiSummary {
    KpiInfo kpi;
    int enterprises = 0;  // with a percentage of improvement
    int improved = 0;
    std::optional<double> medianBaseline;
    std::optional<double> medianLatest;
    std::optional<double> medianImprovement;
};

// Sums over the cohort and medians over its enterprises (of the per-enterprise values).
struct CohortTotals {
    int enterprises = 0;
    int modulesStarted = 0;
    int modulesCompleted = 0;
    int actionsOpened = 0;
    int actionsClosed = 0;
    int actionsDropped = 0;
    int actionsOpen = 0;
    int actionsOverdue = 0;
    int kpisMeasured = 0;
    int kpisImproved = 0;
    double verifiedSavings = 0;
    double estimatedSavings = 0;
    double cost = 0;
    qint64 employees = 0;
    qint64 workforceWomen = 0;
    qint64 workforceMen = 0;
    int visits = 0;
    int classroomSessions = 0;
    Participation participation;
};

struct CohortMedians {
    std::optional<double> employees;
    std::optional<double> modulesStarted;
    std::optional<double> modulesCompleted;
    std::optional<double> firstScore;
    std::optional<double> latestScore;
    std::optional<double> scoreChange;
    std::optional<double> actionsOpened;
    std::optional<double> actionsClosed;
    std::optional<double> actionsOverdue;
    std::optional<double> kpisImproved;
    std::optional<double> kpisMeasured;
    std::optional<double> kpiImprovement;  // of the enterprises' median improvements
    std::optional<double> verifiedSavings;
    std::optional<double> participantsWomen;
    std::optional<double> participantsMen;
};

struct CohortReportData {
    QDate generatedOn;
    CohortRow cohort;
    QString locale;    // of the cohort's country (from its enterprises), e.g. vi_VN
    QString currency;  // the enterprises' currency, e.g. VND
    std::vector<ModuleInfo> modules;
    std::vector<CohortEnterpriseLine> enterprises;  // by name
    std::vector<ActionRow> actions;                 // by enterprise, then due date
    std::vector<CohortModuleSummary> moduleSummaries;
    std::vector<CohortKpiSummary> kpiSummaries;  // the KPIs measured somewhere in the cohort
    CohortTotals totals;
    CohortMedians medians;
};

// Fails with Error::NotFound when there is no cohort `cohortId`. `today` decides "overdue".
Result<CohortReportData> buildCohortReportData(Workspace& ws, const QString& cohortId, const QDate& today);

}  // namespace score
