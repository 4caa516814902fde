#include "views/checklist/ChecklistEdits.h"

#include "domain/EntitySchema.h"
#include "domain/Labels.h"
#include "domain/NaturalIds.h"

#include <QCoreApplication>
#include <QLocale>

namespace score::checklist {

namespace {
struct ChecklistTr {
    Q_DECLARE_TR_FUNCTIONS(score::checklist)
};

const QString kResponse = QStringLiteral("response");

enum class Presence { Missing, Alive, Deleted };

Presence presence(WorkspaceSession& session, const QString& id)
{
    const EntitySpec* spec = EntitySchema::instance().entity(kResponse);
    auto any = session.workspace().store().exists(*spec, id, false);
    if (!any || !*any)
        return Presence::Missing;
    auto alive = session.workspace().store().exists(*spec, id, true);
    return alive && *alive ? Presence::Alive : Presence::Deleted;
}
}  // namespace

Result<QString> createAssessment(WorkspaceSession& session, const std::vector<TemplateInfo>& templates, const QString& enterpriseId,
                                 const QString& moduleCode, const QString& kind, const QDate& date, const QString& visitId)
{
    if (enterpriseId.isEmpty())
        return Error::invalid(ChecklistTr::tr("Choose an enterprise first."));
    const TemplateInfo* t = templateInForce(templates, moduleCode, date);
    if (!t)
        return Error::invalid(ChecklistTr::tr("There is no %1 checklist in force on %2.")
                                  .arg(moduleShortName(moduleCode), QLocale().toString(date, QLocale::ShortFormat)));
    FieldValues values = {{QStringLiteral("enterprise_id"), enterpriseId},
                          {QStringLiteral("template_id"), t->id},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("assessed_on"), date.toString(Qt::ISODate)},
                          {QStringLiteral("status"), QStringLiteral("draft")}};
    if (!visitId.isEmpty()) {
        auto visit = session.queries().visit(visitId);
        if (visit && visit->enterpriseId == enterpriseId && visit->moduleCode == moduleCode)
            values.push_back({QStringLiteral("visit_id"), visitId});
    }
    if (auto enterprise = session.queries().enterprise(enterpriseId); enterprise && !enterprise->counsellorId.isEmpty())
        values.push_back({QStringLiteral("assessor_id"), enterprise->counsellorId});
    return edit::create(session, QStringLiteral("assessment"), values,
                        ChecklistTr::tr("New %1 assessment (%2)").arg(moduleShortName(moduleCode), valueLabel(u"kind", kind).toLower()));
}

Result<QString> saveResponse(WorkspaceSession& session, const QString& assessmentId, const TemplateItemInfo& item,
                             const FieldValues& changes, const QString& description, bool mergeable)
{
    const QString id = naturalid::response(assessmentId, item.key);
    const Presence p = presence(session, id);
    if (p == Presence::Alive) {
        if (mergeable) {
            SCORE_TRY(edit::setFields(session, kResponse, id, changes, description, true));
            return id;
        }
        return edit::put(session, kResponse, id, changes, description);
    }
    FieldValues values = {
        {QStringLiteral("assessment_id"), assessmentId}, {QStringLiteral("item_id"), item.id}, {QStringLiteral("item_key"), item.key}};
    values.insert(values.end(), changes.begin(), changes.end());
    if (p == Presence::Deleted) {
        // Restoring and changing are two commands; the user made one change.
        edit::Batch batch(session, description);
        return edit::put(session, kResponse, id, values, description);
    }
    return edit::put(session, kResponse, id, values, description);
}

Result<QString> saveAnswer(WorkspaceSession& session, const QString& assessmentId, const TemplateItemInfo& item, const QString& answer,
                           const QString& description)
{
    return saveResponse(session, assessmentId, item, {{QStringLiteral("answer"), answer.isEmpty() ? FieldValue() : FieldValue(answer)}},
                        description);
}

Result<QString> ensureResponse(WorkspaceSession& session, const QString& assessmentId, const TemplateItemInfo& item,
                               const QString& description)
{
    const QString id = naturalid::response(assessmentId, item.key);
    if (presence(session, id) == Presence::Alive)
        return id;
    return saveResponse(session, assessmentId, item, {}, description);
}

}  // namespace score::checklist
