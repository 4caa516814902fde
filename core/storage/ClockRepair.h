#pragma once
// The way back for a device whose own clock was ahead (README, "What sync guarantees"): its
// changes carry stamps more than a day after the true date, so every other device holds its
// bundles back. Once the date is right again, the workspace sees its own stamps ahead of the
// wall clock, and re-stamping gives those changes the present time (in their original order),
// brings the hybrid clock back, and lets its next bundles through.

#include "storage/Workspace.h"

#include <optional>

namespace score {

struct RestampSummary {
    qint64 records = 0;    // records whose stamps changed
    qint64 changes = 0;    // distinct change stamps given a new time
    qint64 claimedMs = 0;  // the latest time the wrong clock had stamped
};

// The latest time this workspace has stamped, when it is more than the clock bound
// (kMaxClockSkewMs) after the wall clock; a cheap test for start-up.
std::optional<qint64> ownStampsAheadOfClock(Workspace& ws);

// Re-stamps, in one transaction, every change of this device stamped more than the clock bound
// ahead of the wall clock. No device applying the clock policy accepted such a change (its
// bundles were held back), shared or not, so giving it a new time loses nothing. Refused when
// other devices' changes are also dated after today: then this computer's date is the wrong one.
Result<RestampSummary> restampOwnFutureChanges(Workspace& ws);

}  // namespace score
