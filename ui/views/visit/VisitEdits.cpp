#include "views/visit/VisitEdits.h"

#include "domain/Labels.h"
#include "edit/Edits.h"
#include "storage/ContentQueries.h"

#include <QCoreApplication>
#include <QLocale>

namespace score::visitedit {

namespace {
struct VisitViewTr {
    Q_DECLARE_TR_FUNCTIONS(score::VisitView)
};

QString moduleCode(WorkspaceSession& session, const QString& moduleId)
{
    auto modules = loadModules(session.workspace());
    if (modules)
        for (const ModuleInfo& m : *modules)
            if (m.id == moduleId)
                return m.code;
    return {};
}

const TemplateInfo* findTemplate(const std::vector<TemplateInfo>& templates, const QString& code, const QDate& date)
{
    return code.isEmpty() ? nullptr : templateInForce(templates, code, date);
}

FieldValue optional(const QString& text) { return text.trimmed().isEmpty() ? FieldValue() : FieldValue(text.trimmed()); }
}  // namespace

bool offersAssessment(const QString& type)
{
    return type == u"baseline" || type == u"factory_visit" || type == u"follow_up" || type == u"final";
}

QString assessmentKind(const QString& type)
{
    if (type == u"baseline")
        return QStringLiteral("baseline");
    if (type == u"final")
        return QStringLiteral("final");
    return QStringLiteral("progress");
}

QString checklistInForce(WorkspaceSession& session, const QString& moduleId, const QDate& date)
{
    auto templates = loadTemplates(session.workspace());
    if (!templates)
        return {};
    const TemplateInfo* t = findTemplate(*templates, moduleCode(session, moduleId), date);
    return t ? VisitViewTr::tr("%1 (version %2)").arg(t->title).arg(t->version) : QString();
}

Result<CreatedVisit> createVisit(WorkspaceSession& session, const NewVisit& visit)
{
    if (visit.enterpriseId.isEmpty())
        return Error::invalid(VisitViewTr::tr("Choose the enterprise of the visit first."));
    if (!visit.date.isValid())
        return Error::invalid(VisitViewTr::tr("Give the date of the visit."));
    const TemplateInfo* checklist = nullptr;
    std::vector<TemplateInfo> templates;
    if (visit.startAssessment && offersAssessment(visit.type)) {
        auto loaded = loadTemplates(session.workspace());
        if (!loaded)
            return loaded.error();
        templates = std::move(*loaded);
        checklist = findTemplate(templates, moduleCode(session, visit.moduleId), visit.date);
        if (!checklist)
            return Error::invalid(VisitViewTr::tr("There is no checklist for this module on %1; choose another module or start "
                                                  "the visit without an assessment.")
                                      .arg(QLocale().toString(visit.date, QLocale::ShortFormat)));
    }

    FieldValues values = {{QStringLiteral("enterprise_id"), visit.enterpriseId},
                          {QStringLiteral("type"), visit.type},
                          {QStringLiteral("visit_date"), visit.date.toString(Qt::ISODate)},
                          {QStringLiteral("eit_met"), qint64(0)}};
    if (!visit.moduleId.isEmpty())
        values.push_back({QStringLiteral("module_id"), visit.moduleId});
    if (!visit.counsellorId.isEmpty())
        values.push_back({QStringLiteral("counsellor_id"), visit.counsellorId});
    const QString description = VisitViewTr::tr("New %1 on %2")
                                    .arg(valueLabel(u"type", visit.type).toLower(), QLocale().toString(visit.date, QLocale::ShortFormat));

    // A visit and its assessment are one undo step.
    std::optional<edit::Batch> batch;
    if (checklist)
        batch.emplace(session, description);
    auto id = edit::create(session, QStringLiteral("visit"), values, description);
    if (!id)
        return id.error();
    CreatedVisit created{*id, {}};
    if (checklist) {
        FieldValues assessment = {{QStringLiteral("enterprise_id"), visit.enterpriseId},
                                  {QStringLiteral("template_id"), checklist->id},
                                  {QStringLiteral("visit_id"), *id},
                                  {QStringLiteral("kind"), assessmentKind(visit.type)},
                                  {QStringLiteral("assessed_on"), visit.date.toString(Qt::ISODate)},
                                  {QStringLiteral("status"), QStringLiteral("draft")}};
        if (!visit.counsellorId.isEmpty())
            assessment.push_back({QStringLiteral("assessor_id"), visit.counsellorId});
        auto a = edit::create(session, QStringLiteral("assessment"), assessment, VisitViewTr::tr("Start the checklist"));
        if (!a)
            return a.error();
        created.assessmentId = *a;
    }
    return created;
}

Result<QString> addFinding(WorkspaceSession& session, const QString& visitId, const NewFinding& finding)
{
    if (finding.title.trimmed().isEmpty())
        return Error::invalid(VisitViewTr::tr("Give the finding a title."));
    auto visit = session.queries().visit(visitId);
    if (!visit)
        return visit.error();
    FieldValues values = {{QStringLiteral("enterprise_id"), visit->enterpriseId},
                          {QStringLiteral("visit_id"), visitId},
                          {QStringLiteral("title"), finding.title.trimmed()},
                          {QStringLiteral("severity"), finding.severity},
                          {QStringLiteral("description"), optional(finding.description)},
                          {QStringLiteral("area"), optional(finding.area)}};
    if (!visit->moduleId.isEmpty())
        values.push_back({QStringLiteral("module_id"), visit->moduleId});
    return edit::create(session, QStringLiteral("finding"), values, VisitViewTr::tr("Add finding “%1”").arg(finding.title.trimmed()));
}

Result<QString> addAction(WorkspaceSession& session, const QString& visitId, const NewAction& action)
{
    if (action.title.trimmed().isEmpty())
        return Error::invalid(VisitViewTr::tr("Say what action was agreed."));
    auto visit = session.queries().visit(visitId);
    if (!visit)
        return visit.error();
    FieldValues values = {{QStringLiteral("enterprise_id"), visit->enterpriseId},
                          {QStringLiteral("visit_id"), visitId},
                          {QStringLiteral("title"), action.title.trimmed()},
                          {QStringLiteral("priority"), action.priority}};
    // Status, approval and the start date (the visit's) are core's defaults for a new action.
    if (!visit->moduleId.isEmpty())
        values.push_back({QStringLiteral("module_id"), visit->moduleId});
    if (!action.ownerId.isEmpty())
        values.push_back({QStringLiteral("owner_id"), action.ownerId});
    if (action.due.isValid())
        values.push_back({QStringLiteral("due_date"), action.due.toString(Qt::ISODate)});
    if (!action.findingId.isEmpty())
        values.push_back({QStringLiteral("finding_id"), action.findingId});
    return edit::create(session, QStringLiteral("improvement_action"), values,
                        VisitViewTr::tr("Agree action “%1”").arg(action.title.trimmed()));
}

}  // namespace score::visitedit
