#pragma once
// Counts of what a workspace holds, per record kind, plus its sync state at a glance.

#include "storage/Workspace.h"

#include <vector>

namespace score {

struct EntityCount {
    QString entity;
    qint64 live = 0;
    qint64 deleted = 0;
};

struct WorkspaceStats {
    std::vector<EntityCount> entities;
    qint64 totalLive = 0;
    qint64 totalDeleted = 0;
    qint64 attachmentBytes = 0;
    qint64 openConflicts = 0;
    qint64 knownDevices = 0;
    qint64 fileBytes = 0;
};

Result<WorkspaceStats> collectStats(Workspace& ws);

}  // namespace score
