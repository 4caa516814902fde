#include "storage/Workspace.h"

#include "crypto/Crypto.h"
#include "storage/Backups.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace score {

namespace {
struct WorkspaceTr {
    Q_DECLARE_TR_FUNCTIONS(score::Workspace)
};

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

// Looks at the first bytes before SQLite does, to tell "not a workspace" from "damaged".
Result<bool> looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(WorkspaceTr::tr("%1 cannot be read (%2).").arg(nativePath(path), file.errorString()));
    if (file.size() == 0)
        return false;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}
}  // namespace

QString backupFolderFor(const QString& workspacePath) { return workspacePath + QStringLiteral(".backups"); }

WorkspaceIds::WorkspaceIds(const Clock& clock, std::optional<quint64> seed)
    : m_clock(&clock), m_random(seed ? QRandomGenerator(static_cast<quint32>(*seed ^ (*seed >> 32)))
                                     : QRandomGenerator(QRandomGenerator::system()->generate()))
{
    if (!seed) {
        // Seed with the full width of the system source; ids must not collide between devices.
        std::array<quint32, 8> seeds{};
        QRandomGenerator::system()->fillRange(seeds.data(), seeds.size());
        m_random = QRandomGenerator(seeds.data(), seeds.size());
    }
}

QString WorkspaceIds::newId() { return uuidText(timeOrderedUuid(m_clock->nowMs(), m_random)); }

Workspace::~Workspace()
{
    clearCaches();
    m_db.close();
}

void Workspace::clearCaches()
{
    if (m_store)
        m_store->clearCache();
    m_journal.clearCache();
}

Status Workspace::reloadCaches()
{
    clearCaches();
    SCORE_TRY(m_devices.load());
    return loadIdentity();
}

void Workspace::setClock(const Clock& clock)
{
    m_clock = &clock;
    m_hlc.setWallClock(clock);
    m_ids->setClock(clock);
    m_writer->setClock(clock);
}

Status Workspace::configureConnection()
{
    SCORE_TRY(m_db.execute(u"PRAGMA foreign_keys = ON"));
    if (!m_readOnly) {
        SCORE_TRY(m_db.execute(u"PRAGMA journal_mode = WAL"));
        // FULL: a committed edit survives a power cut, not only a killed process.
        SCORE_TRY(m_db.execute(u"PRAGMA synchronous = FULL"));
    }
    return m_db.execute(u"PRAGMA cache_size = -32000");
}

