#pragma once
// Merging two states of one record: a pure function, the same on every device.
//
// Per field, the value with the greater stamp wins (last writer wins, stamps ordered by HLC then
// device id). The merge is commutative, associative and idempotent, so any set of bundles
// imported in any order, with repeats, ends in the same state.
//
// A value that loses to a value written without knowledge of it (the record version vector of
// the winner does not cover the loser's stamp) is reported as a conflict so that a person can
// review it; a value overwritten by a later edit made on top of it is not. Bookkeeping fields
// (created/modified) never make conflicts.
//
// Every loser found so is also noted in the merged record's lost set (model/LostStamps.h), which
// travels with it. The record version vector of a winner that already met the loser on a third
// device knows the losing stamp, so the vv alone would take the loss for a replacement: the
// device whose value lost would never hear of it. A merge therefore also reports a conflict when
// the incoming value wins over the value held here and the incoming lost set names that value.
// The lost set is joined like the version vector (commutative and idempotent); which stamps it
// names may depend on the order of merges, so it is no part of the records' shared content.

#include "model/RecordState.h"

#include <vector>

namespace score {

struct MergeConflict {
    enum class Kind {
        Field,             // both sides changed the field; the loser is kept here
        DeletedElsewhere,  // deleted on another device while this one edited it
        RestoredByEdit,    // edited on another device after it was deleted here (it is back)
    };
    Kind kind = Kind::Field;
    int field = -1;  // -1 for the liveness kinds
    FieldValue keptValue;
    Stamp keptStamp;
    FieldValue lostValue;
    Stamp lostStamp;
};

struct MergeResult {
    RecordState merged;
    std::vector<int> changedFields;  // fields whose value or stamp changed relative to `local`
    bool stateChanged = false;       // anything to write (values, stamps, liveness or vv)
    bool lostChanged = false;        // the lost set grew (bookkeeping: written, not a change)
    bool wasAlive = true;
    bool isAlive = true;
    std::vector<MergeConflict> conflicts;
};

// Merges `incoming` into `local`. `incoming` may be partial (fields without a stamp are not
// carried, as in a local edit). Both must be of the same kind and id.
MergeResult mergeRecord(const RecordState& local, const RecordState& incoming);

}  // namespace score
