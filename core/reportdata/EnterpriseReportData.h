#pragma once
// What the enterprise progress report shows: the profile and the Enterprise Improvement Team
// (with its balance); for each module the enterprise has started, its visits, checklist
// scores over time (and section by section, first against latest), improvement actions open
// and closed and the progress report's status; the KPI table (baseline, latest, change and
// improvement, respecting each KPI's direction of better); and totals of actions and savings.

#include "metrics/EitBalance.h"
#include "metrics/KpiMetrics.h"
#include "reportdata/ChecklistComparison.h"
#include "reportdata/ModuleProgress.h"
#include "storage/DomainRows.h"

#include <optional>
#include <vector>

namespace score {

struct ScorePoint {
    QDate date;
    QString kind;                   // baseline, progress, final …
    std::optional<double> overall;  // 0..100
};

struct ModuleReportSection {
    ModuleProgressRow progress;
    QString moduleName;              // short, translated
    std::vector<VisitRow> visits;    // oldest first
    std::vector<ScorePoint> scores;  // oldest first
    ChecklistComparison checklist;   // the first assessment against the latest
    std::vector<ActionRow> actions;  // open ones first, each group by due date
    int droppedActions = 0;
    std::optional<ModuleReportRow> report;  // the newest progress report
};

struct EnterpriseActionTotals {
    int all = 0;
    int open = 0;
    int done = 0;
    int dropped = 0;
    int overdue = 0;
    double cost = 0;
    double estimatedSavings = 0;
    double verifiedSavings = 0;
};

struct EnterpriseReportData {
    QDate generatedOn;
    EnterpriseRow enterprise;
    std::vector<EitMemberRow> eitMembers;  // current members
    EitBalance eit;
    QStringList eitGaps;
    std::vector<ModuleProgressRow> progress;   // every module, in module order
    std::vector<ModuleReportSection> modules;  // the modules started, in module order
    std::vector<KpiTrend> kpis;                // catalogue order
    EnterpriseActionTotals actions;
};

// Fails with Error::NotFound when there is no enterprise `enterpriseId`.
Result<EnterpriseReportData> buildEnterpriseReportData(Workspace& ws, const QString& enterpriseId, const QDate& today);

}  // namespace score
