// Model-based property test of sync: three devices edit concurrently (seeded random edits,
// wrong clocks included) and swap full, delta and scoped bundles in random orders with repeats.
// Afterwards every workspace prints the same canonical dump, passes `check`, re-importing
// changes nothing, and every value that lost to a value whose author had not seen it is in the
// conflict list of the device that wrote it (see the rule at the end of runScenario).
//
// SCORE_PROPERTY_SEEDS (default 8) and SCORE_PROPERTY_FIRST_SEED (default 1) choose the seeds;
// a failure prints its seed, and `SCORE_PROPERTY_FIRST_SEED=N SCORE_PROPERTY_SEEDS=1` replays it.

#include "support/SyncSupport.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "demo/EditSimulator.h"
#include "storage/SyncState.h"
#include "storage/WorkspaceCheck.h"

#include <QHash>

using namespace score;
using namespace score::test;

namespace {

struct Edit {
    const EntitySpec* spec;
    QString id;
    int field;
    FieldValue value;
    Stamp stamp;
    VersionVector before;
};

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// Returns how many lost values it looked for on their authors' devices.
int runScenario(quint64 seed)
{
    TempDir dir;
    DemoRandom random(seed);
    std::vector<Device> devices;
    for (int i = 0; i < 3; ++i) {
        devices.push_back(makeDevice(dir, QStringLiteral("dev%1").arg(i), seed * 10 + static_cast<quint64>(i)));
        devices.back().t.clock->advanceMs(i * 1000);
    }
    std::vector<qint64> offsets(devices.size(), 0);
    std::vector<Edit> edits;
    auto observer = [&](const RecordState& change, const VersionVector& before) {
        for (size_t f = 0; f < change.stamps.size(); ++f)
            if (!change.stamps[f].isNull() && !change.spec->fields[f].meta)
                edits.push_back({change.spec, change.id, static_cast<int>(f), change.values[f], change.stamps[f], before});
    };

    DemoOptions demo;
    demo.enterprises = 2;
    demo.anchor = QDate(2026, 6, 14);
    REQUIRE(generateDemo(devices[0].ws(), demo).ok());
    ExportOptions full;
    const QString start = exportTo(devices[0], dir, QStringLiteral("start.scorebundle"), full);
    importFrom(devices[1], start);
    importFrom(devices[2], start);

    std::vector<QString> pool;
    ImportOptions lenient;
    lenient.allowMassDelete = true;
    int bundleNumber = 0;
    for (int round = 0; round < 5; ++round) {
        for (Device& d : devices) {
            d.t.clock->advanceMs(random.range(1, 600) * 1000);
            const int clockTrouble = random.weighted({0.85, 0.08, 0.07});
            // Wrong clocks, at most eleven hours either way, so that no two devices are more
            // than the policy's one day apart (beyond it bundles are held back: see the device
            // days ahead below). A clock set right again goes back to the true time.
            const qint64 offset = clockTrouble == 1   ? -11LL * 3600 * 1000  // set back by hand
                                  : clockTrouble == 2 ? 11LL * 3600 * 1000   // runs ahead
                                                      : 0;
            d.t.clock->advanceMs(offset - offsets[&d - devices.data()]);
            offsets[&d - devices.data()] = offset;
            SimulationOptions sim;
            sim.count = random.range(5, 25);
            sim.seed = random.next();
            sim.observer = observer;
            auto result = simulateEdits(d.ws(), sim);
            INFO((result ? QString() : result.message()).toStdString());
            REQUIRE(result.ok());
        }
        const int exchanges = random.range(3, 6);
        for (int x = 0; x < exchanges; ++x) {
            const int from = random.range(0, 2);
            const int to = (from + random.range(1, 2)) % 3;
            ExportOptions options;
            const int kind = random.weighted({0.4, 0.3, 0.3});
            if (kind == 1) {
                options.full = false;
                options.forDevice = devices[static_cast<size_t>(to)].name;
                // A device never heard from is unknown: a full bundle then.
                auto peer = SyncState(devices[static_cast<size_t>(from)].ws()).findPeer(options.forDevice);
                if (!peer)
                    options.full = true;
            } else if (kind == 2) {
                auto stmt = devices[static_cast<size_t>(from)].ws().db().prepare(u"SELECT id FROM enterprise ORDER BY id");
                QStringList ids;
                while (stmt->next())
                    ids << stmt->text(0);
                options.enterpriseIds = {random.pick(ids)};
            }
            const QString bundle = exportTo(devices[static_cast<size_t>(from)], dir, QStringLiteral("b%1.scorebundle").arg(++bundleNumber),
                                            options);
            pool.push_back(bundle);
            importFrom(devices[static_cast<size_t>(to)], bundle, lenient);
            if (random.chance(0.35)) {
                // An old bundle arrives late, or twice.
                importFrom(devices[static_cast<size_t>(random.range(0, 2))], random.pick(pool), lenient);
            }
        }
    }

    // Everyone sends everyone a full bundle, twice over: all must hold the same.
    std::vector<QString> finals(3);
    for (int pass = 0; pass < 2; ++pass) {
        for (int from = 0; from < 3; ++from) {
            finals[static_cast<size_t>(from)] = exportTo(devices[static_cast<size_t>(from)], dir,
                                                         QStringLiteral("final%1-%2.scorebundle").arg(pass).arg(from), full);
            for (int to = 0; to < 3; ++to)
                if (to != from)
                    importFrom(devices[static_cast<size_t>(to)], finals[static_cast<size_t>(from)], lenient);
        }
    }
    const QString dump = canonicalDump(devices[0].ws());
    for (Device& d : devices) {
        REQUIRE(canonicalDump(d.ws()) == dump);
        auto report = checkWorkspace(d.ws());
        INFO(report->problems.join(u'\n').toStdString());
        REQUIRE(report->ok());
    }
    // Idempotence: old bundles again, in another order, change nothing.
    for (int to = 2; to >= 0; --to)
        for (int i = 0; i < 4 && !pool.empty(); ++i)
            REQUIRE_FALSE(importFrom(devices[static_cast<size_t>(to)], random.pick(pool), lenient).changedAnything());
    REQUIRE(canonicalDump(devices[1].ws()) == dump);

    // No edit lost, and the loss is visible where the edit was made. An edit e (value v, stamp s,
    // written on device A = s.device) must be in A's conflict list, with s as the lost stamp, when
    //   - it is not what the field holds at the end (neither its stamp nor its value), and
    //   - no edit of the field was made knowing s (its `before` covers s): A's own later edit of
    //     the field included, so a value A itself overwrote is superseded there, not lost, and
    //   - no later edit of the field wrote the same value: A may have taken that one in place of
    //     v without a conflict (nothing changed), and then any later loss is noted under its
    //     stamp, not s.
    // A holds v until a winner reaches it, directly (its vv does not know s: the vv rule) or
    // through a device that met both first (its vv knows s, and so does its lost set).
    QHash<QString, std::vector<const Edit*>> byField;
    for (const Edit& e : edits)
        byField[e.id + u'/' + QString::number(e.field)].push_back(&e);
    QHash<QUuid, Device*> authors;
    for (Device& d : devices)
        authors.insert(d.ws().device().deviceId, &d);
    int required = 0;
    for (const auto& group : std::as_const(byField)) {
        const Edit& any = *group.front();
        auto final = devices[0].ws().store().load(*any.spec, any.id);
        REQUIRE(final->has_value());
        const RecordState& state = **final;
        for (const Edit* e : group) {
            if (e->stamp == state.stamps[static_cast<size_t>(e->field)] || sameValue(e->value, state.values[static_cast<size_t>(e->field)]))
                continue;
            const bool superseded = std::any_of(group.begin(), group.end(), [&](const Edit* other) {
                return other->before.knows(e->stamp) || (other->stamp > e->stamp && sameValue(other->value, e->value));
            });
            if (superseded)
                continue;
            ++required;
            Device* author = authors.value(e->stamp.device);
            REQUIRE(author);
            auto stmt = author->ws().db().prepare(
                u"SELECT count(*) FROM conflict WHERE record_id = ?1 AND field = ?2 AND lost_hlc = ?3 AND lost_device = ?4");
            stmt->bind(1, e->id).bind(2, e->spec->fields[static_cast<size_t>(e->field)].name);
            stmt->bind(3, static_cast<qint64>(e->stamp.hlc)).bind(4, uuidText(e->stamp.device));
            REQUIRE(stmt->next());
            INFO("lost value of " << e->spec->name << " " << e->id << " field " << e->spec->fields[static_cast<size_t>(e->field)].name
                                  << " is not in the conflicts of " << author->name.toStdString());
            REQUIRE(stmt->integer(0) > 0);
        }
    }
    return required;
}

}  // namespace

TEST_CASE("Property: three devices editing and swapping bundles in any order converge without losing an edit")
{
    const int seeds = envInt("SCORE_PROPERTY_SEEDS", 8);
    const int first = envInt("SCORE_PROPERTY_FIRST_SEED", 1);
    int lostValues = 0;
    for (int seed = first; seed < first + seeds; ++seed) {
        INFO("seed " << seed << " (replay: SCORE_PROPERTY_FIRST_SEED=" << seed << " SCORE_PROPERTY_SEEDS=1)");
        lostValues += runScenario(static_cast<quint64>(seed));
    }
    // The scenarios make values lose, or the check above looked at nothing.
    if (seeds >= 8)
        REQUIRE(lostValues > 0);
    if (qEnvironmentVariableIsSet("SCORE_PROPERTY_VERBOSE"))
        qInfo("%d lost values found in their authors' conflict lists over %d seeds", lostValues, seeds);
}
