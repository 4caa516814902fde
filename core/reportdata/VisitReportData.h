#pragma once
// What a visit report shows: the enterprise, date, module, counsellor and who took part (by
// gender); the checklist of the visit scored section by section against the previous
// assessment of the same module; the findings with their photos; the actions agreed (owner,
// due date); the module's KPIs as they stood in the month of the visit; and the sign-off.
// Plain data computed from the workspace; renderers never query.

#include "metrics/KpiMetrics.h"
#include "reportdata/ChecklistComparison.h"
#include "reportdata/ReportPhotos.h"
#include "storage/DomainRows.h"

#include <optional>
#include <vector>

namespace score {

struct VisitFinding {
    FindingRow finding;
    std::vector<ReportPhoto> photos;
};

struct VisitReportData {
    QDate generatedOn;
    EnterpriseRow enterprise;
    VisitRow visit;
    QString moduleName;  // the short, translated name (empty without a module)

    // The checklist taken during the visit; without one, the module's latest assessment before
    // the visit (assessedDuringVisit false), so that the report still shows where things stand.
    std::optional<AssessmentRow> assessment;
    bool assessedDuringVisit = false;
    QString checklistTitle;
    std::optional<AssessmentRow> previousAssessment;
    ChecklistComparison checklist;

    std::vector<VisitFinding> findings;
    std::vector<ActionRow> actions;  // agreed during the visit, by due date
    std::vector<KpiTrend> kpis;      // of the visit's module, readings up to its month

    qint64 participants() const { return visit.participantsWomen.value_or(0) + visit.participantsMen.value_or(0); }
};

// Fails with Error::NotFound when there is no visit `visitId`. `today` decides "overdue".
Result<VisitReportData> buildVisitReportData(Workspace& ws, const QString& visitId, const QDate& today);

}  // namespace score
