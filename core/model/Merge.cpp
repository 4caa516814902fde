#include "model/Merge.h"

namespace score {

MergeResult mergeRecord(const RecordState& local, const RecordState& incoming)
{
    MergeResult result;
    result.merged = local;
    RecordState& merged = result.merged;
    const auto& fields = local.spec->fields;
    // What this merge finds lost; joined with both sides' own at the end.
    LostStamps lost;

    for (size_t i = 0; i < fields.size(); ++i) {
        const Stamp& in = incoming.stamps[i];
        const Stamp& mine = local.stamps[i];
        if (in.isNull())
            continue;
        const FieldValue& inValue = incoming.values[i];
        const FieldValue& myValue = local.values[i];

        if (in == mine) {
            // The same change seen twice. Two different values under one stamp can only come from
            // a damaged or forged bundle; pick one deterministically so that devices still agree.
            if (!sameValue(inValue, myValue) && valueLess(myValue, inValue)) {
                merged.values[i] = inValue;
                result.changedFields.push_back(static_cast<int>(i));
            }
            continue;
        }

        const bool incomingWins = in > mine;
        const bool differs = !sameValue(inValue, myValue);
        if (incomingWins) {
            merged.values[i] = inValue;
            merged.stamps[i] = in;
            result.changedFields.push_back(static_cast<int>(i));
        }
        if (fields[i].meta || mine.isNull())
            continue;
        const int field = static_cast<int>(i);
        // Did the winner's author know the losing value? Then it was simply replaced.
        const bool concurrent = incomingWins ? !incoming.vv.knows(mine) : !local.vv.knows(in);
        if (concurrent) {
            // Noted even when both wrote the same value: a device holding it must still learn
            // that a third value it never saw replaced it.
            lost.add(field, incomingWins ? mine : in);
        } else if (!(incomingWins && incoming.lost.contains(field, mine))) {
            continue;
        }
        // Concurrent here, or the value held here lost elsewhere to a value whose author had not
        // seen it (the incoming record met both first, so its vv knows this value).
        if (!differs)
            continue;
        MergeConflict c;
        c.kind = MergeConflict::Kind::Field;
        c.field = field;
        c.keptValue = incomingWins ? inValue : myValue;
        c.keptStamp = incomingWins ? in : mine;
        c.lostValue = incomingWins ? myValue : inValue;
        c.lostStamp = incomingWins ? mine : in;
        result.conflicts.push_back(std::move(c));
    }

    if (incoming.deletedStamp > merged.deletedStamp)
        merged.deletedStamp = incoming.deletedStamp;
    if (incoming.restoredStamp > merged.restoredStamp)
        merged.restoredStamp = incoming.restoredStamp;
    merged.vv.merge(incoming.vv);

    result.wasAlive = local.isAlive();
    result.isAlive = merged.isAlive();

    // Liveness conflicts: the two sides disagreed on whether the record exists and neither knew
    // the other's deciding change; or this side's deciding change lost to the other elsewhere.
    if (incoming.isComplete() && result.wasAlive != incoming.isAlive()) {
        const Stamp localDeciding = result.wasAlive ? local.newestLiveStamp() : local.deletedStamp;
        const Stamp incomingDeciding = incoming.isAlive() ? incoming.newestLiveStamp() : incoming.deletedStamp;
        const bool concurrent = !incoming.vv.knows(localDeciding) && !local.vv.knows(incomingDeciding);
        const bool lostElsewhere = result.isAlive != result.wasAlive && incoming.lost.contains(LostStamps::kLife, localDeciding);
        if (concurrent || lostElsewhere) {
            MergeConflict c;
            if (result.isAlive) {
                c.kind = MergeConflict::Kind::RestoredByEdit;
                c.keptStamp = merged.newestLiveStamp();
                c.lostStamp = concurrent ? merged.deletedStamp : localDeciding;
            } else {
                c.kind = MergeConflict::Kind::DeletedElsewhere;
                c.keptStamp = merged.deletedStamp;
                c.lostStamp = result.wasAlive ? localDeciding : incomingDeciding;
            }
            if (concurrent)
                lost.add(LostStamps::kLife, c.lostStamp);
            result.conflicts.push_back(std::move(c));
        }
    }

    merged.lost.merge(incoming.lost);
    merged.lost.merge(lost);
    result.lostChanged = !(merged.lost == local.lost);
    result.stateChanged = !result.changedFields.empty() || merged.deletedStamp != local.deletedStamp
                          || merged.restoredStamp != local.restoredStamp || !(merged.vv == local.vv);
    return result;
}

}  // namespace score
