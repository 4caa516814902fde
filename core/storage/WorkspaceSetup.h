#pragma once
// Creating a ready-to-use workspace: the empty schema and identity, then the SCORE content.

#include "storage/Workspace.h"

namespace score {

Result<std::unique_ptr<Workspace>> createWorkspace(const QString& path, const QString& deviceName,
                                                   const QString& userName, const WorkspaceOptions& options = {});

// A default device name for this computer ("lan-laptop"), used when none is given.
QString defaultDeviceName();
QString defaultUserName();

}  // namespace score
