#pragma once
// Bringing back a backup. The current state is backed up first. The restored workspace then
// continues as a new device (new id and key): changes this device made after the backup may
// already be on other devices, and a fresh identity makes sure later bundles bring them back
// instead of treating them as already held here.

#include "storage/Workspace.h"

namespace score {

struct RestoreSummary {
    QString restoredFrom;
    QString safetyBackup;  // the state before the restore
    QUuid previousDevice;
    QUuid newDevice;
};

Result<RestoreSummary> restoreBackup(Workspace& ws, const QString& backupPath);

}  // namespace score
