#pragma once
// The history of one record for people: who changed which field when, from which device, newest
// first. Read from the device-local change log (local edits and imported changes); a record
// this workspace never saw being created (imported, demo or built-in) still shows its creation
// from its own created_at/created_by.

#include "storage/Workspace.h"

#include <QDateTime>

#include <vector>

namespace score {

struct HistoryFieldChange {
    QString field;       // schema name ("due_date")
    QString label;       // "Due date"
    FieldValue value;    // the new value, as stored
    QString shownValue;  // for people: enum labels, names of referenced records, "—" for none
};

struct HistoryEntry {
    QString operation;  // create, update, delete, restore
    QDateTime when;     // UTC
    QString author;     // as named by the change (may be empty for old imports)
    QUuid device;
    QString deviceName;  // "Lan (LAN-T480)", "Lan (this device)"
    // When another device's bundle brought the change: that device. Its signature proves it
    // packed the bundle, not that `device` made the change, so the author is its word.
    QUuid relayedBy;
    QString relayedByName;
    std::vector<HistoryFieldChange> changes;  // in the order of the schema
};

// Newest first. An unknown kind is refused; an unknown id gives an empty history. The fields of
// an action's review are named for what the entry did: "Returned by" for a return.
Result<std::vector<HistoryEntry>> recordHistory(Workspace& ws, const QString& entity, const QString& id);

// "Created", "Changed", "Deleted", "Restored".
QString historyOperationLabel(QStringView operation);

}  // namespace score
