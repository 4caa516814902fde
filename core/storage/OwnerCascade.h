#pragma once
// Makes deletes and restores that arrive by import reach what the record owns, as a local delete
// or restore does (RecordEditor::remove and restore). After an import has merged its records:
//
// - a record alive here whose owner is deleted is deleted with it, under the owner's delete
//   stamp (the newest, when several of its owners are deleted); one edited after that delete
//   stays alive, as it would against a local delete;
// - a deleted record whose owner was deleted under the same stamp and restored since is
//   restored with it, under the owner's restore stamp.
//
// Only stamps that already exist are written (never a new one of this device), each through
// RecordWriter, the single write path, with the record's version vector raised to cover it.
// Every device that holds the same records therefore derives the same tombstones, and sends
// them on like any other. Records already deleted are left as they are, so a finding deleted
// before its visit stays in the recycle bin when the visit is restored, as it does locally.

#include "storage/RecordWriter.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <optional>
#include <vector>

namespace score {

class OwnerCascade {
public:
    // What the cascade did to one record, for the import summary to count it again: how the
    // import's merge of it was counted (`before`; none when the bundle did not carry it), and
    // how it counts with the cascade (`after`: wasAlive is its state before the import).
    struct Effect {
        const EntitySpec* spec = nullptr;
        std::optional<ApplyOutcome> before;
        ApplyOutcome after;
    };

    // `apply` says how the cascade's changes are written (the import's origin and bundle).
    OwnerCascade(Workspace& ws, ApplyOptions apply);

    // Called for every record the import merged, with the record it brought and the outcome:
    // notes what may have to follow its owners or be followed by what it owns. Cheap for the
    // common record (alive, with live owners): a lookup of each owner, most of them from memory.
    Status noteApplied(const RecordState& incoming, const ApplyOutcome& outcome);
    // Lets deletes and restores flow down from every noted record until nothing changes.
    Status settle();

    // Every record whose state the cascade changed.
    std::vector<Effect> effects() const;

private:
    struct OwnerState {
        bool alive = true;
        Stamp deleted;
        Stamp restored;
    };
    struct Owner {
        const EntitySpec* spec = nullptr;
        QString id;
    };
    struct Tracked {
        const EntitySpec* spec = nullptr;
        QString id;
        std::optional<ApplyOutcome> before;
        bool aliveBefore = true;  // before the import
        bool aliveNow = true;
        bool changed = false;  // by the cascade
    };
    struct Pending {
        const EntitySpec* spec = nullptr;
        QString id;
        bool pull = true;  // settle it against its owners
        bool push = true;  // then hand what it owns on to be settled
    };

    static OwnerState stateOf(const RecordState& record);
    static std::vector<Owner> ownersOf(const RecordState& record);
    // The owner's liveness and stamps as stored now (from memory for the kinds that own by a
    // plain reference), or none when there is no such record.
    Result<std::optional<OwnerState>> owner(const Owner& o);
    void remember(const RecordState& record);
    Status settleOne(const Pending& item);
    Status pushToOwned(const EntitySpec& spec, const QString& id);
    void enqueue(const EntitySpec& spec, const QString& id, bool pull, bool push);

    Workspace* m_ws;
    ApplyOptions m_apply;
    // Indexed like EntitySchema::entities(), by id: no key is built per record.
    std::vector<QHash<QString, OwnerState>> m_owners;  // kinds that own by plain reference
    std::vector<QSet<QString>> m_pending;              // noted, maybe about to change
    std::vector<QHash<QString, Tracked>> m_tracked;
    std::deque<Pending> m_queue;
};

}  // namespace score
