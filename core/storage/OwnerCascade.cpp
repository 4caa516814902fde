#include "storage/OwnerCascade.h"

namespace score {

namespace {

// How a merge was counted, without the merged record it carries.
ApplyOutcome countedAs(const ApplyOutcome& o)
{
    ApplyOutcome c;
    c.kind = o.kind;
    c.wasAlive = o.wasAlive;
    c.isAlive = o.isAlive;
    c.conflicts = o.conflicts;
    return c;
}

size_t indexOf(const EntitySpec& spec) { return static_cast<size_t>(EntitySchema::instance().entityIndex(spec.name)); }

// What the cascade needs to know of each kind, worked out once from the schema: the fields that
// name its owners, and whether it owns records through a plain reference (cohorts,
// enterprises, visits…: their liveness is kept in memory during an import, since each of their
// records owns many).
struct KindInfo {
    const EntitySpec* spec = nullptr;
    std::vector<int> ownerFields;
    std::vector<const EntitySpec*> ownerKinds;  // for each owner field: its kind, or null for an AnyRef
    std::vector<int> kindFields;                // for an AnyRef owner field, the field naming its kind; else -1
    bool ownsByReference = false;
};

const std::vector<KindInfo>& kinds()
{
    static const std::vector<KindInfo> table = [] {
        const auto& entities = EntitySchema::instance().entities();
        std::vector<KindInfo> t(entities.size());
        for (size_t i = 0; i < entities.size(); ++i) {
            t[i].spec = &entities[i];
            for (int f : entities[i].ownerFields()) {
                const FieldSpec& field = entities[i].fields[static_cast<size_t>(f)];
                t[i].ownerFields.push_back(f);
                t[i].ownerKinds.push_back(field.type == FieldType::Ref ? EntitySchema::instance().entity(field.refEntity) : nullptr);
                t[i].kindFields.push_back(field.type == FieldType::AnyRef ? entities[i].fieldIndex(field.kindField) : -1);
                if (field.type == FieldType::Ref)
                    t[indexOf(*EntitySchema::instance().entity(field.refEntity))].ownsByReference = true;
            }
        }
        return t;
    }();
    return table;
}

// The spec's place in the schema table (specs always come from it).
size_t slot(const EntitySpec& spec)
{
    const auto& entities = EntitySchema::instance().entities();
    const auto at = &spec - entities.data();
    return at >= 0 && static_cast<size_t>(at) < entities.size() ? static_cast<size_t>(at) : indexOf(spec);
}

}  // namespace

OwnerCascade::OwnerCascade(Workspace& ws, ApplyOptions apply)
    : m_ws(&ws), m_apply(std::move(apply)), m_owners(kinds().size()), m_pending(kinds().size()), m_tracked(kinds().size())
{
}

OwnerCascade::OwnerState OwnerCascade::stateOf(const RecordState& record)
{
    return {record.isAlive(), record.deletedStamp, record.restoredStamp};
}

void OwnerCascade::remember(const RecordState& record)
{
    const size_t k = slot(*record.spec);
    if (kinds()[k].ownsByReference)
        m_owners[k].insert(record.id, stateOf(record));
}

std::vector<OwnerCascade::Owner> OwnerCascade::ownersOf(const RecordState& record)
{
    std::vector<Owner> owners;
    const KindInfo& info = kinds()[slot(*record.spec)];
    for (size_t i = 0; i < info.ownerFields.size(); ++i) {
        const auto f = static_cast<size_t>(info.ownerFields[i]);
        const auto* id = std::get_if<QString>(&record.values[f]);
        if (!id || id->isEmpty())
            continue;
        const EntitySpec* kind = info.ownerKinds[i];
        if (!kind)
            if (const auto* name = std::get_if<QString>(&record.values[static_cast<size_t>(info.kindFields[i])]))
                kind = EntitySchema::instance().entity(*name);
        if (kind)  // an unknown kind is refused by the import's own checks
            owners.push_back({kind, *id});
    }
    return owners;
}

Result<std::optional<OwnerCascade::OwnerState>> OwnerCascade::owner(const Owner& o)
{
    const size_t k = slot(*o.spec);
    const bool kept = kinds()[k].ownsByReference;
    if (kept) {
        const auto it = m_owners[k].constFind(o.id);
        if (it != m_owners[k].constEnd())
            return std::optional<OwnerState>(*it);
    }
    auto clock = m_ws->store().loadClock(*o.spec, o.id);
    if (!clock)
        return clock.error();
    if (!clock->has_value())
        return std::optional<OwnerState>();
    const OwnerState state = stateOf(**clock);
    if (kept)
        m_owners[k].insert(o.id, state);
    return std::optional<OwnerState>(state);
}

void OwnerCascade::enqueue(const EntitySpec& spec, const QString& id, bool pull, bool push)
{
    m_pending[slot(spec)].insert(id);
    m_queue.push_back({&spec, id, pull, push});
}

Status OwnerCascade::noteApplied(const RecordState& incoming, const ApplyOutcome& outcome)
{
    const RecordState& now = outcome.merged ? *outcome.merged : incoming;
    remember(now);
    if (outcome.kind == ApplyOutcome::Kind::Unchanged)
        return {};
    const EntitySpec& spec = *now.spec;
    // An owner whose delete or restore changed hands it on to what it owns here.
    const bool push = outcome.kind == ApplyOutcome::Kind::Updated && outcome.deletionChanged;
    // A record follows an owner that is deleted (when it is alive), one restored from the delete
    // it was deleted by (when it is not), or one that may still change.
    bool pull = false;
    for (const Owner& o : ownersOf(now)) {
        if (m_pending[slot(*o.spec)].contains(o.id)) {
            pull = true;
            break;
        }
        auto found = owner(o);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        const OwnerState& state = **found;
        if (outcome.isAlive
                ? !state.alive
                : state.alive && !now.deletedStamp.isNull() && state.deleted == now.deletedStamp && state.restored > now.restoredStamp) {
            pull = true;
            break;
        }
    }
    if (!pull && !push)
        return {};
    auto& tracked = m_tracked[slot(spec)];
    if (!tracked.contains(now.id)) {  // a record the bundle carries twice counts from the first time
        Tracked t;
        t.spec = &spec;
        t.id = now.id;
        t.before = countedAs(outcome);
        t.aliveBefore = outcome.kind == ApplyOutcome::Kind::Inserted ? false : outcome.wasAlive;
        t.aliveNow = outcome.isAlive;
        tracked.insert(now.id, std::move(t));
    }
    enqueue(spec, now.id, pull, push);
    return {};
}

Status OwnerCascade::settle()
{
    while (!m_queue.empty()) {
        const Pending item = std::move(m_queue.front());
        m_queue.pop_front();
        SCORE_TRY(settleOne(item));
    }
    return {};
}

Status OwnerCascade::settleOne(const Pending& item)
{
    bool push = item.push;
    if (item.pull) {
        auto loaded = m_ws->store().load(*item.spec, item.id);
        if (!loaded)
            return loaded.error();
        if (!loaded->has_value())
            return {};
        const RecordState& record = **loaded;
        std::vector<OwnerState> owners;
        for (const Owner& o : ownersOf(record)) {
            auto found = owner(o);
            if (!found)
                return found.error();
            if (found->has_value())
                owners.push_back(**found);
        }

        RecordState change(*item.spec, item.id);
        // Restored with an owner it was deleted together with (the same delete stamp)...
        if (!record.isAlive() && !record.deletedStamp.isNull()) {
            for (const OwnerState& o : owners)
                if (o.alive && o.deleted == record.deletedStamp && o.restored > record.restoredStamp && o.restored > change.restoredStamp)
                    change.restoredStamp = o.restored;
        }
        // ...then, when alive, deleted with any owner that is deleted (the newest delete).
        RecordState after = record;
        after.restoredStamp = std::max(record.restoredStamp, change.restoredStamp);
        if (after.isAlive()) {
            for (const OwnerState& o : owners)
                if (!o.alive && o.deleted > after.deletedStamp && o.deleted > change.deletedStamp)
                    change.deletedStamp = o.deleted;
        }
        if (!change.restoredStamp.isNull() || !change.deletedStamp.isNull()) {
            // The record now incorporates that delete or restore, as after a local one.
            change.vv.raise(change.restoredStamp.device, change.restoredStamp.hlc);
            change.vv.raise(change.deletedStamp.device, change.deletedStamp.hlc);
            auto& tracked = m_tracked[slot(*item.spec)];
            auto t = tracked.find(item.id);
            if (t == tracked.end()) {
                Tracked fresh;
                fresh.spec = item.spec;
                fresh.id = item.id;
                fresh.aliveBefore = record.isAlive();
                t = tracked.insert(item.id, std::move(fresh));
            }
            auto outcome = m_ws->writer().apply(change, m_apply);
            if (!outcome)
                return outcome.error();
            t->changed = true;
            t->aliveNow = outcome->isAlive;
            if (outcome->merged)
                remember(*outcome->merged);
            push = push || outcome->deletionChanged;
        }
    }
    if (push)
        SCORE_TRY(pushToOwned(*item.spec, item.id));
    return {};
}

Status OwnerCascade::pushToOwned(const EntitySpec& spec, const QString& id)
{
    for (const OwnedThrough& link : EntitySchema::instance().ownedThrough(spec)) {
        auto owned = m_ws->store().ownedBy(*link.child, link.field, id, spec.name);
        if (!owned)
            return owned.error();
        for (const QString& childId : std::as_const(*owned))
            enqueue(*link.child, childId, true, false);
    }
    return {};
}

std::vector<OwnerCascade::Effect> OwnerCascade::effects() const
{
    std::vector<Effect> result;
    for (const auto& ofKind : m_tracked) {
        for (const Tracked& t : ofKind) {
            if (!t.changed)
                continue;
            Effect e;
            e.spec = t.spec;
            e.before = t.before;
            e.after.kind = t.before && t.before->kind == ApplyOutcome::Kind::Inserted ? ApplyOutcome::Kind::Inserted
                                                                                      : ApplyOutcome::Kind::Updated;
            e.after.wasAlive = t.aliveBefore;
            e.after.isAlive = t.aliveNow;
            e.after.conflicts = t.before ? t.before->conflicts : 0;
            result.push_back(std::move(e));
        }
    }
    return result;
}

}  // namespace score
