#include "storage/RecordWriter.h"

#include "model/Merge.h"

#include <QCoreApplication>

namespace score {

namespace {
struct RecordWriterTr {
    Q_DECLARE_TR_FUNCTIONS(score::RecordWriter)
};

Hlc newestHlc(const RecordState& s)
{
    Hlc newest = std::max(s.deletedStamp.hlc, s.restoredStamp.hlc);
    for (const Stamp& st : s.stamps)
        newest = std::max(newest, st.hlc);
    for (const auto& e : s.vv.entries())
        newest = std::max(newest, e.second);
    return newest;
}

// The device that relayed a change made on another: a bundle's signature proves who packed
// it, not who made each change in it, so the history says whose word the author's name is.
QUuid relayedBy(const Stamp& change, const ApplyOptions& options)
{
    return options.origin == ApplyOptions::Origin::Import && change.device != options.bundleSigner ? options.bundleSigner : QUuid();
}

// Groups changed fields by the change (stamp) that set them, for the history.
void logImportedChanges(ChangeJournal& journal, const MergeResult& merge, const QString& author, const ApplyOptions& options,
                        std::vector<Status>& errors)
{
    std::vector<Stamp> seen;
    for (int f : merge.changedFields) {
        const Stamp& s = merge.merged.stamps[static_cast<size_t>(f)];
        if (std::find(seen.begin(), seen.end(), s) != seen.end())
            continue;
        seen.push_back(s);
        std::vector<int> group;
        for (int g : merge.changedFields)
            if (merge.merged.stamps[static_cast<size_t>(g)] == s)
                group.push_back(g);
        errors.push_back(journal.logChange(merge.merged, QStringLiteral("update"), group, s, author, relayedBy(s, options)));
    }
}
}  // namespace

Result<ApplyOutcome> RecordWriter::apply(const RecordState& incoming, const ApplyOptions& options)
{
    m_hlc->observe(newestHlc(incoming));

    auto loaded = m_store->load(*incoming.spec, incoming.id);
    if (!loaded)
        return loaded.error();

    ApplyOutcome outcome;
    if (!loaded->has_value()) {
        if (!incoming.isComplete())
            return Error::notFound(
                RecordWriterTr::tr("The %1 %2 does not exist.").arg(entityDisplayName(incoming.spec->name), incoming.id));
        outcome.kind = ApplyOutcome::Kind::Inserted;
        outcome.isAlive = incoming.isAlive();
        if (options.dryRun)
            return outcome;
        SCORE_TRY(m_store->insert(incoming));
        // Local creations enter the history; imported ones show their own created_at/by. (Marking
        // relayed creations would log a row per record of a relayed full bundle: +30 % import time.)
        if (options.origin == ApplyOptions::Origin::Local && options.logHistory)
            SCORE_TRY(m_journal->logChange(incoming, QStringLiteral("create"), {}, incoming.stamps.front(), options.author));
        return outcome;
    }

    const RecordState& local = **loaded;
    MergeResult merge = mergeRecord(local, incoming);
    outcome.wasAlive = merge.wasAlive;
    outcome.isAlive = merge.isAlive;
    outcome.changedFields = merge.changedFields;
    const bool recordConflicts = options.origin == ApplyOptions::Origin::Import;
    outcome.conflicts = recordConflicts ? static_cast<int>(merge.conflicts.size()) : 0;
    outcome.deletionChanged = merge.merged.deletedStamp != local.deletedStamp || merge.merged.restoredStamp != local.restoredStamp;
    // The merged state is handed back once it is no longer needed here (moved, not copied).
    const auto handBack = [&](ApplyOutcome& o) -> ApplyOutcome {
        o.merged = std::move(merge.merged);
        return std::move(o);
    };
    if (!merge.stateChanged) {
        // Only the lost set grew (a third device met a clash first): kept, so that it travels on,
        // but nothing a person would see changed.
        if (merge.lostChanged && !options.dryRun)
            SCORE_TRY(m_store->update(merge.merged));
        return handBack(outcome);
    }
    outcome.kind = ApplyOutcome::Kind::Updated;
    if (options.dryRun)
        return handBack(outcome);

    SCORE_TRY(m_store->update(merge.merged));

    if (recordConflicts) {
        const QString now = m_clock->nowIso();
        for (const MergeConflict& c : merge.conflicts)
            SCORE_TRY(m_journal->recordConflict(merge.merged, c, options.bundleId, now));
    }
    if (!options.logHistory)
        return handBack(outcome);

    const int modifiedBy = merge.merged.spec->fieldIndex(u"modified_by");
    const QString author = options.origin == ApplyOptions::Origin::Local ? options.author
                           : std::get_if<QString>(&merge.merged.values[static_cast<size_t>(modifiedBy)])
                               ? std::get<QString>(merge.merged.values[static_cast<size_t>(modifiedBy)])
                               : QString();
    if (outcome.deleted()) {
        const Stamp& deleted = merge.merged.deletedStamp;
        SCORE_TRY(m_journal->logChange(merge.merged, QStringLiteral("delete"), {}, deleted, author, relayedBy(deleted, options)));
    } else if (outcome.restored()) {
        const Stamp restored = merge.merged.newestLiveStamp();
        SCORE_TRY(m_journal->logChange(merge.merged, QStringLiteral("restore"), merge.changedFields, restored, author,
                                       relayedBy(restored, options)));
    } else if (!merge.changedFields.empty()) {
        std::vector<Status> errors;
        logImportedChanges(*m_journal, merge, author, options, errors);
        for (const Status& s : errors)
            SCORE_TRY(s);
    }
    return handBack(outcome);
}

}  // namespace score
