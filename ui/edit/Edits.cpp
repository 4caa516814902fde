#include "edit/Edits.h"

#include "edit/RecordCommands.h"

#include <QCoreApplication>

namespace score::edit {

namespace {
struct EditTr {
    Q_DECLARE_TR_FUNCTIONS(score::edit)
};

// The values of `fields` as stored now, for redo.
Result<FieldValues> currentValues(WorkspaceSession& session, const QString& entity, const QString& id, const FieldValues& fields)
{
    const EntitySpec* spec = EntitySchema::instance().entity(entity);
    if (!spec)
        return Error::invalid(EditTr::tr("There is no kind of record called \"%1\".").arg(entity));
    auto state = session.workspace().store().load(*spec, id);
    if (!state)
        return state.error();
    if (!state->has_value())
        return Error::notFound(EditTr::tr("This %1 no longer exists.").arg(entityDisplayName(entity)));
    FieldValues now;
    for (const auto& [field, value] : fields)
        now.push_back({field, (*state)->value(field)});
    return now;
}
}  // namespace

Status setFields(WorkspaceSession& session, const QString& entity, const QString& id, const FieldValues& changes,
                 const QString& description, bool mergeable)
{
    // The editor reports every field it changed, those the rules derived included (a status of
    // done sets the completion date), so undo puts all of them back.
    auto before = session.editor().update(entity, id, changes);
    if (!before)
        return before.error();
    if (before->empty())
        return {};
    auto after = currentValues(session, entity, id, *before);
    if (!after)
        return after.error();
    session.undoStack()->push(new SetFieldsCommand(session, entity, id, std::move(*before), std::move(*after), description, mergeable));
    session.notifyChanged(entity);
    return {};
}

Status setField(WorkspaceSession& session, const QString& entity, const QString& id, const QString& field, const FieldValue& value,
                const QString& description, bool mergeable)
{
    return setFields(session, entity, id, {{field, value}}, description, mergeable);
}

Result<QString> create(WorkspaceSession& session, const QString& entity, const FieldValues& values, const QString& description,
                       const QString& id)
{
    auto created = session.editor().create(entity, values, id);
    if (!created)
        return created.error();
    session.undoStack()->push(new CreateCommand(session, entity, *created, description));
    session.notifyChanged(entity);
    return created;
}

Result<QString> put(WorkspaceSession& session, const QString& entity, const QString& id, const FieldValues& values,
                    const QString& description)
{
    const EntitySpec* spec = EntitySchema::instance().entity(entity);
    if (!spec)
        return Error::invalid(EditTr::tr("There is no kind of record called \"%1\".").arg(entity));
    auto exists = session.workspace().store().exists(*spec, id, false);
    if (!exists)
        return exists.error();
    if (!*exists)
        return create(session, entity, values, description, id);
    auto alive = session.workspace().store().exists(*spec, id, true);
    if (alive && !*alive)
        SCORE_TRY(restore(session, entity, id, description));
    Status s = setFields(session, entity, id, values, description);
    if (!s)
        return s.error();
    return id;
}

Status remove(WorkspaceSession& session, const QString& entity, const QString& id, const QString& description)
{
    SCORE_TRY(session.editor().remove(entity, id));
    session.undoStack()->push(new RemoveCommand(session, entity, id, description));
    session.notifyChanged(QString());  // owned records of other kinds went too
    return {};
}

Status restore(WorkspaceSession& session, const QString& entity, const QString& id, const QString& description)
{
    SCORE_TRY(session.editor().restore(entity, id));
    session.undoStack()->push(new RestoreCommand(session, entity, id, description));
    session.notifyChanged(QString());
    return {};
}

namespace {
Result<std::vector<RecordedEdit>> recordEdits(WorkspaceSession& session, const std::function<Status()>& body)
{
    std::vector<RecordedEdit> edits;
    session.editor().setRecorder(&edits);
    const Status done = inTransaction(session.workspace(), body);
    session.editor().setRecorder(nullptr);
    if (!done)
        return done.error();
    return edits;
}
}  // namespace

Status recorded(WorkspaceSession& session, const QString& description, const std::function<Status()>& body)
{
    auto edits = recordEdits(session, body);
    if (!edits)
        return edits.error();
    if (!edits->empty()) {
        session.undoStack()->push(new RecordedEditsCommand(session, std::move(*edits), description));
        session.notifyChanged(QString());
    }
    return {};
}

Status recorded(WorkspaceSession& session, const std::function<Status()>& body, QUndoCommand* step)
{
    std::unique_ptr<QUndoCommand> owned(step);
    auto edits = recordEdits(session, body);
    if (!edits)
        return edits.error();
    new RecordedEditsCommand(session, std::move(*edits), step->text(), step);
    session.undoStack()->push(owned.release());
    session.notifyChanged(QString());
    return {};
}

Batch::Batch(WorkspaceSession& session, const QString& description) : m_session(&session)
{
    m_session->undoStack()->beginMacro(description);
}

Batch::~Batch() { m_session->undoStack()->endMacro(); }

}  // namespace score::edit
