#include "storage/WorkspaceStats.h"

#include <QFileInfo>

namespace score {

Result<WorkspaceStats> collectStats(Workspace& ws)
{
    WorkspaceStats stats;
    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        auto stmt = ws.db().prepare(QStringLiteral("SELECT deleted, count(*) FROM %1 GROUP BY deleted").arg(spec.name));
        if (!stmt)
            return stmt.error();
        EntityCount count{spec.name, 0, 0};
        while (stmt->next())
            (stmt->integer(0) ? count.deleted : count.live) = stmt->integer(1);
        if (!stmt->ok())
            return Error::io(stmt->error());
        stats.totalLive += count.live;
        stats.totalDeleted += count.deleted;
        stats.entities.push_back(count);
    }
    auto bytes = ws.db().scalar(u"SELECT coalesce(sum(size), 0) FROM attachment_blob");
    if (!bytes)
        return bytes.error();
    stats.attachmentBytes = *bytes;
    auto conflicts = ws.db().scalar(u"SELECT count(*) FROM conflict WHERE status = 'open'");
    if (!conflicts)
        return conflicts.error();
    stats.openConflicts = *conflicts;
    auto peers = ws.db().scalar(u"SELECT count(*) FROM peer_device");
    if (!peers)
        return peers.error();
    stats.knownDevices = *peers;
    stats.fileBytes = QFileInfo(ws.path()).size() + QFileInfo(ws.path() + QStringLiteral("-wal")).size();
    return stats;
}

}  // namespace score
