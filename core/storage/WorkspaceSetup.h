#pragma once
// Creating a ready-to-use workspace: the empty schema and identity, then the SCORE content.

#include "storage/Workspace.h"

namespace score {

Result<std::unique_ptr<Workspace>> createWorkspace(const QString& path, const QString& deviceName, const QString& userName,
                                                   const WorkspaceOptions& options = {});

// Removes a workspace file that was being created, with its WAL and shared-memory files.
void removeWorkspaceFiles(const QString& path);

// A default device name for this computer ("lan-laptop"), used when none is given.
QString defaultDeviceName();
QString defaultUserName();

}  // namespace score
