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
    bool wasAlive = true;
    bool isAlive = true;
    std::vector<MergeConflict> conflicts;
};

// Merges `incoming` into `local`. `incoming` may be partial (fields without a stamp are not
// carried, as in a local edit). Both must be of the same kind and id.
MergeResult mergeRecord(const RecordState& local, const RecordState& incoming);

}  // namespace score
