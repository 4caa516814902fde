#pragma once
// The canonical dump: every shared record's id and field values (tombstones included) and
// every attachment's content hash, in a stable order and format. Two workspaces that hold the
// same shared content print the same bytes, whatever devices, stamps, conflicts, peers or
// history they have; that is how convergence is tested.

#include "storage/Workspace.h"

#include <QIODevice>

namespace score {

Status writeCanonicalDump(Workspace& ws, QIODevice& out);

}  // namespace score
