#pragma once
// Device-local memory of what happened to synced records: the history of changes after
// creation (who changed which field when, from which device) and the values that lost a merge
// (conflicts) for review. Neither travels in bundles nor shows in the canonical dump.

#include "model/Merge.h"
#include "storage/Database.h"

#include <utility>

namespace score {

class ChangeJournal {
public:
    explicit ChangeJournal(Database& db) : m_db(&db) {}

    // op: "create", "update", "delete" or "restore"; fields: the changed fields with their new
    // values; relayedBy: the device whose bundle brought a change made by another (null when the
    // change was made here or came from its author's own bundle).
    Status logChange(const RecordState& after, const QString& op, const std::vector<int>& fields, const Stamp& stamp, const QString& author,
                     const QUuid& relayedBy = {});
    Status recordConflict(const RecordState& record, const MergeConflict& conflict, const QString& bundleId, const QString& detectedAt);

    void clearCache();

private:
    Database* m_db;
    Statement m_log;
    Statement m_conflict;
    std::pair<QUuid, QString> m_deviceText;   // the last device id logged, as text
    std::pair<QUuid, QString> m_relayedText;  // the last relaying device, as text
};

QString conflictKindName(MergeConflict::Kind kind);

}  // namespace score
