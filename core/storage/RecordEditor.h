#pragma once
// Local edits of synced records, as this device's user: create, update, delete (to the recycle
// bin, with the records it owns) and restore. Each call stamps one change with the hybrid
// logical clock and hands it to RecordWriter, the single write path. Values are checked against
// the schema first; a refusal is a sentence for the user.

#include "storage/Workspace.h"

#include <functional>
#include <utility>
#include <vector>

namespace score {

using FieldValues = std::vector<std::pair<QString, FieldValue>>;

class RecordEditor {
public:
    explicit RecordEditor(Workspace& ws);

    // Creates a record; `id` defaults to a new time-ordered id. Fails if the id exists.
    Result<QString> create(QStringView entity, const FieldValues& values, const QString& id = {});
    // Creates the record with this (natural-key) id, or updates it when it already exists.
    Result<QString> put(QStringView entity, const QString& id, const FieldValues& values);
    Status update(QStringView entity, const QString& id, const FieldValues& changes);
    // Moves a record and everything it owns to the recycle bin.
    Status remove(QStringView entity, const QString& id);
    // Brings a record back from the recycle bin, with what was deleted together with it.
    Status restore(QStringView entity, const QString& id);

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
};

}  // namespace score
