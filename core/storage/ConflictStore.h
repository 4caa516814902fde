#pragma once
// The values that lost a merge, for a person to review: list them, dismiss them, or re-apply
// the losing value (a new local edit, which then wins everywhere it travels).

#include "storage/Workspace.h"

#include <vector>

namespace score {

class RecordEditor;

struct ConflictEntry {
    qint64 id = 0;
    QString detectedAt;
    QString entity;
    QString recordId;
    QString recordLabel;  // the record's name or title, for people
    QString field;        // empty for a delete/restore clash
    QString kind;         // field, deleted, restored
    QString keptValue;
    qint64 keptMs = 0;
    QUuid keptDevice;
    QString keptBy;  // device name and user, as known here
    QString lostValue;
    qint64 lostMs = 0;
    QUuid lostDevice;
    QString lostBy;
    QString status;  // open, dismissed, reapplied
};

class ConflictStore {
public:
    explicit ConflictStore(Workspace& ws) : m_ws(&ws) {}

    Result<std::vector<ConflictEntry>> list(bool openOnly = true);
    Result<qint64> openCount();
    Status dismiss(qint64 conflictId);
    // Writes the losing value again as a new edit by this device, and closes the conflict.
    Status reapply(qint64 conflictId, const QString& author);
    // The same through `editor` (the desktop's, which records the edit for undo), inside the
    // caller's transaction.
    Status reapply(qint64 conflictId, RecordEditor& editor);
    // The review state of this device only (open, dismissed, reapplied); undoing a re-apply
    // opens the conflict again.
    Status setStatus(qint64 conflictId, const QString& status);

private:
    Result<ConflictEntry> get(qint64 conflictId);
    Workspace* m_ws;
};

// "Lan (LAN-T480)" for a device id known to this workspace, or its short id.
QString describeDevice(Workspace& ws, const QUuid& device);

}  // namespace score
