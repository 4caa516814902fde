#include "domain/Labels.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace score {

namespace {
struct LabelsTr {
    Q_DECLARE_TR_FUNCTIONS(score::Labels)
};

QString readable(QStringView name)
{
    QString s = name.toString();
    s.replace(u'_', u' ');
    if (s.endsWith(QStringLiteral(" id")))
        s.chop(3);
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}
}  // namespace

namespace {
// The label written for the field, or nothing.
std::optional<QString> writtenFieldLabel(QStringView entity, QStringView field)
{
    // Labels that differ by kind first.
    if (entity == u"improvement_action" && field == u"title")
        return LabelsTr::tr("Action");
    if (entity == u"finding" && field == u"title")
        return LabelsTr::tr("Finding");
    if (entity == u"hazard" && field == u"hazard")
        return LabelsTr::tr("Hazard");
    if (entity == u"person" && field == u"role")
        return LabelsTr::tr("Role");
    if (entity == u"cohort_trainer" && field == u"role")
        return LabelsTr::tr("Role in the cohort");

    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("score::Labels", "Name")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("score::Labels", "Name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("score::Labels", "Title")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("score::Labels", "Status")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("score::Labels", "Priority")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("score::Labels", "Due date")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("score::Labels", "Start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("score::Labels", "End date")},
        {QStringLiteral("completed_on"), QT_TRANSLATE_NOOP("score::Labels", "Completed on")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("score::Labels", "Owner")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("score::Labels", "Cost")},
        {QStringLiteral("estimated_savings"), QT_TRANSLATE_NOOP("score::Labels", "Estimated savings")},
        {QStringLiteral("verified_savings"), QT_TRANSLATE_NOOP("score::Labels", "Verified savings")},
        {QStringLiteral("root_cause"), QT_TRANSLATE_NOOP("score::Labels", "Root cause")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("score::Labels", "Description")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("score::Labels", "Area")},
        {QStringLiteral("approval"), QT_TRANSLATE_NOOP("score::Labels", "Approval")},
        {QStringLiteral("approval_comment"), QT_TRANSLATE_NOOP("score::Labels", "Approval comment")},
        {QStringLiteral("approved_by"), QT_TRANSLATE_NOOP("score::Labels", "Approved by")},
        {QStringLiteral("approval_date"), QT_TRANSLATE_NOOP("score::Labels", "Approval date")},
        {QStringLiteral("kpi_id"), QT_TRANSLATE_NOOP("score::Labels", "KPI")},
        {QStringLiteral("kpi_before"), QT_TRANSLATE_NOOP("score::Labels", "KPI before")},
        {QStringLiteral("kpi_after"), QT_TRANSLATE_NOOP("score::Labels", "KPI after")},
        {QStringLiteral("module_id"), QT_TRANSLATE_NOOP("score::Labels", "Module")},
        {QStringLiteral("enterprise_id"), QT_TRANSLATE_NOOP("score::Labels", "Enterprise")},
        {QStringLiteral("visit_id"), QT_TRANSLATE_NOOP("score::Labels", "Visit")},
        {QStringLiteral("finding_id"), QT_TRANSLATE_NOOP("score::Labels", "Finding")},
        {QStringLiteral("cohort_id"), QT_TRANSLATE_NOOP("score::Labels", "Cohort")},
        {QStringLiteral("country_id"), QT_TRANSLATE_NOOP("score::Labels", "Country")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("score::Labels", "Sector")},
        {QStringLiteral("products"), QT_TRANSLATE_NOOP("score::Labels", "Products")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("score::Labels", "City")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("score::Labels", "Address")},
        {QStringLiteral("employees_total"), QT_TRANSLATE_NOOP("score::Labels", "Employees")},
        {QStringLiteral("women"), QT_TRANSLATE_NOOP("score::Labels", "Women")},
        {QStringLiteral("men"), QT_TRANSLATE_NOOP("score::Labels", "Men")},
        {QStringLiteral("permanent_staff"), QT_TRANSLATE_NOOP("score::Labels", "Permanent staff")},
        {QStringLiteral("temporary_staff"), QT_TRANSLATE_NOOP("score::Labels", "Temporary staff")},
        {QStringLiteral("supply_chain_tier"), QT_TRANSLATE_NOOP("score::Labels", "Supply-chain tier")},
        {QStringLiteral("main_buyers"), QT_TRANSLATE_NOOP("score::Labels", "Main buyers")},
        {QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("score::Labels", "Contact")},
        {QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("score::Labels", "Phone")},
        {QStringLiteral("contact_email"), QT_TRANSLATE_NOOP("score::Labels", "E-mail")},
        {QStringLiteral("manager_id"), QT_TRANSLATE_NOOP("score::Labels", "Manager")},
        {QStringLiteral("counsellor_id"), QT_TRANSLATE_NOOP("score::Labels", "Counsellor")},
        {QStringLiteral("enrolled_on"), QT_TRANSLATE_NOOP("score::Labels", "Enrolled on")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("score::Labels", "Notes")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("score::Labels", "Gender")},
        {QStringLiteral("job_title"), QT_TRANSLATE_NOOP("score::Labels", "Job title")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("score::Labels", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("score::Labels", "E-mail")},
        {QStringLiteral("side"), QT_TRANSLATE_NOOP("score::Labels", "Side")},
        {QStringLiteral("employment"), QT_TRANSLATE_NOOP("score::Labels", "Employment")},
        {QStringLiteral("eit_role"), QT_TRANSLATE_NOOP("score::Labels", "Role in the EIT")},
        {QStringLiteral("joined_on"), QT_TRANSLATE_NOOP("score::Labels", "Joined on")},
        {QStringLiteral("left_on"), QT_TRANSLATE_NOOP("score::Labels", "Left on")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("score::Labels", "Type")},
        {QStringLiteral("visit_date"), QT_TRANSLATE_NOOP("score::Labels", "Date")},
        {QStringLiteral("duration_hours"), QT_TRANSLATE_NOOP("score::Labels", "Duration (hours)")},
        {QStringLiteral("participants_women"), QT_TRANSLATE_NOOP("score::Labels", "Women taking part")},
        {QStringLiteral("participants_men"), QT_TRANSLATE_NOOP("score::Labels", "Men taking part")},
        {QStringLiteral("managers_present"), QT_TRANSLATE_NOOP("score::Labels", "Managers present")},
        {QStringLiteral("workers_present"), QT_TRANSLATE_NOOP("score::Labels", "Workers present")},
        {QStringLiteral("eit_met"), QT_TRANSLATE_NOOP("score::Labels", "EIT met")},
        {QStringLiteral("projects_reviewed"), QT_TRANSLATE_NOOP("score::Labels", "Projects reviewed")},
        {QStringLiteral("observations"), QT_TRANSLATE_NOOP("score::Labels", "Observations")},
        {QStringLiteral("next_visit_date"), QT_TRANSLATE_NOOP("score::Labels", "Next visit")},
        {QStringLiteral("counsellor_signed_on"), QT_TRANSLATE_NOOP("score::Labels", "Signed by the counsellor on")},
        {QStringLiteral("manager_signed_on"), QT_TRANSLATE_NOOP("score::Labels", "Signed by the manager on")},
        {QStringLiteral("manager_signed_by"), QT_TRANSLATE_NOOP("score::Labels", "Signed by")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("score::Labels", "Kind")},
        {QStringLiteral("assessed_on"), QT_TRANSLATE_NOOP("score::Labels", "Assessed on")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("score::Labels", "Answer")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("score::Labels", "Comment")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("score::Labels", "Severity")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("score::Labels", "Period")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("score::Labels", "Value")},
        {QStringLiteral("numerator"), QT_TRANSLATE_NOOP("score::Labels", "Numerator")},
        {QStringLiteral("denominator"), QT_TRANSLATE_NOOP("score::Labels", "Denominator")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("score::Labels", "Note")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("score::Labels", "Source")},
        {QStringLiteral("submitted_on"), QT_TRANSLATE_NOOP("score::Labels", "Submitted on")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("score::Labels", "Category")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("score::Labels", "Text")},
        {QStringLiteral("implemented_on"), QT_TRANSLATE_NOOP("score::Labels", "Implemented on")},
        {QStringLiteral("benefit"), QT_TRANSLATE_NOOP("score::Labels", "Benefit")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("score::Labels", "Location")},
        {QStringLiteral("likelihood"), QT_TRANSLATE_NOOP("score::Labels", "Likelihood")},
        {QStringLiteral("control"), QT_TRANSLATE_NOOP("score::Labels", "Control")},
        {QStringLiteral("caption"), QT_TRANSLATE_NOOP("score::Labels", "Caption")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("score::Labels", "Summary")},
        {QStringLiteral("review_comment"), QT_TRANSLATE_NOOP("score::Labels", "Review comment")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("score::Labels", "Created")},
        {QStringLiteral("modified_at"), QT_TRANSLATE_NOOP("score::Labels", "Modified")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("score::Labels", "City or region")},
        {QStringLiteral("counterpart"), QT_TRANSLATE_NOOP("score::Labels", "Implementing institution")},
        {QStringLiteral("module_plan"), QT_TRANSLATE_NOOP("score::Labels", "Planned modules")},
        {QStringLiteral("archived_on"), QT_TRANSLATE_NOOP("score::Labels", "Archived on")},
        {QStringLiteral("trainers"), QT_TRANSLATE_NOOP("score::Labels", "Trainers and counsellors")},
    };
    const auto it = labels.constFind(field.toString());
    if (it != labels.constEnd())
        return QCoreApplication::translate("score::Labels", it.value());
    return std::nullopt;
}
}  // namespace

