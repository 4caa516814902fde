#include "storage/SyncState.h"

#include <QCoreApplication>

namespace score {

namespace {
struct SyncStateTr {
    Q_DECLARE_TR_FUNCTIONS(score::SyncState)
};

const char16_t* const kPeerColumns = u"device_id, device_name, user_name, public_key, first_seen, last_seen, last_bundle_id, holds_vv";

PeerDevice readPeer(const Statement& s)
{
    PeerDevice p;
    p.deviceId = QUuid(s.text(0));
    p.deviceName = s.text(1);
    p.userName = s.text(2);
    p.publicKey = s.blob(3);
    p.firstSeen = s.text(4);
    p.lastSeen = s.text(5);
    p.lastBundleId = s.text(6);
    p.holds = VersionVector::fromText(s.text(7)).value_or(VersionVector());
    return p;
}
}  // namespace

Result<std::optional<PeerDevice>> SyncState::peer(const QUuid& deviceId)
{
    auto stmt = m_ws->db().prepare(QStringLiteral("SELECT %1 FROM peer_device WHERE device_id = ?1").arg(QStringView(kPeerColumns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(deviceId));
    if (stmt->next())
        return std::optional<PeerDevice>(readPeer(*stmt));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return std::optional<PeerDevice>();
}

Result<std::vector<PeerDevice>> SyncState::peers()
{
    auto stmt = m_ws->db().prepare(
        QStringLiteral("SELECT %1 FROM peer_device ORDER BY device_name, device_id").arg(QStringView(kPeerColumns)));
    if (!stmt)
        return stmt.error();
    std::vector<PeerDevice> result;
    while (stmt->next())
        result.push_back(readPeer(*stmt));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return result;
}

Result<PeerDevice> SyncState::findPeer(const QString& idOrName)
{
    auto all = peers();
    if (!all)
        return all.error();
    std::vector<PeerDevice> matches;
    for (const PeerDevice& p : *all)
        if (uuidText(p.deviceId) == idOrName.toLower() || p.deviceName == idOrName)
            return p;
    for (const PeerDevice& p : *all)
        if (idOrName.size() >= 4 && uuidText(p.deviceId).startsWith(idOrName.toLower()))
            matches.push_back(p);
    if (matches.size() == 1)
        return matches.front();
    if (matches.size() > 1)
        return Error::invalid(SyncStateTr::tr("\"%1\" matches several devices; give more of the device id.").arg(idOrName));
    return Error::notFound(SyncStateTr::tr("No bundle from a device \"%1\" has been imported here, so what it holds is unknown; "
                                           "export a full bundle instead.")
                               .arg(idOrName));
}

Status SyncState::rememberPeer(const QUuid& deviceId, const QString& deviceName, const QString& userName, const QByteArray& publicKey,
                               const QString& bundleId, const VersionVector& holds)
{
    auto existing = peer(deviceId);
    if (!existing)
        return existing.error();
    VersionVector merged = holds;
    if (existing->has_value())
        merged.merge((*existing)->holds);
    const QString now = m_ws->clock().nowIso();
    auto stmt = m_ws->db().prepare(
        u"INSERT INTO peer_device (device_id, device_name, user_name, public_key, first_seen, last_seen, last_bundle_id, holds_vv) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7) "
        u"ON CONFLICT (device_id) DO UPDATE SET device_name = excluded.device_name, user_name = excluded.user_name, "
        u"public_key = excluded.public_key, last_seen = excluded.last_seen, last_bundle_id = excluded.last_bundle_id, "
        u"holds_vv = excluded.holds_vv");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(deviceId)).bind(2, deviceName).bind(3, userName);
    stmt->bindBlob(4, publicKey);
    stmt->bind(5, now).bind(6, bundleId).bind(7, merged.toText());
    return stmt->exec();
}

Status SyncState::rememberBundle(const ReceivedBundle& b)
{
    auto stmt = m_ws->db().prepare(
        u"INSERT INTO received_bundle (bundle_id, device_id, created_at, imported_at, file_name, scope, summary) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (bundle_id) DO UPDATE SET imported_at = excluded.imported_at, "
        u"summary = excluded.summary");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, b.bundleId).bind(2, uuidText(b.deviceId)).bind(3, b.createdAt).bind(4, b.importedAt);
    stmt->bind(5, b.fileName).bind(6, b.scope).bind(7, b.summary);
    return stmt->exec();
}

Status SyncState::rememberExport(Hlc hlc)
{
    auto stmt = m_ws->db().prepare(u"INSERT INTO workspace_info (key, value) VALUES ('last_export_hlc', ?1) "
                                   u"ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::number(hlc));
    return stmt->exec();
}

Result<qint64> SyncState::unsharedChanges()
{
    auto stmt = m_ws->db().prepare(u"SELECT count(*) FROM change_log WHERE device_id = ?1 AND hlc > "
                                   u"coalesce((SELECT CAST(value AS INTEGER) FROM workspace_info WHERE key = 'last_export_hlc'), 0)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(m_ws->device().deviceId));
    if (!stmt->next())
        return Error::io(stmt->error());
    return stmt->integer(0);
}

namespace {
// A row of the received_bundle columns, in the order every query here selects them.
ReceivedBundle receivedBundleRow(const Statement& stmt)
{
    return {stmt.text(0), QUuid(stmt.text(1)), stmt.text(2), stmt.text(3), stmt.text(4), stmt.text(5), stmt.text(6)};
}
}  // namespace

Result<std::optional<ReceivedBundle>> SyncState::receivedBundle(const QString& bundleId)
{
    auto stmt = m_ws->db().prepare(
        u"SELECT bundle_id, device_id, created_at, imported_at, file_name, scope, summary FROM received_bundle WHERE bundle_id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, bundleId);
    if (!stmt->next())
        return std::optional<ReceivedBundle>();
    return std::optional<ReceivedBundle>(receivedBundleRow(*stmt));
}

Result<std::vector<ReceivedBundle>> SyncState::receivedBundles(int limit)
{
    auto stmt = m_ws->db().prepare(u"SELECT bundle_id, device_id, created_at, imported_at, file_name, scope, summary FROM received_bundle "
                                   u"ORDER BY imported_at DESC, created_at DESC LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    std::vector<ReceivedBundle> result;
    while (stmt->next())
        result.push_back(receivedBundleRow(*stmt));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return result;
}

Result<std::vector<ReceivedBundle>> SyncState::receivedFrom(const QUuid& deviceId, const QString& sinceIso)
{
    auto stmt = m_ws->db().prepare(u"SELECT bundle_id, device_id, created_at, imported_at, file_name, scope, summary FROM received_bundle "
                                   u"WHERE device_id = ?1 AND imported_at >= ?2 ORDER BY imported_at, created_at");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, uuidText(deviceId)).bind(2, sinceIso);
    std::vector<ReceivedBundle> result;
    while (stmt->next())
        result.push_back(receivedBundleRow(*stmt));
    if (!stmt->ok())
        return Error::io(stmt->error());
    return result;
}

}  // namespace score
