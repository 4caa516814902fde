#pragma once
// The recycle bin: records that were deleted (tombstones), newest delete first, each with who
// deleted it and when. A record deleted together with its owner (the findings of a deleted
// visit) is not listed on its own: restoring the owner brings it back, so it is counted there.

#include "storage/Workspace.h"

#include <vector>

namespace score {

struct DeletedRecord {
    QString entity;
    QString id;
    QString label;           // the value of the kind's label field, as stored
    QString enterpriseName;  // for records of an enterprise, to tell them apart
    qint64 deletedMs = 0;    // when, from the delete stamp
    QUuid deletedDevice;
    QString deletedBy;    // here: the author in the history; elsewhere: the device as known here
    int deletedWith = 0;  // owned records deleted together with this one
};

// At most `limit` deleted records (not counting those deleted with their owner), newest first.
Result<std::vector<DeletedRecord>> deletedRecords(Workspace& ws, int limit);

}  // namespace score
