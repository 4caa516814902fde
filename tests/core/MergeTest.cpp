#include "model/Merge.h"

#include <catch2/catch.hpp>

#include <random>

using namespace score;

namespace {

const EntitySpec& actionSpec() { return *EntitySchema::instance().entity(u"improvement_action"); }
int field(const char* name) { return actionSpec().fieldIndex(QLatin1String(name)); }

const QUuid kA(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000000"));
const QUuid kB(QStringLiteral("bbbbbbbb-0000-4000-8000-000000000000"));

// A complete record created by device A at stamp 10.
RecordState created()
{
    RecordState s(actionSpec(), QStringLiteral("0190a0b0-0000-7000-8000-000000000001"));
    for (size_t i = 0; i < s.values.size(); ++i)
        s.stamps[i] = Stamp{10, kA};
    s.values[static_cast<size_t>(field("title"))] = QStringLiteral("Mark walkways");
    s.values[static_cast<size_t>(field("status"))] = QStringLiteral("proposed");
    s.values[static_cast<size_t>(field("priority"))] = QStringLiteral("medium");
    s.vv.raise(kA, 10);
    return s;
}

// An edit of one field made on `device` at `hlc`, by an author who had seen `base`.
RecordState edit(const RecordState& base, const char* name, const FieldValue& value, Hlc hlc, const QUuid& device)
{
    RecordState s = base;
    const auto f = static_cast<size_t>(field(name));
    s.values[f] = value;
    s.stamps[f] = Stamp{hlc, device};
    s.vv.raise(device, hlc);
    return s;
}

}  // namespace

TEST_CASE("Edits of different fields on two devices both survive")
{
    const RecordState base = created();
    const RecordState onA = edit(base, "status", QStringLiteral("approved"), 20, kA);
    const RecordState onB = edit(base, "priority", QStringLiteral("high"), 15, kB);
    const MergeResult ab = mergeRecord(onA, onB);
    const MergeResult ba = mergeRecord(onB, onA);
    REQUIRE(ab.merged.value(u"status") == FieldValue(QStringLiteral("approved")));
    REQUIRE(ab.merged.value(u"priority") == FieldValue(QStringLiteral("high")));
    REQUIRE(ab.conflicts.empty());
    REQUIRE(ba.merged.values == ab.merged.values);
}

TEST_CASE("The later stamp wins a field on every device and the loser becomes a conflict")
{
    const RecordState base = created();
    const RecordState onA = edit(base, "status", QStringLiteral("done"), 30, kA);
    const RecordState onB = edit(base, "status", QStringLiteral("dropped"), 25, kB);
    const MergeResult atA = mergeRecord(onA, onB);
    const MergeResult atB = mergeRecord(onB, onA);
    REQUIRE(atA.merged.value(u"status") == FieldValue(QStringLiteral("done")));
    REQUIRE(atB.merged.value(u"status") == FieldValue(QStringLiteral("done")));
    REQUIRE(atA.conflicts.size() == 1);
    REQUIRE(atB.conflicts.size() == 1);
    REQUIRE(atB.conflicts[0].lostValue == FieldValue(QStringLiteral("dropped")));
    REQUIRE(atA.conflicts[0].lostValue == FieldValue(QStringLiteral("dropped")));
    REQUIRE(atA.conflicts[0].keptStamp == (Stamp{30, kA}));
}

TEST_CASE("An edit made after seeing the other value replaces it without a conflict")
{
    const RecordState base = created();
    const RecordState onB = edit(base, "status", QStringLiteral("approved"), 20, kB);
    RecordState onA = onB;  // A imported B's edit, then changed it again
    onA = edit(onA, "status", QStringLiteral("in_progress"), 40, kA);
    REQUIRE(mergeRecord(onB, onA).conflicts.empty());
    REQUIRE(mergeRecord(onA, onB).conflicts.empty());
    REQUIRE(mergeRecord(onB, onA).merged.value(u"status") == FieldValue(QStringLiteral("in_progress")));
}

TEST_CASE("Merging the same state again changes nothing")
{
    const RecordState s = edit(created(), "title", QStringLiteral("Fix air leaks"), 50, kB);
    const MergeResult again = mergeRecord(s, s);
    REQUIRE_FALSE(again.stateChanged);
    REQUIRE(again.conflicts.empty());
}

TEST_CASE("A delete and a later edit: the record comes back and the clash is noted")
{
    const RecordState base = created();
    RecordState deleted = base;
    deleted.deletedStamp = Stamp{20, kA};
    deleted.vv.raise(kA, 20);
    const RecordState edited = edit(base, "title", QStringLiteral("Still needed"), 30, kB);

    const MergeResult atA = mergeRecord(deleted, edited);
    REQUIRE(atA.isAlive);
    REQUIRE(atA.conflicts.size() == 1);
    REQUIRE(atA.conflicts[0].kind == MergeConflict::Kind::RestoredByEdit);
    const MergeResult atB = mergeRecord(edited, deleted);
    REQUIRE(atB.isAlive);
    REQUIRE(atB.merged.values == atA.merged.values);
    REQUIRE(atB.conflicts.size() == 1);
}

TEST_CASE("A delete after a concurrent older edit keeps the record deleted, with the edit noted")
{
    const RecordState base = created();
    const RecordState edited = edit(base, "title", QStringLiteral("Edited offline"), 20, kB);
    RecordState deleted = base;
    deleted.deletedStamp = Stamp{30, kA};
    deleted.vv.raise(kA, 30);
    const MergeResult atB = mergeRecord(edited, deleted);
    REQUIRE_FALSE(atB.isAlive);
    REQUIRE(atB.conflicts.size() == 1);
    REQUIRE(atB.conflicts[0].kind == MergeConflict::Kind::DeletedElsewhere);
    // The edit is not thrown away: it is in the record, in the recycle bin.
    REQUIRE(atB.merged.value(u"title") == FieldValue(QStringLiteral("Edited offline")));
}

TEST_CASE("A value that lost on a third device is a conflict where it was written, though the winner's vv knows it")
{
    const RecordState base = created();
    const RecordState onB = edit(base, "status", QStringLiteral("dropped"), 25, kB);
    const RecordState onA = edit(base, "status", QStringLiteral("done"), 30, kA);
    // C met B's value first, then A's: the clash is found there and noted in the lost set.
    const MergeResult atC = mergeRecord(mergeRecord(base, onB).merged, onA);
    REQUIRE(atC.conflicts.size() == 1);
    REQUIRE(atC.merged.lost.contains(field("status"), Stamp{25, kB}));
    REQUIRE(atC.merged.vv.knows(Stamp{25, kB}));
    // B gets C's record: its vv knows B's value, yet B's value lost to one that did not.
    const MergeResult atB = mergeRecord(onB, atC.merged);
    REQUIRE(atB.conflicts.size() == 1);
    REQUIRE(atB.conflicts[0].lostValue == FieldValue(QStringLiteral("dropped")));
    REQUIRE(atB.conflicts[0].lostStamp == (Stamp{25, kB}));
    REQUIRE(atB.conflicts[0].keptValue == FieldValue(QStringLiteral("done")));
    REQUIRE(atB.merged.lost == atC.merged.lost);
    // A's value won: nothing of A's lost. And a value replaced by an edit made on top of it is
    // not in the set, so its device notes nothing either.
    REQUIRE(mergeRecord(onA, atC.merged).conflicts.empty());
    const RecordState replaced = edit(atC.merged, "status", QStringLiteral("in_progress"), 40, kA);
    REQUIRE(mergeRecord(atC.merged, replaced).conflicts.empty());
}

TEST_CASE("A value that lost to the same value written concurrently is still noted as lost")
{
    // Nothing is lost where the two meet, but a device holding the first value must learn that
    // a third value, made without seeing either, replaced it.
    const RecordState base = created();
    const RecordState onB = edit(base, "status", QStringLiteral("done"), 25, kB);
    const RecordState onA = edit(base, "status", QStringLiteral("done"), 30, kA);
    const MergeResult same = mergeRecord(onB, onA);
    REQUIRE(same.conflicts.empty());
    REQUIRE(same.merged.lost.contains(field("status"), Stamp{25, kB}));
    const QUuid kC(QStringLiteral("cccccccc-0000-4000-8000-000000000000"));
    const RecordState third = mergeRecord(same.merged, edit(base, "status", QStringLiteral("dropped"), 35, kC)).merged;
    const MergeResult atB = mergeRecord(onB, third);
    REQUIRE(atB.conflicts.size() == 1);
    REQUIRE(atB.conflicts[0].lostStamp == (Stamp{25, kB}));
}

TEST_CASE("The lost set keeps its newest entries up to its bound, whatever the order they arrive in")
{
    LostStamps forward;
    LostStamps backward;
    const int n = LostStamps::kMax + 40;
    for (int i = 0; i < n; ++i) {
        forward.add(i % 7, Stamp{static_cast<Hlc>(100 + i), kA});
        backward.add((n - 1 - i) % 7, Stamp{static_cast<Hlc>(100 + n - 1 - i), kA});
    }
    REQUIRE(forward.entries().size() == static_cast<size_t>(LostStamps::kMax));
    REQUIRE(forward == backward);
    REQUIRE(forward.entries().front().stamp == (Stamp{static_cast<Hlc>(100 + n - LostStamps::kMax), kA}));
    LostStamps old;
    old.add(0, Stamp{100, kA});
    REQUIRE(forward.covers(old));  // older than all it keeps: merging it changes nothing
    LostStamps merged = forward;
    merged.merge(old);
    REQUIRE(merged == forward);
}

TEST_CASE("Merge is commutative, associative and idempotent (random states)")
{
    std::mt19937_64 random(20261126);
    const QUuid devices[] = {kA, kB, QUuid(QStringLiteral("cccccccc-0000-4000-8000-000000000000"))};
    const char* fields[] = {"title", "status", "priority", "cost", "due_date"};
    const FieldValue values[] = {FieldValue(QStringLiteral("x")), FieldValue(QStringLiteral("y")), FieldValue(qint64(3)), FieldValue(2.5),
                                 FieldValue()};
    for (int round = 0; round < 500; ++round) {
        auto randomState = [&] {
            RecordState s = created();
            const int edits = static_cast<int>(random() % 4);
            for (int e = 0; e < edits; ++e)
                s = edit(s, fields[random() % 5], values[random() % 5], 11 + random() % 20, devices[random() % 3]);
            if (random() % 4 == 0) {
                s.deletedStamp = Stamp{11 + random() % 20, devices[random() % 3]};
                s.vv.raise(s.deletedStamp.device, s.deletedStamp.hlc);
            }
            return s;
        };
        const RecordState x = randomState();
        const RecordState y = randomState();
        const RecordState z = randomState();
        const RecordState xy = mergeRecord(x, y).merged;
        const RecordState yx = mergeRecord(y, x).merged;
        REQUIRE(xy.values == yx.values);
        REQUIRE(xy.stamps == yx.stamps);
        REQUIRE(xy.isAlive() == yx.isAlive());
        // The lost set is joined like the vv and the same from both sides; which losers a chain
        // of merges notes may depend on its order, so associativity is not asked of it.
        REQUIRE(xy.lost == yx.lost);
        const RecordState xy_z = mergeRecord(xy, z).merged;
        const RecordState x_yz = mergeRecord(x, mergeRecord(y, z).merged).merged;
        REQUIRE(xy_z.values == x_yz.values);
        REQUIRE(xy_z.stamps == x_yz.stamps);
        REQUIRE(xy_z.isAlive() == x_yz.isAlive());
        REQUIRE_FALSE(mergeRecord(xy, xy).stateChanged);
        REQUIRE_FALSE(mergeRecord(xy, xy).lostChanged);
        REQUIRE_FALSE(mergeRecord(xy_z, x).lostChanged);
    }
}
