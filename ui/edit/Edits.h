#pragma once
// The one way the GUI changes data: free functions that apply an edit at once (one transaction,
// saved immediately) and, if it succeeded, put it on the session's undo stack. A refusal comes
// back as a sentence for the user and leaves nothing on the stack.
//
// Ownership: the undo stack (owned by the session) owns the commands; commands keep a pointer
// to the session, which outlives its stack.

#include "session/WorkspaceSession.h"

#include <functional>

class QUndoCommand;

namespace score::edit {

// Changes fields of one record. Consecutive edits of the same fields of the same record with
// `mergeable` (typing into one text box) merge into one undo step.
Status setFields(WorkspaceSession& session, const QString& entity, const QString& id, const FieldValues& changes,
                 const QString& description, bool mergeable = false);
Status setField(WorkspaceSession& session, const QString& entity, const QString& id, const QString& field, const FieldValue& value,
                const QString& description, bool mergeable = false);

// Creates a record (id: a new one, or a natural-key id); undo moves it to the recycle bin.
Result<QString> create(WorkspaceSession& session, const QString& entity, const FieldValues& values, const QString& description,
                       const QString& id = {});
// Creates the natural-key record, or changes it when it exists (a checklist answer, a KPI reading).
Result<QString> put(WorkspaceSession& session, const QString& entity, const QString& id, const FieldValues& values,
                    const QString& description);

// Moves a record and what it owns to the recycle bin; undo brings them back.
Status remove(WorkspaceSession& session, const QString& entity, const QString& id, const QString& description);
Status restore(WorkspaceSession& session, const QString& entity, const QString& id, const QString& description);

// Runs `body` — any calls of core that edit through the session's RecordEditor (a person with
// their team membership, a spreadsheet import) — in one transaction, and makes whatever it
// created, changed, deleted or restored one undo step. Nothing is kept when `body` fails.
Status recorded(WorkspaceSession& session, const QString& description, const std::function<Status()>& body);

// The same, with `step` as the undo step: a command that also undoes and redoes what is not a
// record (a conflict's review state), the recorded record edits its child. `step` is deleted
// when `body` fails.
Status recorded(WorkspaceSession& session, const std::function<Status()>& body, QUndoCommand* step);

// Several edits as one undo step (a new visit with its findings, for example).
class Batch {
public:
    Batch(WorkspaceSession& session, const QString& description);
    ~Batch();
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

private:
    WorkspaceSession* m_session;
};

}  // namespace score::edit