QString fieldLabel(QStringView entity, QStringView field) { return writtenFieldLabel(entity, field).value_or(readable(field)); }

bool hasFieldLabel(QStringView entity, QStringView field) { return writtenFieldLabel(entity, field).has_value(); }

namespace {
// "field/value" → the English label, marked for translation.
const QHash<QString, const char*>& valueLabelSources()
{
    static const QHash<QString, const char*> labels = {
        // Improvement actions
        {QStringLiteral("status/proposed"), QT_TRANSLATE_NOOP("score::Labels", "Proposed")},
        {QStringLiteral("status/approved"), QT_TRANSLATE_NOOP("score::Labels", "Approved")},
        {QStringLiteral("status/in_progress"), QT_TRANSLATE_NOOP("score::Labels", "In progress")},
        {QStringLiteral("status/done"), QT_TRANSLATE_NOOP("score::Labels", "Done")},
        {QStringLiteral("status/dropped"), QT_TRANSLATE_NOOP("score::Labels", "Dropped")},
        {QStringLiteral("priority/high"), QT_TRANSLATE_NOOP("score::Labels", "High")},
        {QStringLiteral("priority/medium"), QT_TRANSLATE_NOOP("score::Labels", "Medium")},
        {QStringLiteral("priority/low"), QT_TRANSLATE_NOOP("score::Labels", "Low")},
        {QStringLiteral("approval/pending"), QT_TRANSLATE_NOOP("score::Labels", "Waiting for approval")},
        {QStringLiteral("approval/approved"), QT_TRANSLATE_NOOP("score::Labels", "Approved")},
        {QStringLiteral("approval/returned"), QT_TRANSLATE_NOOP("score::Labels", "Returned")},
        // Other statuses
        {QStringLiteral("status/draft"), QT_TRANSLATE_NOOP("score::Labels", "Draft")},
        {QStringLiteral("status/complete"), QT_TRANSLATE_NOOP("score::Labels", "Complete")},
        {QStringLiteral("status/submitted"), QT_TRANSLATE_NOOP("score::Labels", "Submitted")},
        {QStringLiteral("status/returned"), QT_TRANSLATE_NOOP("score::Labels", "Returned")},
        {QStringLiteral("status/under_review"), QT_TRANSLATE_NOOP("score::Labels", "Under review")},
        {QStringLiteral("status/accepted"), QT_TRANSLATE_NOOP("score::Labels", "Accepted")},
        {QStringLiteral("status/implemented"), QT_TRANSLATE_NOOP("score::Labels", "Implemented")},
        {QStringLiteral("status/rejected"), QT_TRANSLATE_NOOP("score::Labels", "Rejected")},
        {QStringLiteral("status/open"), QT_TRANSLATE_NOOP("score::Labels", "Open")},
        {QStringLiteral("status/controlled"), QT_TRANSLATE_NOOP("score::Labels", "Controlled")},
        {QStringLiteral("status/closed"), QT_TRANSLATE_NOOP("score::Labels", "Closed")},
        // Visits and assessments
        {QStringLiteral("type/classroom"), QT_TRANSLATE_NOOP("score::Labels", "Classroom session")},
        {QStringLiteral("type/baseline"), QT_TRANSLATE_NOOP("score::Labels", "Baseline visit")},
        {QStringLiteral("type/factory_visit"), QT_TRANSLATE_NOOP("score::Labels", "Factory visit")},
        {QStringLiteral("type/follow_up"), QT_TRANSLATE_NOOP("score::Labels", "Follow-up visit")},
        {QStringLiteral("type/final"), QT_TRANSLATE_NOOP("score::Labels", "Final visit")},
        {QStringLiteral("kind/baseline"), QT_TRANSLATE_NOOP("score::Labels", "Baseline")},
        {QStringLiteral("kind/progress"), QT_TRANSLATE_NOOP("score::Labels", "Progress")},
        {QStringLiteral("kind/final"), QT_TRANSLATE_NOOP("score::Labels", "Final")},
        {QStringLiteral("kind/follow_up"), QT_TRANSLATE_NOOP("score::Labels", "Follow-up")},
        {QStringLiteral("answer/yes"), QT_TRANSLATE_NOOP("score::Labels", "Yes")},
        {QStringLiteral("answer/partly"), QT_TRANSLATE_NOOP("score::Labels", "Partly")},
        {QStringLiteral("answer/no"), QT_TRANSLATE_NOOP("score::Labels", "No")},
        {QStringLiteral("answer/na"), QT_TRANSLATE_NOOP("score::Labels", "Not applicable")},
        {QStringLiteral("severity/low"), QT_TRANSLATE_NOOP("score::Labels", "Low")},
        {QStringLiteral("severity/medium"), QT_TRANSLATE_NOOP("score::Labels", "Medium")},
        {QStringLiteral("severity/high"), QT_TRANSLATE_NOOP("score::Labels", "High")},
        // People
        {QStringLiteral("gender/female"), QT_TRANSLATE_NOOP("score::Labels", "Woman")},
        {QStringLiteral("gender/male"), QT_TRANSLATE_NOOP("score::Labels", "Man")},
        {QStringLiteral("gender/other"), QT_TRANSLATE_NOOP("score::Labels", "Other")},
        {QStringLiteral("gender/undisclosed"), QT_TRANSLATE_NOOP("score::Labels", "Not said")},
        {QStringLiteral("side/management"), QT_TRANSLATE_NOOP("score::Labels", "Management")},
        {QStringLiteral("side/worker"), QT_TRANSLATE_NOOP("score::Labels", "Workers")},
        {QStringLiteral("employment/permanent"), QT_TRANSLATE_NOOP("score::Labels", "Permanent")},
        {QStringLiteral("employment/temporary"), QT_TRANSLATE_NOOP("score::Labels", "Temporary")},
        {QStringLiteral("eit_role/chair"), QT_TRANSLATE_NOOP("score::Labels", "Chair")},
        {QStringLiteral("eit_role/secretary"), QT_TRANSLATE_NOOP("score::Labels", "Secretary")},
        {QStringLiteral("eit_role/member"), QT_TRANSLATE_NOOP("score::Labels", "Member")},
        {QStringLiteral("role/counsellor"), QT_TRANSLATE_NOOP("score::Labels", "Counsellor")},
        {QStringLiteral("role/expert_trainer"), QT_TRANSLATE_NOOP("score::Labels", "Expert trainer")},
        {QStringLiteral("role/programme_staff"), QT_TRANSLATE_NOOP("score::Labels", "Programme staff")},
        {QStringLiteral("role/enterprise_manager"), QT_TRANSLATE_NOOP("score::Labels", "Enterprise manager")},
        {QStringLiteral("role/supervisor"), QT_TRANSLATE_NOOP("score::Labels", "Supervisor")},
        {QStringLiteral("role/worker"), QT_TRANSLATE_NOOP("score::Labels", "Worker")},
        // Sectors
        {QStringLiteral("sector/garments_textiles"), QT_TRANSLATE_NOOP("score::Labels", "Garments and textiles")},
        {QStringLiteral("sector/food_processing"), QT_TRANSLATE_NOOP("score::Labels", "Food processing")},
        {QStringLiteral("sector/auto_parts"), QT_TRANSLATE_NOOP("score::Labels", "Auto parts")},
        {QStringLiteral("sector/furniture_wood"), QT_TRANSLATE_NOOP("score::Labels", "Furniture and wood")},
        {QStringLiteral("sector/electronics"), QT_TRANSLATE_NOOP("score::Labels", "Electronics")},
        {QStringLiteral("sector/plastics"), QT_TRANSLATE_NOOP("score::Labels", "Plastics")},
        {QStringLiteral("sector/printing_packaging"), QT_TRANSLATE_NOOP("score::Labels", "Printing and packaging")},
        {QStringLiteral("sector/tourism_hotels"), QT_TRANSLATE_NOOP("score::Labels", "Tourism and hotels")},
        {QStringLiteral("sector/construction_materials"), QT_TRANSLATE_NOOP("score::Labels", "Construction materials")},
        {QStringLiteral("sector/other"), QT_TRANSLATE_NOOP("score::Labels", "Other")},
        // Suggestions, hazards, resources
        {QStringLiteral("category/quality"), QT_TRANSLATE_NOOP("score::Labels", "Quality")},
        {QStringLiteral("category/productivity"), QT_TRANSLATE_NOOP("score::Labels", "Productivity")},
        {QStringLiteral("category/safety"), QT_TRANSLATE_NOOP("score::Labels", "Safety")},
        {QStringLiteral("category/environment"), QT_TRANSLATE_NOOP("score::Labels", "Environment")},
        {QStringLiteral("category/workplace"), QT_TRANSLATE_NOOP("score::Labels", "Workplace")},
        {QStringLiteral("category/other"), QT_TRANSLATE_NOOP("score::Labels", "Other")},
        {QStringLiteral("control_type/elimination"), QT_TRANSLATE_NOOP("score::Labels", "Elimination")},
        {QStringLiteral("control_type/substitution"), QT_TRANSLATE_NOOP("score::Labels", "Substitution")},
        {QStringLiteral("control_type/engineering"), QT_TRANSLATE_NOOP("score::Labels", "Engineering control")},
        {QStringLiteral("control_type/administrative"), QT_TRANSLATE_NOOP("score::Labels", "Administrative control")},
        {QStringLiteral("control_type/ppe"), QT_TRANSLATE_NOOP("score::Labels", "Personal protective equipment")},
        {QStringLiteral("resource/energy"), QT_TRANSLATE_NOOP("score::Labels", "Energy")},
        {QStringLiteral("resource/water"), QT_TRANSLATE_NOOP("score::Labels", "Water")},
        {QStringLiteral("resource/material"), QT_TRANSLATE_NOOP("score::Labels", "Material")},
        {QStringLiteral("resource/waste"), QT_TRANSLATE_NOOP("score::Labels", "Waste")},
        {QStringLiteral("resource/chemical"), QT_TRANSLATE_NOOP("score::Labels", "Chemical")},
    };
    return labels;
}
}  // namespace

QString valueLabel(QStringView field, QStringView value)
{
    const auto& labels = valueLabelSources();
    const auto it = labels.constFind(field.toString() + u'/' + value.toString());
    if (it != labels.constEnd())
        return QCoreApplication::translate("score::Labels", it.value());
    return readable(value);
}

QString valueLabelEnglish(QStringView field, QStringView value)
{
    const auto& labels = valueLabelSources();
    const auto it = labels.constFind(field.toString() + u'/' + value.toString());
    return it != labels.constEnd() ? QString::fromUtf8(it.value()) : readable(value);
}

QString moduleShortName(QStringView code)
{
    if (code == u"WC")
        return LabelsTr::tr("Workplace Cooperation");
    if (code == u"QM")
        return LabelsTr::tr("Quality Management");
    if (code == u"CP")
        return LabelsTr::tr("Cleaner Production");
    if (code == u"WM")
        return LabelsTr::tr("Workforce Management");
    if (code == u"OSH")
        return LabelsTr::tr("Safety and Health");
    return code.toString();
}

}  // namespace score
