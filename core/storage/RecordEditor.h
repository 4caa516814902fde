#pragma once
// Local edits of synced records, as this device's user: create, update, delete (to the recycle
// bin, with the records it owns) and restore. Each call stamps one change with the hybrid
// logical clock and hands it to RecordWriter, the single write path. Values are checked against
// the schema, then the record as it would be against the rules (rules/RecordRules.h), which
// also derive the fields a change implies; a refusal is a sentence for the user.

#include "rules/RecordRules.h"
#include "storage/Workspace.h"

#include <functional>
#include <utility>
#include <vector>

namespace score {

using FieldValues = std::vector<std::pair<QString, FieldValue>>;

// What one local edit did, as undo needs it: the record, and for a change its fields before and
// after (those the rules derived included).
struct RecordedEdit {
    enum class Op { Created, Changed, Removed, Restored };
    Op op = Op::Created;
    QString entity;
    QString id;
    FieldValues before;  // Changed
    FieldValues after;   // Changed
};

class RecordEditor {
public:
    explicit RecordEditor(Workspace& ws);

    // Creates a record; `id` defaults to a new time-ordered id. Fails if the id exists.
    Result<QString> create(QStringView entity, const FieldValues& values, const QString& id = {});
    // Creates the record with this (natural-key) id, or updates it when it already exists.
    Result<QString> put(QStringView entity, const QString& id, const FieldValues& values);
    // Changes fields (and what the rules derive from them). Returns the values, before the
    // change, of every field it changed (what undo puts back); empty when nothing changed.
    Result<FieldValues> update(QStringView entity, const QString& id, const FieldValues& changes);
    // Moves a record and everything it owns to the recycle bin.
    Status remove(QStringView entity, const QString& id);
    // Brings a record back from the recycle bin, with what was deleted together with it.
    Status restore(QStringView entity, const QString& id);

    // What the rules say of a stored record as it is (its warnings, for example), or of one
    // about to be created with `values` (a dialog or a spreadsheet row before saving).
    Result<RuleReport> check(QStringView entity, const QString& id);
    Result<RuleReport> checkDraft(QStringView entity, const FieldValues& values);

    // While set, every create, update, remove and restore appends what it did, so that a whole
    // operation (a person with their team membership, a spreadsheet import) can be undone as
    // one step. The caller owns the list.
    void setRecorder(std::vector<RecordedEdit>* recorder) { m_recorder = recorder; }

    // Who the history names as the author; defaults to the workspace's user name.
    void setAuthor(const QString& author) { m_author = author; }
    const QString& author() const { return m_author; }
    // Demo generation writes a million records; it skips history entries and reference checks
    // (foreign keys still hold at commit).
    void setBulkMode(bool bulk) { m_bulk = bulk; }

    // Test seam: sees every change this editor stamps (with the record's version vector before
    // it), so property tests can tell which values a later merge may override.
    using Observer = std::function<void(const RecordState& change, const VersionVector& before)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

private:
    Result<const EntitySpec*> specFor(QStringView entity) const;
    // A new record's values: given, defaulted, checked field by field, then derived.
    Result<RecordState> draft(const EntitySpec& spec, const QString& id, const FieldValues& values);
    Status checkReferences(const EntitySpec& spec, const RecordState& state, const std::vector<int>& fields);
    Status applyLocal(const RecordState& change, const VersionVector& before);
    Status removeTree(const EntitySpec& spec, const QString& id, const Stamp& stamp);
    Status restoreTree(const EntitySpec& spec, const QString& id, const Stamp& deleted, const Stamp& stamp);
    template <typename Body>
    Status inOwnTransaction(Body&& body);

    Workspace* m_ws;
    QString m_author;
    bool m_bulk = false;
    Observer m_observer;
    std::vector<RecordedEdit>* m_recorder = nullptr;
};

}  // namespace score
