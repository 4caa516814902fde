#pragma once
// The undo commands behind score::edit. Each redo/undo is one transaction through the
// RecordEditor; a step that can no longer be applied is reported through the session and
// marked obsolete.

#include "session/WorkspaceSession.h"

#include <QUndoCommand>

namespace score::edit {

// Merge ids of the commands that merge (one enum, as Tiled keeps them).
enum MergeId { TypingMergeId = 1 };

class RecordCommand : public QUndoCommand {
public:
    RecordCommand(WorkspaceSession& session, QString entity, QString id, const QString& text);
    // The first redo happens when pushed, but the edit was already applied by the facade.
    void redo() final;
    void undo() final;

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;
    // Creating, deleting or restoring a record takes what it owns along (a visit's findings and
    // assessment), so every view is told; a change of fields concerns its own kind only.
    virtual bool reachesOwnedRecords() const { return true; }
    void report(const Status& status);

    WorkspaceSession* m_session;
    QString m_entity;
    QString m_id;
    bool m_applied = true;
};

class SetFieldsCommand final : public RecordCommand {
public:
    SetFieldsCommand(WorkspaceSession& session, const QString& entity, const QString& id, FieldValues before, FieldValues after,
                     const QString& text, bool mergeable);
    int id() const override { return m_mergeable ? TypingMergeId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Status doRedo() override;
    Status doUndo() override;
    bool reachesOwnedRecords() const override { return false; }
    FieldValues m_before;
    FieldValues m_after;
    bool m_mergeable;
};

// Undo of a creation is a delete; redo brings the record back from the recycle bin.
class CreateCommand final : public RecordCommand {
public:
    using RecordCommand::RecordCommand;

private:
    Status doRedo() override;
    Status doUndo() override;
};

class RemoveCommand final : public RecordCommand {
public:
    using RecordCommand::RecordCommand;

private:
    Status doRedo() override;
    Status doUndo() override;
};

class RestoreCommand final : public RecordCommand {
public:
    using RecordCommand::RecordCommand;

private:
    Status doRedo() override;
    Status doUndo() override;
};

// Whatever one operation of core did (RecordEditor's recorder), undone in reverse order and
// redone in order, each in one transaction.
class RecordedEditsCommand final : public QUndoCommand {
public:
    RecordedEditsCommand(WorkspaceSession& session, std::vector<RecordedEdit> edits, const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void report(const Status& status);

    WorkspaceSession* m_session;
    std::vector<RecordedEdit> m_edits;
    bool m_applied = true;  // the first redo happens when pushed; the operation already ran
};

}  // namespace score::edit
