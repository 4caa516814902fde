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
    m_session->notifyChanged(m_entity);
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

Status SetFieldsCommand::doRedo() { return m_session->editor().update(m_entity, m_id, m_after); }
Status SetFieldsCommand::doUndo() { return m_session->editor().update(m_entity, m_id, m_before); }

Status CreateCommand::doRedo() { return m_session->editor().restore(m_entity, m_id); }
Status CreateCommand::doUndo() { return m_session->editor().remove(m_entity, m_id); }

Status RemoveCommand::doRedo() { return m_session->editor().remove(m_entity, m_id); }
Status RemoveCommand::doUndo() { return m_session->editor().restore(m_entity, m_id); }

Status RestoreCommand::doRedo() { return m_session->editor().restore(m_entity, m_id); }
Status RestoreCommand::doUndo() { return m_session->editor().remove(m_entity, m_id); }

}  // namespace score::edit
