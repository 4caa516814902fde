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
        const RecordState xy_z = mergeRecord(xy, z).merged;
        const RecordState x_yz = mergeRecord(x, mergeRecord(y, z).merged).merged;
        REQUIRE(xy_z.values == x_yz.values);
        REQUIRE(xy_z.stamps == x_yz.stamps);
        REQUIRE(xy_z.isAlive() == x_yz.isAlive());
        REQUIRE_FALSE(mergeRecord(xy, xy).stateChanged);
    }
}
