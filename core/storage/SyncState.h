#pragma once
// What this workspace remembers about sync, all device-local: the devices whose bundles it
// imported (their key, trusted on first use, and what each said it holds) and the bundles
// already imported.

#include "model/VersionVector.h"
#include "storage/Workspace.h"

#include <optional>
#include <vector>

namespace score {

struct PeerDevice {
    QUuid deviceId;
    QString deviceName;
    QString userName;
    QByteArray publicKey;
    QString firstSeen;
    QString lastSeen;
    QString lastBundleId;
    VersionVector holds;  // the sender's version vector in its newest bundle imported here
};

struct ReceivedBundle {
    QString bundleId;
    QUuid deviceId;
    QString createdAt;
    QString importedAt;
    QString fileName;
    QString scope;
    QString summary;
};

class SyncState {
public:
    explicit SyncState(Workspace& ws) : m_ws(&ws) {}

    Result<std::optional<PeerDevice>> peer(const QUuid& deviceId);
    Result<std::vector<PeerDevice>> peers();
    // A peer by full id, unique id prefix, or exact device name.
    Result<PeerDevice> findPeer(const QString& idOrName);
    // Remembers a sender: its names and key, and raises what it is known to hold.
    Status rememberPeer(const QUuid& deviceId, const QString& deviceName, const QString& userName, const QByteArray& publicKey,
                        const QString& bundleId, const VersionVector& holds);

    Status rememberBundle(const ReceivedBundle& bundle);

    // This device's changes up to `hlc` went into a bundle; later ones are "not yet shared".
    Status rememberExport(Hlc hlc);
    // Local changes (creations, edits, deletes) made since the last bundle written here.
    Result<qint64> unsharedChanges();
    Result<std::optional<ReceivedBundle>> receivedBundle(const QString& bundleId);
    // The bundles imported here, most recently imported first (at most `limit`).
    Result<std::vector<ReceivedBundle>> receivedBundles(int limit);
    // The bundles from `deviceId` imported here at `sinceIso` (this computer's clock) or later,
    // in the order they were imported.
    Result<std::vector<ReceivedBundle>> receivedFrom(const QUuid& deviceId, const QString& sinceIso);

private:
    Workspace* m_ws;
};

}  // namespace score
