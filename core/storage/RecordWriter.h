#pragma once
// The single path by which synced data changes. Local edits, built-in content, the demo
// generator and bundle imports all hand a RecordState to apply(); it merges it with the stored
// state (see model/Merge.h), writes the result, remembers the history and any conflict, and
// advances the hybrid logical clock past every stamp it has seen.

#include "storage/ChangeJournal.h"
#include "storage/RecordStore.h"
#include "util/Hlc.h"

#include <optional>

namespace score {

struct ApplyOptions {
    enum class Origin { Local, Import, Builtin };
    Origin origin = Origin::Local;
    QString bundleId;    // Import: the bundle the change came from
    QUuid bundleSigner;  // Import: the device that signed it; it relays the changes others made
    QString author;      // Local: who made the change (history)
    bool logHistory = true;
    bool dryRun = false;  // compute the outcome only (the caller rolls back anyway)
};

struct ApplyOutcome {
    enum class Kind { Unchanged, Inserted, Updated };
    Kind kind = Kind::Unchanged;
    bool wasAlive = false;
    bool isAlive = false;
    int conflicts = 0;
    std::vector<int> changedFields;
    // Its latest delete or restore changed (what it owns may have to follow: OwnerCascade).
    bool deletionChanged = false;
    // The record as stored now, when it was stored before (an inserted record is the incoming
    // state itself, which the caller holds already).
    std::optional<RecordState> merged;

    bool deleted() const { return kind == Kind::Updated && wasAlive && !isAlive; }
    bool restored() const { return kind == Kind::Updated && !wasAlive && isAlive; }
};

class RecordWriter {
public:
    RecordWriter(RecordStore& store, ChangeJournal& journal, HybridClock& hlc, const Clock& clock)
        : m_store(&store), m_journal(&journal), m_hlc(&hlc), m_clock(&clock)
    {
    }

    Result<ApplyOutcome> apply(const RecordState& incoming, const ApplyOptions& options);

    void setClock(const Clock& clock) { m_clock = &clock; }

private:
    RecordStore* m_store;
    ChangeJournal* m_journal;
    HybridClock* m_hlc;
    const Clock* m_clock;
};

}  // namespace score
