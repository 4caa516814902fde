#pragma once
// Read queries behind the views and the reports. Alive records only (the recycle bin has its
// own query); every parameter bound. Each returns rows in the order a person expects.

#include "storage/DomainRows.h"
#include "storage/Workspace.h"

#include <QHash>

#include <vector>

namespace score {

class DomainQueries {
public:
    explicit DomainQueries(Workspace& ws) : m_ws(&ws) {}

    Result<std::vector<CohortRow>> cohorts();
    // All enterprises (cohortId empty) or those of one cohort, by name; with their counts.
    Result<std::vector<EnterpriseRow>> enterprises(const QString& cohortId = {}, const QDate& today = {});
    Result<EnterpriseRow> enterprise(const QString& id, const QDate& today = {});
    // All enterprises by name as lists show them, counts zero: no visit or action is read, so it
    // costs the same for a workspace of ten years as for a new one.
    Result<std::vector<EnterpriseListRow>> enterpriseList();
    // The counts of every enterprise, by id, on any connection to a workspace: the desktop runs
    // it on a read-only connection of its own, off the GUI thread.
    static Result<QHash<QString, EnterpriseCounts>> enterpriseCounts(Database& db, const QDate& today);
    // The id of the first enterprise by name (empty when there is none), without the counts.
    Result<QString> firstEnterpriseId();
    Result<std::vector<EitMemberRow>> eitMembers(const QString& enterpriseId);
    Result<std::vector<PersonRow>> people(const QString& enterpriseId = {});  // empty: programme staff
    Result<std::vector<PersonRow>> counsellors();
    // Every person, archived ones included, by name, with their enterprise's name.
    Result<std::vector<PersonRow>> everyone();

    // Newest first.
    Result<std::vector<VisitRow>> visits(const QString& enterpriseId);
    Result<VisitRow> visit(const QString& id);
    Result<std::vector<FindingRow>> findings(const QString& visitId);
    Result<std::vector<FindingRow>> enterpriseFindings(const QString& enterpriseId);
    Result<std::vector<AttachmentRow>> attachments(const QString& ownerKind, const QString& ownerId);

    // Oldest first.
    Result<std::vector<AssessmentRow>> assessments(const QString& enterpriseId, const QString& moduleCode = {});
    Result<std::vector<AssessmentRow>> visitAssessments(const QString& visitId);
    Result<AssessmentRow> assessment(const QString& id);
    // Item key → answer.
    Result<QHash<QString, ResponseRow>> responses(const QString& assessmentId);
    // The latest assessment of the same module and enterprise before this one, if any.
    Result<std::optional<AssessmentRow>> previousAssessment(const AssessmentRow& current);

    // Of one enterprise, or of all (empty id); by due date.
    Result<std::vector<ActionRow>> actions(const QString& enterpriseId = {});
    Result<ActionRow> action(const QString& id);
    Result<std::vector<ActionRow>> visitActions(const QString& visitId);

    Result<std::vector<KpiReadingRow>> kpiReadings(const QString& enterpriseId);
    Result<std::vector<ModuleReportRow>> moduleReports(const QString& enterpriseId);
    Result<std::vector<SuggestionRow>> suggestions(const QString& enterpriseId);
    Result<std::vector<HazardRow>> hazards(const QString& enterpriseId);

private:
    Workspace* m_ws;
};

}  // namespace score
