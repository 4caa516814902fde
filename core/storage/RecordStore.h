#pragma once
// Reads and writes whole RecordStates of any kind, with their sync clocks, using statements
// prepared once per kind. It does not decide anything: RecordWriter merges, this stores.

#include "model/RecordState.h"
#include "storage/Database.h"
#include "storage/DeviceIndex.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace score {

class RecordStore {
public:
    RecordStore(Database& db, DeviceIndex& devices);
    ~RecordStore();
    RecordStore(const RecordStore&) = delete;
    RecordStore& operator=(const RecordStore&) = delete;

    Result<std::optional<RecordState>> load(const EntitySpec& spec, const QString& id);
    // The record's sync clock only (stamps, version vector, lost set; no values): enough to tell that
    // an incoming state is one this workspace already holds, without reading its fields.
    Result<std::optional<RecordState>> loadClock(const EntitySpec& spec, const QString& id);
    Status insert(const RecordState& state);
    Status update(const RecordState& state);

    // Visits every record of a kind in id order, tombstones included. Stop by returning false.
    Status forEach(const EntitySpec& spec, const std::function<bool(const RecordState&)>& visit);
    // Like forEach, for the records listed in a selection table (kind, id) of this connection.
    Status forEachIn(const EntitySpec& spec, const QString& selectionTable, const std::function<bool(const RecordState&)>& visit);
    // Cheap existence test; alive only when `aliveOnly`.
    Result<bool> exists(const EntitySpec& spec, const QString& id, bool aliveOnly);
    // Ids of the records of kind `child` owned by `ownerId` through its field `ownerField`
    // (for an AnyRef owner, only those whose kind field names `ownerKind`).
    Result<QStringList> ownedBy(const EntitySpec& child, int ownerField, const QString& ownerId, const QString& ownerKind);
    // One record of a kind chosen by `random` (uniform over alive or deleted ones), or empty.
    Result<QString> sample(const EntitySpec& spec, quint64 random, bool deleted = false);
    // Counts records of a kind (alive ones, or tombstones).
    Result<qint64> count(const EntitySpec& spec, bool deleted);

    // Statements are cached per connection; drop them before the connection goes away.
    void clearCache();

private:
    struct Statements;
    Statements& statementsFor(const EntitySpec& spec);
    Status readRow(const EntitySpec& spec, Statement& stmt, RecordState& state, int firstColumn);
    void bindRow(Statement& stmt, const RecordState& state, int firstParameter);
    // Stamps, version vector and lost set from three columns, the first at `first`.
    bool decodeClock(const Statement& stmt, int first, RecordState& state);

    Database* m_db;
    DeviceIndex* m_devices;
    std::vector<std::unique_ptr<Statements>> m_statements;  // indexed like EntitySchema::entities()
};

}  // namespace score
