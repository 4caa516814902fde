#include "edit/RecordCommands.h"

namespace score::edit {

RecordCommand::RecordCommand(WorkspaceSession& session, QString entity, QString id, const QString& text)
    : QUndoCommand(text), m_session(&session), m_entity(std::move(entity)), m_id(std::move(id))
{
}

void RecordCommand::redo()
{
    if (m_applied) {  // the facade already did it
        m_applied = false;
        return;
    }
    report(doRedo());
}

void RecordCommand::undo() { report(doUndo()); }

void RecordCommand::report(const Status& status)
{
    if (!status.ok()) {
        setObsolete(true);
        emit m_session->editFailed(status.message());
    }
    m_session->notifyChanged(reachesOwnedRecords() ? QString() : m_entity);
}

SetFieldsCommand::SetFieldsCommand(WorkspaceSession& session, const QString& entity, const QString& id, FieldValues before,
                                   FieldValues after, const QString& text, bool mergeable)
    : RecordCommand(session, entity, id, text), m_before(std::move(before)), m_after(std::move(after)), m_mergeable(mergeable)
{
}

bool SetFieldsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetFieldsCommand*>(other);
    if (!next || !next->m_mergeable || next->m_entity != m_entity || next->m_id != m_id || next->m_after.size() != m_after.size())
        return false;
    for (size_t i = 0; i < m_after.size(); ++i)
        if (m_after[i].first != next->m_after[i].first)
            return false;
    m_after = next->m_after;
    return true;
}

Status SetFieldsCommand::doRedo()
{
    auto applied = m_session->editor().update(m_entity, m_id, m_after);
    return applied ? Status() : Status(applied.error());
}

Status SetFieldsCommand::doUndo()
{
    auto applied = m_session->editor().update(m_entity, m_id, m_before);
    return applied ? Status() : Status(applied.error());
}

Status CreateCommand::doRedo() { return m_session->editor().restore(m_entity, m_id); }
Status CreateCommand::doUndo() { return m_session->editor().remove(m_entity, m_id); }

Status RemoveCommand::doRedo() { return m_session->editor().remove(m_entity, m_id); }
Status RemoveCommand::doUndo() { return m_session->editor().restore(m_entity, m_id); }

Status RestoreCommand::doRedo() { return m_session->editor().restore(m_entity, m_id); }
Status RestoreCommand::doUndo() { return m_session->editor().remove(m_entity, m_id); }

RecordedEditsCommand::RecordedEditsCommand(WorkspaceSession& session, std::vector<RecordedEdit> edits, const QString& text,
                                           QUndoCommand* parent)
    : QUndoCommand(text, parent), m_session(&session), m_edits(std::move(edits))
{
}

void RecordedEditsCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    RecordEditor& editor = m_session->editor();
    report(inTransaction(m_session->workspace(), [&]() -> Status {
        for (const RecordedEdit& e : m_edits) {
            switch (e.op) {
            case RecordedEdit::Op::Created:
            case RecordedEdit::Op::Restored: SCORE_TRY(editor.restore(e.entity, e.id)); break;
            case RecordedEdit::Op::Changed: SCORE_TRY(editor.update(e.entity, e.id, e.after)); break;
            case RecordedEdit::Op::Removed: SCORE_TRY(editor.remove(e.entity, e.id)); break;
            }
        }
        return {};
    }));
}

void RecordedEditsCommand::undo()
{
    RecordEditor& editor = m_session->editor();
    report(inTransaction(m_session->workspace(), [&]() -> Status {
        for (auto it = m_edits.rbegin(); it != m_edits.rend(); ++it) {
            switch (it->op) {
            case RecordedEdit::Op::Created:
            case RecordedEdit::Op::Restored: SCORE_TRY(editor.remove(it->entity, it->id)); break;
            case RecordedEdit::Op::Changed: SCORE_TRY(editor.update(it->entity, it->id, it->before)); break;
            case RecordedEdit::Op::Removed: SCORE_TRY(editor.restore(it->entity, it->id)); break;
            }
        }
        return {};
    }));
}

void RecordedEditsCommand::report(const Status& status)
{
    if (!status.ok()) {
        setObsolete(true);
        emit m_session->editFailed(status.message());
    }
    // An operation touches records of several kinds.
    m_session->notifyChanged(QString());
}

}  // namespace score::edit