Status Workspace::loadIdentity()
{
    auto stmt = m_db.prepare(u"SELECT device_id, device_name, user_name, public_key, secret_key, hlc FROM local_device");
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return Error::invalid(
            WorkspaceTr::tr("%1 has no device identity; it is damaged or not a SCORE Desk workspace.").arg(nativePath(m_path)));
    m_identity.deviceId = QUuid(stmt->text(0));
    m_identity.deviceName = stmt->text(1);
    m_identity.userName = stmt->text(2);
    m_identity.publicKey = stmt->blob(3);
    m_identity.secretKey = stmt->blob(4);
    m_hlc.observe(static_cast<Hlc>(stmt->integer(5)));
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const QString& deviceName, const QString& userName,
                                                     const WorkspaceOptions& options)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return Error::invalid(WorkspaceTr::tr("%1 already exists; choose another name or open it instead.").arg(nativePath(path)));
    if (!info.absoluteDir().exists())
        return Error::notFound(WorkspaceTr::tr("The folder %1 does not exist.").arg(nativePath(info.absolutePath())));
    if (!crypto::initialise())
        return Error::failed(WorkspaceTr::tr("The cryptography library could not start."));

    auto db = Database::open(path, Database::OpenMode::ReadWriteCreate);
    if (!db)
        return Error::io(WorkspaceTr::tr("%1 cannot be created: %2").arg(nativePath(path), db.message()));

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = path;
    ws->m_db = std::move(*db);
    ws->m_clock = options.clock ? options.clock : &SystemClock::instance();
    ws->m_hlc.setWallClock(*ws->m_clock);
    ws->m_ids = std::make_unique<WorkspaceIds>(*ws->m_clock, options.randomSeed);

    auto fail = [&](const Error& e) -> Result<std::unique_ptr<Workspace>> {
        ws.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return e;
    };

    if (auto s = ws->configureConnection(); !s)
        return fail(s.error());
    if (auto s = ws->m_db.execute(QStringLiteral("PRAGMA application_id = %1").arg(kWorkspaceApplicationId)); !s)
        return fail(s.error());
    if (auto s = migrate(ws->m_db, 0); !s)
        return fail(s.error());

    const crypto::SigningKeys keys = crypto::generateSigningKeys();
    const QUuid deviceId = QUuid::createUuid();
    {
        Transaction tx(ws->m_db);
        auto insert = ws->m_db.prepare(
            u"INSERT INTO local_device (singleton, device_id, device_name, user_name, public_key, secret_key, hlc) "
            u"VALUES (1, ?1, ?2, ?3, ?4, ?5, 0)");
        if (!insert)
            return fail(insert.error());
        insert->bind(1, uuidText(deviceId)).bind(2, deviceName).bind(3, userName);
        insert->bindBlob(4, keys.publicKey).bindBlob(5, keys.secretKey);
        if (auto s = insert->exec(); !s)
            return fail(s.error());
        auto info = ws->m_db.prepare(u"INSERT INTO workspace_info (key, value) VALUES (?1, ?2)");
        if (!info)
            return fail(info.error());
        const QList<std::pair<QString, QString>> rows = {
            {QStringLiteral("workspace_id"), uuidText(QUuid::createUuid())},
            {QStringLiteral("created_at"), ws->m_clock->nowIso()},
            {QStringLiteral("created_with"), QStringLiteral("SCORE Desk %1").arg(QStringLiteral(SCORE_VERSION))}};
        for (const auto& [key, value] : rows) {
            info->bind(1, key).bind(2, value);
            if (auto s = info->exec(); !s)
                return fail(s.error());
        }
        if (auto s = tx.commit(); !s)
            return fail(s.error());
    }

    ws->m_store = std::make_unique<RecordStore>(ws->m_db, ws->m_devices);
    ws->m_writer = std::make_unique<RecordWriter>(*ws->m_store, ws->m_journal, ws->m_hlc, *ws->m_clock);
    if (auto s = ws->reloadCaches(); !s)
        return fail(s.error());
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const WorkspaceOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(WorkspaceTr::tr("There is no workspace at %1.").arg(nativePath(path)));
    if (info.isDir())
        return Error::invalid(WorkspaceTr::tr("%1 is a folder, not a workspace file.").arg(nativePath(path)));
    auto sqlite = looksLikeSqlite(path);
    if (!sqlite)
        return sqlite.error();
    if (!*sqlite)
        return Error::invalid(WorkspaceTr::tr("%1 is not a SCORE Desk workspace.").arg(nativePath(path)));
    if (!crypto::initialise())
        return Error::failed(WorkspaceTr::tr("The cryptography library could not start."));

    const bool readOnly = options.readOnly;
    if (!readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        return Error::io(WorkspaceTr::tr("%1 cannot be written: the file or its folder is read-only. Copy the workspace to a "
                                         "writable folder and open the copy.")
                             .arg(nativePath(path)));

    auto db = Database::open(path, readOnly ? Database::OpenMode::ReadOnly : Database::OpenMode::ReadWrite);
    if (!db)
        return Error::io(WorkspaceTr::tr("%1 cannot be opened: %2").arg(nativePath(path), db.message()));

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = path;
    ws->m_readOnly = readOnly;
    ws->m_db = std::move(*db);
    ws->m_clock = options.clock ? options.clock : &SystemClock::instance();
    ws->m_hlc.setWallClock(*ws->m_clock);
    ws->m_ids = std::make_unique<WorkspaceIds>(*ws->m_clock, options.randomSeed);

    auto appId = ws->m_db.scalar(u"PRAGMA application_id");
    if (!appId)
        return Error::invalid(WorkspaceTr::tr("%1 is not a SCORE Desk workspace (%2)").arg(nativePath(path), appId.message()));
    if (*appId != kWorkspaceApplicationId)
        return Error::invalid(WorkspaceTr::tr("%1 is a database, but not a SCORE Desk workspace.").arg(nativePath(path)));
    auto version = ws->m_db.scalar(u"PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > kCurrentSchemaVersion)
        return Error::newer(WorkspaceTr::tr("%1 was saved by a newer SCORE Desk (workspace version %2; this one reads up to %3). "
                                            "Update SCORE Desk to open it.")
                                .arg(nativePath(path))
                                .arg(*version)
                                .arg(kCurrentSchemaVersion));
    if (auto s = ws->configureConnection(); !s)
        return s.error();
    if (*version < kCurrentSchemaVersion && !(readOnly && readableWithoutUpgrade(static_cast<int>(*version)))) {
        if (readOnly)
            return Error::invalid(
                WorkspaceTr::tr("%1 needs to be upgraded before it can be read; open it for writing once.").arg(nativePath(path)));
        auto backup = Backups(path).create(ws->m_db, QStringLiteral("before-upgrade-v%1").arg(*version));
        if (!backup)
            return Error::io(WorkspaceTr::tr("%1 was not upgraded because its backup failed: %2").arg(nativePath(path), backup.message()));
        if (auto s = migrate(ws->m_db, static_cast<int>(*version)); !s)
            return Error::failed(WorkspaceTr::tr("%1 could not be upgraded; it is unchanged and a backup is in %2. (%3)")
                                     .arg(nativePath(path), nativePath(*backup), s.message()));
    }

    ws->m_store = std::make_unique<RecordStore>(ws->m_db, ws->m_devices);
    ws->m_writer = std::make_unique<RecordWriter>(*ws->m_store, ws->m_journal, ws->m_hlc, *ws->m_clock);
    if (auto s = ws->reloadCaches(); !s)
        return s.error();
    return ws;
}

QString Workspace::workspaceId() const
{
    auto stmt = const_cast<Database&>(m_db).prepare(u"SELECT value FROM workspace_info WHERE key = 'workspace_id'");
    if (stmt && stmt->next())
        return stmt->text(0);
    return {};
}

Status Workspace::setDeviceNames(const QString& deviceName, const QString& userName)
{
    auto stmt = m_db.prepare(u"UPDATE local_device SET device_name = ?1, user_name = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, deviceName).bind(2, userName);
    SCORE_TRY(stmt->exec());
    m_identity.deviceName = deviceName;
    m_identity.userName = userName;
    return {};
}

Result<VersionVector> Workspace::knowledge()
{
    VersionVector vv;
    auto stmt = m_db.prepare(u"SELECT device_id, hlc FROM knowledge");
    if (!stmt)
        return stmt.error();
    while (stmt->next())
        vv.raise(QUuid(stmt->text(0)), static_cast<Hlc>(stmt->integer(1)));
    if (!stmt->ok())
        return Error::io(stmt->error());
    vv.raise(m_identity.deviceId, m_hlc.last());
    return vv;
}

Status Workspace::raiseKnowledge(const VersionVector& vv)
{
    auto stmt = m_db.prepare(u"INSERT INTO knowledge (device_id, hlc) VALUES (?1, ?2) "
                             u"ON CONFLICT (device_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)");
    if (!stmt)
        return stmt.error();
    for (const auto& [device, hlc] : vv.entries()) {
        if (device == m_identity.deviceId)
            continue;
        stmt->bind(1, uuidText(device)).bind(2, static_cast<qint64>(hlc));
        SCORE_TRY(stmt->exec());
    }
    return {};
}

Status Workspace::setStoredClock(Hlc hlc)
{
    m_hlc.resetTo(hlc);
    auto stmt = m_db.prepare(u"UPDATE local_device SET hlc = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<qint64>(hlc));
    SCORE_TRY(stmt->exec());
    auto shared = m_db.prepare(
        u"UPDATE workspace_info SET value = CAST(min(CAST(value AS INTEGER), ?1) AS TEXT) WHERE key = 'last_export_hlc'");
    if (!shared)
        return shared.error();
    shared->bind(1, static_cast<qint64>(hlc));
    return shared->exec();
}

Status Workspace::begin()
{
    if (m_readOnly)
        return Error::io(WorkspaceTr::tr("This workspace is open read-only; changes cannot be saved."));
    return m_db.execute(u"BEGIN IMMEDIATE");
}

Status Workspace::commit()
{
    auto stmt = m_db.prepare(u"UPDATE local_device SET hlc = max(hlc, ?1)");
    if (!stmt) {
        rollback();
        return stmt.error();
    }
    stmt->bind(1, static_cast<qint64>(m_hlc.last()));
    if (auto s = stmt->exec(); !s) {
        rollback();
        return s;
    }
    if (auto s = m_db.execute(u"COMMIT"); !s) {
        rollback();
        return s;
    }
    return {};
}

ReadSnapshot::ReadSnapshot(Workspace& ws) : m_ws(&ws)
{
    if (ws.inTransaction())
        return;
    m_status = ws.db().execute(u"BEGIN");
    m_own = m_status.ok();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_own)
        (void)m_ws->db().execute(u"ROLLBACK");  // nothing was written
}

void Workspace::rollback()
{
    if (m_db.inTransaction())
        (void)m_db.execute(u"ROLLBACK");  // a failed rollback leaves nothing better to do
    // Device numbers handed out inside the transaction are gone with it. If even reading them
    // fails, the next write reports the underlying problem.
    (void)m_devices.load();
}

}  // namespace score
