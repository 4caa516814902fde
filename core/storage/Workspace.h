#pragma once
// One open workspace file: the SQLite connection, this device's identity, the clocks and the
// single write path. Opening checks that the file is a SCORE Desk workspace, refuses one from
// a newer version and migrates an older one after backing it up.

#include "model/VersionVector.h"
#include "storage/ChangeJournal.h"
#include "storage/Database.h"
#include "storage/DeviceIndex.h"
#include "storage/RecordStore.h"
#include "storage/RecordWriter.h"
#include "util/Clock.h"
#include "util/Hlc.h"
#include "util/Uuid.h"

#include <QRandomGenerator>

#include <memory>
#include <optional>

namespace score {

struct DeviceIdentity {
    QUuid deviceId;
    QString deviceName;
    QString userName;
    QByteArray publicKey;
    QByteArray secretKey;
};

struct WorkspaceOptions {
    const Clock* clock = nullptr;       // default: the system clock
    std::optional<quint64> randomSeed;  // default: the system's random source
    bool readOnly = false;
};

class Workspace;

// Time-ordered ids from the workspace's clock and random source.
class WorkspaceIds final : public IdGenerator {
public:
    WorkspaceIds(const Clock& clock, std::optional<quint64> seed);
    QString newId() override;
    QRandomGenerator& random() { return m_random; }
    void setClock(const Clock& clock) { m_clock = &clock; }

private:
    const Clock* m_clock;
    QRandomGenerator m_random;
};

class Workspace {
public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Creates an empty workspace (schema and identity only; see WorkspaceSetup for content).
    static Result<std::unique_ptr<Workspace>> create(const QString& path, const QString& deviceName, const QString& userName,
                                                     const WorkspaceOptions& options = {});
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const WorkspaceOptions& options = {});

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    Database& db() { return m_db; }
    const DeviceIdentity& device() const { return m_identity; }
    const Clock& clock() const { return *m_clock; }
    // Replaces the wall clock (tests, the demo generator's simulated time).
    void setClock(const Clock& clock);
    HybridClock& hlc() { return m_hlc; }
    WorkspaceIds& ids() { return *m_ids; }
    DeviceIndex& devices() { return m_devices; }
    RecordStore& store() { return *m_store; }
    RecordWriter& writer() { return *m_writer; }
    ChangeJournal& journal() { return m_journal; }

    QString workspaceId() const;
    Status setDeviceNames(const QString& deviceName, const QString& userName);

    // What this workspace holds: per device, the newest change stamp fully incorporated.
    Result<VersionVector> knowledge();
    Status raiseKnowledge(const VersionVector& vv);
    // Stores `hlc` as this device's clock even when lower than the stored one, and lowers the
    // "shared up to" mark with it (only ClockRepair, after re-stamping a wrong clock's changes).
    Status setStoredClock(Hlc hlc);

    // Begins a write transaction; commit() stores the clock with it, rollback() resets caches.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_db.inTransaction(); }

    // Drops prepared statements (before a restore replaces the file's content).
    void clearCaches();
    Status reloadCaches();

private:
    Workspace() = default;
    Status configureConnection();
    Status loadIdentity();

    QString m_path;
    bool m_readOnly = false;
    Database m_db;
    DeviceIdentity m_identity;
    const Clock* m_clock = nullptr;
    HybridClock m_hlc{SystemClock::instance()};
    std::unique_ptr<WorkspaceIds> m_ids;
    DeviceIndex m_devices{m_db};
    ChangeJournal m_journal{m_db};
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<RecordWriter> m_writer;
};

// Runs `body` in one transaction: commits when it succeeds, rolls back when it fails.
template <typename Body>
Status inTransaction(Workspace& ws, Body&& body)
{
    SCORE_TRY(ws.begin());
    Status result = body();
    if (!result.ok()) {
        ws.rollback();
        return result;
    }
    return ws.commit();
}

// One consistent view of the workspace for a long read (an export of several parts): a
// deferred transaction from construction to destruction. It writes nothing, so it also works
// on a workspace opened read-only; started inside a write transaction, it is that one.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Workspace& ws);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    const Status& status() const { return m_status; }

private:
    Workspace* m_ws;
    bool m_own = false;
    Status m_status;
};

// Where automatic backups of a workspace go: "<file>.backups/" next to it.
QString backupFolderFor(const QString& workspacePath);

}  // namespace score
