#include "storage/WorkspaceRestore.h"

#include "crypto/Crypto.h"
#include "storage/Backups.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>

namespace score {

namespace {
struct WorkspaceRestoreTr {
    Q_DECLARE_TR_FUNCTIONS(score::WorkspaceRestore)
};
}  // namespace

Result<RestoreSummary> restoreBackup(Workspace& ws, const QString& backupPath)
{
    if (ws.inTransaction())
        return Error::failed(WorkspaceRestoreTr::tr("A restore cannot start while changes are being saved."));
    Hlc backupClock = 0;
    QUuid backupDevice;
    {
        WorkspaceOptions readOnly;
        readOnly.readOnly = true;
        auto backup = Workspace::open(backupPath, readOnly);
        if (!backup)
            return Error::invalid(WorkspaceRestoreTr::tr("The backup cannot be restored: %1").arg(backup.message()));
        backupClock = (*backup)->hlc().last();
        backupDevice = (*backup)->device().deviceId;
    }

    RestoreSummary summary;
    summary.restoredFrom = backupPath;
    summary.previousDevice = ws.device().deviceId;
    auto safety = Backups(ws.path()).create(ws.db(), QStringLiteral("before-restore"));
    if (!safety)
        return Error::io(WorkspaceRestoreTr::tr("Nothing was restored because the current state could not be backed up first: %1")
                             .arg(safety.message()));
    summary.safetyBackup = *safety;

    const Hlc currentClock = ws.hlc().last();
    ws.clearCaches();
    if (auto copied = ws.db().restoreFrom(backupPath); !copied) {
        (void)ws.reloadCaches();
        return Error::io(
            WorkspaceRestoreTr::tr("The backup could not be restored; the workspace is as it was. (%1)").arg(copied.message()));
    }

    // Continue as a new device that knows the old one's changes up to the backup.
    const crypto::SigningKeys keys = crypto::generateSigningKeys();
    summary.newDevice = QUuid::createUuid();
    Status forked = [&]() -> Status {
        SCORE_TRY(ws.db().execute(u"BEGIN IMMEDIATE"));
        auto identity = ws.db().prepare(u"UPDATE local_device SET device_id = ?1, public_key = ?2, secret_key = ?3, hlc = ?4");
        if (!identity)
            return identity.error();
        identity->bind(1, uuidText(summary.newDevice));
        identity->bindBlob(2, keys.publicKey).bindBlob(3, keys.secretKey);
        identity->bind(4, static_cast<qint64>(std::max(currentClock, backupClock)));
        SCORE_TRY(identity->exec());
        auto knowledge = ws.db().prepare(
            u"INSERT INTO knowledge (device_id, hlc) VALUES (?1, ?2) ON CONFLICT (device_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)");
        if (!knowledge)
            return knowledge.error();
        knowledge->bind(1, uuidText(backupDevice)).bind(2, static_cast<qint64>(backupClock));
        SCORE_TRY(knowledge->exec());
        return ws.db().execute(u"COMMIT");
    }();
    if (!forked) {
        (void)ws.db().execute(u"ROLLBACK");
        return forked.error();
    }
    SCORE_TRY(ws.reloadCaches());
    return summary;
}

}  // namespace score
