#pragma once
// The full sync state of one record: its field values, the stamp of the change that set each
// field, the stamps of its latest delete and restore, its version vector and the changes it
// knows to have lost to a concurrent one (model/LostStamps.h). A workspace row,
// a bundle line and a local edit are all RecordStates; merging two of them is the only way
// synced data changes (see merge.h).

#include "domain/EntitySchema.h"
#include "model/LostStamps.h"
#include "model/VersionVector.h"
#include "util/Hlc.h"
#include "util/SqlValue.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace score {

struct RecordState {
    const EntitySpec* spec = nullptr;
    QString id;
    std::vector<FieldValue> values;  // one per spec->fields
    std::vector<Stamp> stamps;       // one per spec->fields; a null stamp means "not carried"
    Stamp deletedStamp;              // latest delete, null if never deleted
    Stamp restoredStamp;             // latest explicit restore, null if never restored
    VersionVector vv;
    LostStamps lost;  // changes that lost to one made without knowledge of them (usually none)
    // Read from a bundle without its values, because the receiver already held all of it.
    bool fieldsSkipped = false;

    RecordState() = default;
    RecordState(const EntitySpec& entitySpec, QString recordId);

    // The record is alive when its newest create/edit/restore is newer than its newest delete.
    bool isAlive() const;
    // The newest stamp among fields and restore (what keeps the record alive).
    Stamp newestLiveStamp() const;
    // True when every field carries a stamp (a complete state, as stored or exported).
    bool isComplete() const;

    const FieldValue& value(QAnyStringView field) const;
};

// The value as JSON (bundles, history): null, integer, number or string.
QJsonValue jsonValue(const FieldValue& value);

// Text form of a value for the dump, conflicts and history: JSON-like and stable.
QString canonicalValue(const FieldValue& value);
bool sameValue(const FieldValue& a, const FieldValue& b);
// Strict total order of values, used only to break an impossible tie (same stamp, two values).
bool valueLess(const FieldValue& a, const FieldValue& b);

}  // namespace score
