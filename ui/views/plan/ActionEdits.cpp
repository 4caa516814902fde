#include "views/plan/ActionEdits.h"

#include "domain/Labels.h"
#include "edit/Edits.h"

#include <QCoreApplication>

namespace score::edit {

namespace {
struct ActionEditsTr {
    Q_DECLARE_TR_FUNCTIONS(score::ActionEdits)
};

QString iso(const QDate& d) { return d.toString(Qt::ISODate); }

FieldValue managerOf(WorkspaceSession& session, const ActionRow& action)
{
    auto e = session.queries().enterprise(action.enterpriseId);
    if (e && !e->managerId.isEmpty())
        return e->managerId;
    return {};
}
}  // namespace

Status setActionStatus(WorkspaceSession& session, const QString& actionId, const QString& status)
{
    // What a status implies (the completion date) is core's rule, applied to every status change
    // wherever it is made (rules/RecordRules.h).
    auto action = session.queries().action(actionId);
    if (!action)
        return action.error();
    if (action->status == status)
        return {};
    return setFields(session, QStringLiteral("improvement_action"), actionId, {{QStringLiteral("status"), status}},
                     ActionEditsTr::tr("Move “%1” to %2").arg(action->title, valueLabel(u"status", status)));
}

Status approveAction(WorkspaceSession& session, const QString& actionId, const QString& comment)
{
    auto action = session.queries().action(actionId);
    if (!action)
        return action.error();
    FieldValues changes = {
        {QStringLiteral("approval"), QStringLiteral("approved")},
        {QStringLiteral("approval_date"), iso(session.workspace().clock().today())},
        {QStringLiteral("approved_by"), managerOf(session, *action)},
        {QStringLiteral("approval_comment"), comment.trimmed().isEmpty() ? FieldValue() : FieldValue(comment.trimmed())}};
    if (action->status == u"proposed")
        changes.push_back({QStringLiteral("status"), QStringLiteral("approved")});
    return setFields(session, QStringLiteral("improvement_action"), actionId, changes,
                     ActionEditsTr::tr("Approve “%1”").arg(action->title));
}

Status returnAction(WorkspaceSession& session, const QString& actionId, const QString& comment)
{
    if (comment.trimmed().isEmpty())
        return Error::invalid(ActionEditsTr::tr("Say what should change before returning the action."));
    auto action = session.queries().action(actionId);
    if (!action)
        return action.error();
    FieldValues changes = {{QStringLiteral("approval"), QStringLiteral("returned")},
                           {QStringLiteral("approval_date"), iso(session.workspace().clock().today())},
                           {QStringLiteral("approved_by"), managerOf(session, *action)},
                           {QStringLiteral("approval_comment"), comment.trimmed()}};
    if (action->status == u"approved")
        changes.push_back({QStringLiteral("status"), QStringLiteral("proposed")});
    return setFields(session, QStringLiteral("improvement_action"), actionId, changes, ActionEditsTr::tr("Return “%1”").arg(action->title));
}

Result<QString> addAction(WorkspaceSession& session, const QString& enterpriseId, const QString& title, const QString& moduleId,
                          const QString& ownerId, const QDate& dueDate)
{
    if (enterpriseId.isEmpty())
        return Error::invalid(ActionEditsTr::tr("Choose an enterprise before adding an action to its plan."));
    // A new action's status, approval and start date are the schema's and the rules' defaults.
    FieldValues values = {{QStringLiteral("enterprise_id"), enterpriseId}, {QStringLiteral("title"), title.trimmed()}};
    if (!moduleId.isEmpty())
        values.push_back({QStringLiteral("module_id"), moduleId});
    if (!ownerId.isEmpty())
        values.push_back({QStringLiteral("owner_id"), ownerId});
    if (dueDate.isValid())
        values.push_back({QStringLiteral("due_date"), iso(dueDate)});
    return create(session, QStringLiteral("improvement_action"), values, ActionEditsTr::tr("Add action “%1”").arg(title.trimmed()));
}

}  // namespace score::edit
