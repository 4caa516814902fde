#include "support/SyncSupport.h"

#include "crypto/Crypto.h"
#include "demo/DemoGenerator.h"
#include "domain/NaturalIds.h"
#include "model/StampCodec.h"
#include "storage/Backups.h"
#include "storage/BlobStore.h"
#include "storage/ClockRepair.h"
#include "storage/ConflictStore.h"
#include "storage/RecordHistory.h"
#include "storage/SyncState.h"
#include "storage/WorkspaceCheck.h"
#include "storage/WorkspaceRestore.h"

#include <QFile>
#include <QJsonArray>

using namespace score;
using namespace score::test;

namespace {

// A device with a small demo (two enterprises) whose full bundle another device imported.
struct Pair {
    TempDir dir;
    Device a;
    Device b;
    QString enterprise;
    Pair()
    {
        a = makeDevice(dir, QStringLiteral("a"), 11);
        b = makeDevice(dir, QStringLiteral("b"), 12);
        DemoOptions demo;
        demo.enterprises = 2;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(a.ws(), demo).ok());
        enterprise = listFirstEnterprise(a.ws());
        importFrom(b, exportTo(a, dir, QStringLiteral("a-full.scorebundle"), fullOptions()));
        REQUIRE(canonicalDump(a.ws()) == canonicalDump(b.ws()));
    }
    static ExportOptions fullOptions()
    {
        ExportOptions o;
        o.full = true;
        return o;
    }
    static QString listFirstEnterprise(Workspace& ws)
    {
        auto stmt = ws.db().prepare(u"SELECT id FROM enterprise ORDER BY name LIMIT 1");
        REQUIRE(stmt->next());
        return stmt->text(0);
    }
};

QString firstAction(Workspace& ws)
{
    auto stmt = ws.db().prepare(u"SELECT id FROM improvement_action WHERE deleted = 0 ORDER BY id LIMIT 1");
    REQUIRE(stmt->next());
    return stmt->text(0);
}

FieldValue actionField(Workspace& ws, const QString& id, const char* field)
{
    auto state = ws.store().load(*EntitySchema::instance().entity(u"improvement_action"), id);
    REQUIRE(state->has_value());
    return (*state)->value(QLatin1String(field));
}

}  // namespace

TEST_CASE("A full bundle makes a new workspace identical, with photos, and re-importing changes nothing")
{
    Pair p;
    REQUIRE(*p.b.ws().db().scalar(u"SELECT count(*) FROM attachment_blob")
            == *p.a.ws().db().scalar(u"SELECT count(*) FROM attachment_blob"));
    REQUIRE(checkWorkspace(p.b.ws())->ok());
    const ImportSummary again = importFrom(p.b, p.dir.path(QStringLiteral("a-full.scorebundle")));
    REQUIRE_FALSE(again.changedAnything());
    REQUIRE_FALSE(again.previouslyImportedAt.isEmpty());
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));
}

TEST_CASE("Edits of different fields on two devices both survive the exchange")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    REQUIRE(RecordEditor(p.a.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Renamed on A")}}).ok());
    p.b.t.clock->advanceMs(5000);
    REQUIRE(RecordEditor(p.b.ws()).update(u"improvement_action", action, {{QStringLiteral("priority"), QStringLiteral("low")}}).ok());
    importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b1.scorebundle"), Pair::fullOptions()));
    importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a1.scorebundle"), Pair::fullOptions()));
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));
    REQUIRE(actionField(p.a.ws(), action, "title") == FieldValue(QStringLiteral("Renamed on A")));
    REQUIRE(actionField(p.a.ws(), action, "priority") == FieldValue(QStringLiteral("low")));
    REQUIRE(ConflictStore(p.a.ws()).openCount().value() == 0);
}

TEST_CASE("The same field edited on two devices: the later edit wins everywhere, the other is a conflict to re-apply")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    p.a.t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(p.a.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("From A")}}).ok());
    p.b.t.clock->advanceMs(120'000);
    REQUIRE(RecordEditor(p.b.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("From B")}}).ok());
    const auto atA = importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b.scorebundle"), Pair::fullOptions()));
    importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions()));
    REQUIRE(atA.totals.conflicts == 1);
    REQUIRE(actionField(p.a.ws(), action, "title") == FieldValue(QStringLiteral("From B")));
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));

    ConflictStore conflicts(p.a.ws());
    auto list = conflicts.list();
    REQUIRE(list->size() == 1);
    const ConflictEntry& c = list->front();
    REQUIRE(c.field == QStringLiteral("title"));
    REQUIRE(c.lostValue == QStringLiteral("\"From A\""));
    REQUIRE(c.keptValue == QStringLiteral("\"From B\""));
    REQUIRE(c.lostBy.contains(QStringLiteral("this device")));
    REQUIRE(c.keptBy.contains(QStringLiteral("b")));

    // Re-applying is a new edit that wins on the other device too, without a new conflict.
    p.a.t.clock->advanceMs(10'000);
    REQUIRE(conflicts.reapply(c.id, QStringLiteral("a user")).ok());
    REQUIRE(conflicts.openCount().value() == 0);
    const auto atB = importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a2.scorebundle"), Pair::fullOptions()));
    REQUIRE(atB.totals.conflicts == 0);
    REQUIRE(actionField(p.b.ws(), action, "title") == FieldValue(QStringLiteral("From A")));
}

TEST_CASE("A bundle stamped more than a day ahead is held back and cannot move this device's clock", "[trust]")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    p.b.t.clock->advanceMs(qint64(400) * 24 * 3600 * 1000);  // B's CMOS battery died the other way
    REQUIRE(RecordEditor(p.b.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Future")}}).ok());
    const QString bundle = exportTo(p.b, p.dir, QStringLiteral("b.scorebundle"), Pair::fullOptions());
    const QString before = canonicalDump(p.a.ws());
    const Hlc clockBefore = p.a.ws().hlc().last();
    ImportOptions options;
    options.backup = false;
    const auto held = importBundle(p.a.ws(), bundle, options);
    REQUIRE_FALSE(held.ok());
    REQUIRE(held.error().kind == Error::Kind::Conflict);
    const QString claimed = p.b.t.clock->nowUtc().toString(QStringLiteral("yyyy-MM-dd"));
    INFO(held.message().toStdString());
    REQUIRE(held.message().contains(QStringLiteral("\"b\"")));
    REQUIRE(held.message().contains(claimed));
    REQUIRE(canonicalDump(p.a.ws()) == before);
    REQUIRE(p.a.ws().hlc().last() == clockBefore);
    // A's next edit is stamped by its own clock, not in B's future.
    p.a.t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(p.a.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Now")}}).ok());
    REQUIRE(hlcMillis(p.a.ws().hlc().last()) == p.a.t.clock->nowMs());

    // Within the bound (a clock twenty hours fast), the bundle applies as always.
    Device c = makeDevice(p.dir, QStringLiteral("c"), 33);
    importFrom(c, exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions()));
    c.t.clock->advanceMs(20LL * 3600 * 1000);
    REQUIRE(RecordEditor(c.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Fast")}}).ok());
    importFrom(p.a, exportTo(c, p.dir, QStringLiteral("c.scorebundle"), Pair::fullOptions()));
    REQUIRE(actionField(p.a.ws(), action, "title") == FieldValue(QStringLiteral("Fast")));
}

TEST_CASE("A device whose clock was ahead re-stamps its changes once the date is right, and they travel again")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    const qint64 wrong = qint64(400) * 24 * 3600 * 1000;
    p.b.t.clock->advanceMs(wrong);
    REQUIRE(
        RecordEditor(p.b.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Made while wrong")}}).ok());
    const QString travelled = exportTo(p.b, p.dir, QStringLiteral("b-wrong.scorebundle"), Pair::fullOptions());
    ImportOptions options;
    options.backup = false;
    REQUIRE_FALSE(importBundle(p.a.ws(), travelled, options).ok());

    // B's date is set right: it sees its own stamps ahead of the clock.
    p.b.t.clock->advanceMs(-wrong + 60'000);
    REQUIRE_FALSE(ownStampsAheadOfClock(p.a.ws()).has_value());
    const auto ahead = ownStampsAheadOfClock(p.b.ws());
    REQUIRE(ahead.has_value());
    REQUIRE(*ahead > p.b.t.clock->nowMs() + wrong / 2);
    const auto restamped = restampOwnFutureChanges(p.b.ws());
    INFO((restamped ? QString() : restamped.message()).toStdString());
    REQUIRE(restamped.ok());
    REQUIRE(restamped->records >= 1);
    REQUIRE(restamped->changes >= 1);
    REQUIRE_FALSE(ownStampsAheadOfClock(p.b.ws()).has_value());
    REQUIRE(hlcMillis(p.b.ws().hlc().last()) <= p.b.t.clock->nowMs() + 1);
    REQUIRE(actionField(p.b.ws(), action, "title") == FieldValue(QStringLiteral("Made while wrong")));
    REQUIRE(checkWorkspace(p.b.ws())->ok());
    // Reopening keeps the clock where the re-stamp put it.
    {
        const QString path = p.b.ws().path();
        p.b.t.ws.reset();
        WorkspaceOptions reopen;
        reopen.clock = p.b.t.clock.get();
        auto ws = Workspace::open(path, reopen);
        REQUIRE(ws.ok());
        p.b.t.ws = std::move(*ws);
        REQUIRE_FALSE(ownStampsAheadOfClock(p.b.ws()).has_value());
    }

    // The re-stamped change travels; the bundle made while the clock was wrong stays held back.
    importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b-right.scorebundle"), Pair::fullOptions()));
    REQUIRE(actionField(p.a.ws(), action, "title") == FieldValue(QStringLiteral("Made while wrong")));
    REQUIRE_FALSE(importBundle(p.a.ws(), travelled, options).ok());
    // A later edit in real time wins everywhere.
    p.a.t.clock->advanceMs(120'000);
    REQUIRE(
        RecordEditor(p.a.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Later, really")}}).ok());
    importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions()));
    REQUIRE(actionField(p.b.ws(), action, "title") == FieldValue(QStringLiteral("Later, really")));
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));

    // A computer whose own date is the wrong one (set back) must not re-stamp: it is told so.
    p.a.t.clock->advanceMs(-wrong);
    REQUIRE(ownStampsAheadOfClock(p.a.ws()).has_value());
    const QString before = canonicalDump(p.a.ws());
    const auto refused = restampOwnFutureChanges(p.a.ws());
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.message().contains(QStringLiteral("probably the wrong one")));
    REQUIRE(canonicalDump(p.a.ws()) == before);
}

TEST_CASE("A stamp at the top of the range is refused outright as damaged or forged", "[trust]")
{
    Pair p;
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    for (const char* top : {"7fffffffffffffff", "ffffffffffffffff", "7ffffffffffe0000"}) {
        INFO(top);
        BundleParts parts = readParts(bundle);
        // Every record's base stamp becomes `top`, so the first line read already carries it.
        QByteArray forged;
        for (const QByteArray& line : parts.changes.split('\n')) {
            if (line.isEmpty())
                continue;
            const qsizetype at = line.indexOf("\"s\":\"") + 5;
            const qsizetype end = line.indexOf('@', at);
            forged += line.left(at) + top + line.mid(end) + '\n';
        }
        parts.changes = forged;
        const QString path = p.dir.path(QStringLiteral("top.scorebundle"));
        QFile::remove(path);
        forgeBundle(parts, path);
        const QString before = canonicalDump(p.b.ws());
        const Hlc clockBefore = p.b.ws().hlc().last();
        ImportOptions options;
        options.backup = false;
        options.trustChangedKey = true;
        const auto refused = importBundle(p.b.ws(), path, options);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("damaged")));
        CHECK(refused.message().contains(QStringLiteral("3000")));
        REQUIRE(canonicalDump(p.b.ws()) == before);
        REQUIRE(p.b.ws().hlc().last() == clockBefore);
        REQUIRE(checkWorkspace(p.b.ws())->ok());
    }
}

TEST_CASE("Deletes travel as tombstones to the recycle bin, and a restore travels back")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    REQUIRE(RecordEditor(p.a.ws()).remove(u"improvement_action", action).ok());
    const auto deleted = importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions()));
    REQUIRE(deleted.totals.deleted >= 1);
    REQUIRE(*p.b.ws().store().exists(*EntitySchema::instance().entity(u"improvement_action"), action, true) == false);

    // B restores it and edits it; A deletes it again concurrently? No: A edits something else.
    p.b.t.clock->advanceMs(30'000);
    REQUIRE(RecordEditor(p.b.ws()).restore(u"improvement_action", action).ok());
    importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b.scorebundle"), Pair::fullOptions()));
    REQUIRE(*p.a.ws().store().exists(*EntitySchema::instance().entity(u"improvement_action"), action, true));
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));
}

TEST_CASE("A concurrent delete and edit: the later one decides, on both devices, and the clash is noted")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    p.a.t.clock->advanceMs(10'000);
    REQUIRE(RecordEditor(p.a.ws()).remove(u"improvement_action", action).ok());
    p.b.t.clock->advanceMs(20'000);
    REQUIRE(RecordEditor(p.b.ws())
                .update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Still needed on line 2")}})
                .ok());
    const auto atA = importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b.scorebundle"), Pair::fullOptions()));
    const auto atB = importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions()));
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));
    REQUIRE(*p.a.ws().store().exists(*EntitySchema::instance().entity(u"improvement_action"), action, true));
    // The clash is noted where the delete and the later edit met; B's edit simply won.
    REQUIRE(atA.totals.conflicts >= 1);
    REQUIRE(atB.totals.conflicts == 0);
}

TEST_CASE("Two devices answering the same checklist item offline write one answer, not two")
{
    Pair p;
    auto stmt = p.a.ws().db().prepare(u"SELECT r.assessment_id, r.item_id, r.item_key FROM response r ORDER BY r.id LIMIT 1");
    REQUIRE(stmt->next());
    const QString assessment = stmt->text(0), item = stmt->text(1), key = stmt->text(2);
    const QString id = naturalid::response(assessment, key);
    const FieldValues base = {
        {QStringLiteral("assessment_id"), assessment}, {QStringLiteral("item_id"), item}, {QStringLiteral("item_key"), key}};
    FieldValues onA = base;
    onA.push_back({QStringLiteral("answer"), QStringLiteral("yes")});
    FieldValues onB = base;
    onB.push_back({QStringLiteral("comment"), QStringLiteral("Seen on line 2")});
    REQUIRE(RecordEditor(p.a.ws()).put(u"response", id, onA).ok());
    p.b.t.clock->advanceMs(1000);
    REQUIRE(RecordEditor(p.b.ws()).put(u"response", id, onB).ok());
    importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b.scorebundle"), Pair::fullOptions()));
    importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions()));
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));
    REQUIRE(*p.a.ws().db().scalar(
                QStringLiteral("SELECT count(*) FROM response WHERE assessment_id = '%1' AND item_key = '%2'").arg(assessment, key))
            == 1);
}

TEST_CASE("A delta bundle carries only what the other device lacks, closed under references")
{
    Pair p;
    // B has told A what it holds by sending a bundle.
    importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b0.scorebundle"), Pair::fullOptions()));
    const QString action = firstAction(p.a.ws());
    p.a.t.clock->advanceMs(5000);
    REQUIRE(RecordEditor(p.a.ws()).update(u"improvement_action", action, {{QStringLiteral("status"), QStringLiteral("dropped")}}).ok());
    ExportOptions delta;
    delta.full = false;
    delta.forDevice = QStringLiteral("b");
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("delta.scorebundle"), delta);
    auto reader = BundleReader::open(bundle);
    REQUIRE(reader.ok());
    REQUIRE((*reader)->manifest().mode == BundleMode::Delta);
    REQUIRE((*reader)->manifest().counts.value(QStringLiteral("improvement_action")) == 1);
    REQUIRE((*reader)->manifest().records < 20);  // the action and what it refers to
    REQUIRE((*reader)->manifest().counts.value(QStringLiteral("enterprise")) == 1);
    const auto summary = importFrom(p.b, bundle);
    REQUIRE(summary.totals.updated == 1);
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));

    ExportOptions unknown;
    unknown.full = false;
    unknown.forDevice = QStringLiteral("nobody");
    unknown.outputPath = p.dir.path(QStringLiteral("x.scorebundle"));
    auto refused = exportBundle(p.a.ws(), unknown);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.message().contains(QStringLiteral("full bundle")));
}

TEST_CASE("A bundle scoped to one enterprise brings it and everything it refers to, nothing else")
{
    TempDir dir;
    Device a = makeDevice(dir, QStringLiteral("a"), 21);
    Device c = makeDevice(dir, QStringLiteral("c"), 22);
    DemoOptions demo;
    demo.enterprises = 3;
    demo.anchor = QDate(2026, 6, 14);
    REQUIRE(generateDemo(a.ws(), demo).ok());
    const QString enterprise = Pair::listFirstEnterprise(a.ws());
    ExportOptions scoped;
    scoped.enterpriseIds = {enterprise};
    const auto summary = importFrom(c, exportTo(a, dir, QStringLiteral("one.scorebundle"), scoped));
    REQUIRE(summary.manifest.mode == BundleMode::Scoped);
    REQUIRE(*c.ws().db().scalar(u"SELECT count(*) FROM enterprise") == 1);
    REQUIRE(*c.ws().db().scalar(u"SELECT count(*) FROM cohort") == 1);
    REQUIRE(*c.ws().db().scalar(u"SELECT count(*) FROM visit") > 5);
    REQUIRE(checkWorkspace(c.ws())->ok());
    // A scoped bundle does not claim to hold everything: a later delta still brings the rest.
    REQUIRE(*c.ws().db().scalar(u"SELECT count(*) FROM knowledge WHERE device_id = (SELECT device_id FROM peer_device)") == 0);
}

TEST_CASE("A dry run reports exactly what an import would change and writes nothing")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    REQUIRE(RecordEditor(p.a.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Changed")}}).ok());
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    const QString before = canonicalDump(p.b.ws());
    const qint64 peersBefore = *p.b.ws().db().scalar(u"SELECT count(*) FROM received_bundle");
    ImportOptions dry;
    dry.dryRun = true;
    const auto preview = importFrom(p.b, bundle, dry);
    REQUIRE(canonicalDump(p.b.ws()) == before);
    REQUIRE(*p.b.ws().db().scalar(u"SELECT count(*) FROM received_bundle") == peersBefore);
    const auto real = importFrom(p.b, bundle);
    REQUIRE(preview.toJson() == real.toJson());
    REQUIRE(real.totals.updated == 1);
}

TEST_CASE("Import is atomic: a failure at any stage leaves the workspace exactly as it was")
{
    Pair p;
    RecordEditor editor(p.a.ws());
    for (int i = 0; i < 5; ++i)
        REQUIRE(editor.update(u"improvement_action", firstAction(p.a.ws()), {{QStringLiteral("title"), QStringLiteral("Edit %1").arg(i)}})
                    .ok());
    REQUIRE(editor
                .remove(u"finding",
                        [&] {
                            auto s = p.a.ws().db().prepare(u"SELECT id FROM finding WHERE deleted = 0 LIMIT 1");
                            REQUIRE(s->next());
                            return s->text(0);
                        }())
                .ok());
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    const QString before = canonicalDump(p.b.ws());
    auto reader = BundleReader::open(bundle);
    REQUIRE(reader.ok());
    const int records = static_cast<int>((*reader)->manifest().records);
    for (const char* stage : {"begun", "record", "blobs", "cascade", "checked", "recorded"}) {
        const bool perRecord = qstrcmp(stage, "record") == 0;
        for (int nth : perRecord ? std::vector<int>{1, 7, records / 2, records} : std::vector<int>{1}) {
            int seen = 0;
            ImportOptions options;
            options.backup = false;
            options.faultInjector = [&](const char* at) -> Status {
                if (qstrcmp(at, stage) == 0 && ++seen == nth)
                    return Error::io(QStringLiteral("injected failure"));
                return {};
            };
            auto result = importBundle(p.b.ws(), bundle, options);
            INFO(stage << " #" << nth);
            REQUIRE(seen == nth);
            REQUIRE_FALSE(result.ok());
            REQUIRE(canonicalDump(p.b.ws()) == before);
            REQUIRE(checkWorkspace(p.b.ws())->ok());
        }
    }
    importFrom(p.b, bundle);
    REQUIRE(canonicalDump(p.b.ws()) == canonicalDump(p.a.ws()));
}

TEST_CASE("An import that would delete much of the workspace needs explicit permission", "[trust]")
{
    Pair p;
    REQUIRE(RecordEditor(p.a.ws()).remove(u"enterprise", p.enterprise).ok());
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    const QString before = canonicalDump(p.b.ws());
    ImportOptions options;
    options.backup = false;
    auto refused = importBundle(p.b.ws(), bundle, options);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().kind == Error::Kind::Conflict);
    REQUIRE(refused.message().contains(QStringLiteral("--allow-mass-delete")));
    REQUIRE(canonicalDump(p.b.ws()) == before);
    options.allowMassDelete = true;
    REQUIRE(importBundle(p.b.ws(), bundle, options).ok());
    REQUIRE(canonicalDump(p.b.ws()) == canonicalDump(p.a.ws()));
}

TEST_CASE("A known device that signs with another key is refused loudly", "[trust]")
{
    Pair p;
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    BundleParts parts = readParts(bundle);
    const QString forged = p.dir.path(QStringLiteral("forged.scorebundle"));
    forgeBundle(parts, forged);  // same device id, new key
    ImportOptions options;
    options.backup = false;
    auto refused = importBundle(p.b.ws(), forged, options);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.message().startsWith(QStringLiteral("WARNING")));
    REQUIRE(refused.message().contains(QStringLiteral("--trust-new-key")));
    options.trustChangedKey = true;
    REQUIRE(importBundle(p.b.ws(), forged, options).ok());
}

TEST_CASE("Knowledge comes from applied records: a forged claim never makes a genuine full bundle import nothing", "[trust]")
{
    Pair p;
    const QString action = firstAction(p.a.ws());
    p.a.t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(p.a.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Later at A")}}).ok());
    const QString genuine = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    BundleParts parts = readParts(exportTo(p.b, p.dir, QStringLiteral("b.scorebundle"), Pair::fullOptions()));
    const QString aId = uuidText(p.a.ws().device().deviceId);

    SECTION("the manifest claims B holds A's changes up to 2100")
    {
        QJsonObject vv = parts.manifest.value(QStringLiteral("vv")).toObject();
        const qint64 year2100 = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        vv.insert(aId, hlcHex(makeHlc(year2100, 0)));
        parts.manifest.insert(QStringLiteral("vv"), vv);
    }
    SECTION("every record claims to incorporate A's changes of the next twelve hours")
    {
        const QJsonArray devices = parts.manifest.value(QStringLiteral("devices")).toArray();
        qsizetype aNumber = -1;
        for (qsizetype i = 0; i < devices.size(); ++i)
            if (devices[i].toString() == aId)
                aNumber = i;
        REQUIRE(aNumber >= 0);
        const QByteArray claim = "\"v\":\"" + QByteArray::number(aNumber) + '='
                                 + hlcHex(makeHlc(p.a.t.clock->nowMs() + 12 * 3600 * 1000, 0)).toLatin1() + '"';
        QByteArray forged;
        int lines = 0;
        for (const QByteArray& line : parts.changes.split('\n')) {
            if (line.isEmpty())
                continue;
            const qsizetype at = line.indexOf("\"v\":\"");
            REQUIRE(at > 0);
            const qsizetype end = line.indexOf('"', at + 5);
            forged += line.left(at) + claim + line.mid(end + 1) + '\n';
            ++lines;
        }
        REQUIRE(lines > 100);
        parts.changes = forged;
    }
    const QString forged = p.dir.path(QStringLiteral("forged.scorebundle"));
    forgeBundle(parts, forged);

    // C has never heard of B, so it trusts the new key on first use and takes the claim in.
    Device c = makeDevice(p.dir, QStringLiteral("c"), 33);
    importFrom(c, forged);
    REQUIRE(actionField(c.ws(), action, "title") != FieldValue(QStringLiteral("Later at A")));
    const ImportSummary fromA = importFrom(c, genuine);
    REQUIRE(fromA.totals.updated >= 1);
    REQUIRE(actionField(c.ws(), action, "title") == FieldValue(QStringLiteral("Later at A")));
    REQUIRE(canonicalDump(c.ws()) == canonicalDump(p.a.ws()));
    REQUIRE(checkWorkspace(c.ws())->ok());
}

TEST_CASE("A passphrase-protected bundle opens only with its passphrase")
{
    Pair p;
    ExportOptions options;
    options.passphrase = QStringLiteral("Vải thiều 2026!");
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("secret.scorebundle"), options);
    QFile f(bundle);
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE_FALSE(f.readAll().contains("improvement_action"));
    ImportOptions wrong;
    wrong.passphrase = QStringLiteral("wrong");
    wrong.backup = false;
    auto refused = importBundle(p.b.ws(), bundle, wrong);
    REQUIRE(refused.message().contains(QStringLiteral("passphrase is wrong")));
    ImportOptions none;
    none.backup = false;
    REQUIRE(importBundle(p.b.ws(), bundle, none).message().contains(QStringLiteral("passphrase")));
    ImportOptions right;
    right.passphrase = options.passphrase;
    importFrom(p.b, bundle, right);
}

TEST_CASE("A protected bundle whose header asks for minutes of key derivation or a gigabyte is refused at once")
{
    Pair p;
    ExportOptions options;
    options.passphrase = QStringLiteral("secret");
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("secret.scorebundle"), options);
    // After the magic, the version byte and the salt: passes and memory, little-endian.
    for (const char* cost : {"3a00000000000000"
                             "3b00012500000000",  // 58 passes over 592 MiB
                             "0100000000000000"
                             "0000003200000000"}) {  // 1 pass over 800 MiB
        INFO(cost);
        QFile f(bundle);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(QByteArray("SDBUNDLE-ENC").size() + 1 + 16));
        REQUIRE(f.write(QByteArray::fromHex(cost)) == 16);
        f.close();
        ImportOptions right;
        right.passphrase = options.passphrase;
        right.backup = false;
        const auto refused = importBundle(p.b.ws(), bundle, right);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("key parameters are out of range")));
    }
}

TEST_CASE("A bundle that lists a photo it does not carry is refused unless the content is already here", "[trust]")
{
    Pair p;
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    BundleParts parts = readParts(bundle);
    REQUIRE_FALSE(parts.blobs.isEmpty());
    parts.blobs.clear();
    const QString stripped = p.dir.path(QStringLiteral("stripped.scorebundle"));
    forgeBundle(parts, stripped);
    // B already has every photo: accepted.
    ImportOptions trust;
    trust.trustChangedKey = true;
    importFrom(p.b, stripped, trust);
    // A fresh workspace has none: refused, unchanged.
    Device c = makeDevice(p.dir, QStringLiteral("c"), 33);
    const QString before = canonicalDump(c.ws());
    auto refused = importBundle(c.ws(), stripped, ImportOptions{});
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.message().contains(QStringLiteral("does not carry")));
    REQUIRE(canonicalDump(c.ws()) == before);
}

static qint64 blobCount(Workspace& ws) { return *ws.db().scalar(u"SELECT count(*) FROM attachment_blob"); }

TEST_CASE("A bundle carrying content that no record refers to is refused whole and changes nothing", "[trust]")
{
    Pair p;
    BundleParts parts = readParts(exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions()));
    REQUIRE_FALSE(parts.blobs.isEmpty());
    const QByteArray stray("x");
    parts.blobs.insert(crypto::sha256Hex(stray), stray);
    const QString strayed = p.dir.path(QStringLiteral("stray.scorebundle"));
    forgeBundle(parts, strayed);

    ImportOptions trust;
    trust.trustChangedKey = true;
    trust.backup = false;
    // A fresh workspace: every record and photo of the bundle would be new, yet nothing is taken.
    Device c = makeDevice(p.dir, QStringLiteral("c"), 33);
    const QString before = canonicalDump(c.ws());
    auto refused = importBundle(c.ws(), strayed, trust);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("no record refers to")));
    CHECK_FALSE(refused.message().contains(u'\n'));
    REQUIRE(canonicalDump(c.ws()) == before);
    REQUIRE(blobCount(c.ws()) == 0);
    // A workspace that holds every record already: the stray content is refused too.
    const qint64 atB = blobCount(p.b.ws());
    REQUIRE_FALSE(importBundle(p.b.ws(), strayed, trust).ok());
    REQUIRE(blobCount(p.b.ws()) == atB);
}

TEST_CASE("Content that a record here refers to is taken from a bundle whose own records do not refer to it", "[trust]")
{
    Pair p;
    // B lost one photo's content (a damaged copy) after telling A what it holds; A sends a
    // small delta that does not include the photo's record, with the content added.
    importFrom(p.a, exportTo(p.b, p.dir, QStringLiteral("b0.scorebundle"), Pair::fullOptions()));
    auto lost = p.b.ws().db().prepare(u"SELECT sha256 FROM attachment_blob ORDER BY sha256 LIMIT 1");
    REQUIRE(lost->next());
    const QString hash = lost->text(0);
    const QByteArray content = *BlobStore(p.a.ws()).get(hash);
    auto drop = p.b.ws().db().prepare(u"DELETE FROM attachment_blob WHERE sha256 = ?1");
    drop->bind(1, hash);
    REQUIRE(drop->exec().ok());
    REQUIRE_FALSE(checkWorkspace(p.b.ws())->ok());
    p.a.t.clock->advanceMs(5000);
    REQUIRE(RecordEditor(p.a.ws())
                .update(u"improvement_action", firstAction(p.a.ws()), {{QStringLiteral("title"), QStringLiteral("Later")}})
                .ok());
    ExportOptions delta;
    delta.full = false;
    delta.forDevice = QStringLiteral("b");
    BundleParts parts = readParts(exportTo(p.a, p.dir, QStringLiteral("delta.scorebundle"), delta));
    REQUIRE(parts.blobs.isEmpty());
    parts.blobs.insert(hash, content);
    const QString mended = p.dir.path(QStringLiteral("mended.scorebundle"));
    forgeBundle(parts, mended);
    ImportOptions trust;
    trust.trustChangedKey = true;
    const ImportSummary summary = importFrom(p.b, mended, trust);
    REQUIRE(summary.blobsAdded == 1);
    REQUIRE(checkWorkspace(p.b.ws())->ok());
}

TEST_CASE("The canonical dump leaves out attachment content that no record refers to")
{
    Pair p;
    REQUIRE(BlobStore(p.b.ws()).put(QByteArray("left over")).ok());
    REQUIRE(canonicalDump(p.a.ws()) == canonicalDump(p.b.ws()));
}

TEST_CASE("An import that changes something is preceded by a backup, and restore brings it back as a new device")
{
    Pair p;
    const QString path = p.b.ws().path();
    const QString before = canonicalDump(p.b.ws());
    REQUIRE(RecordEditor(p.a.ws())
                .update(u"improvement_action", firstAction(p.a.ws()), {{QStringLiteral("title"), QStringLiteral("After")}})
                .ok());
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("a.scorebundle"), Pair::fullOptions());
    ImportOptions options;  // with backup
    const qsizetype backupsBefore = Backups(path).list().size();
    auto imported = importBundle(p.b.ws(), bundle, options);
    REQUIRE(imported.ok());
    const auto backups = Backups(path).list();
    REQUIRE(backups.size() == backupsBefore + 1);
    REQUIRE(backups.first().path == imported->backupPath);
    // The same bundle again changes nothing, so it copies nothing.
    auto again = importBundle(p.b.ws(), bundle, options);
    REQUIRE(again.ok());
    REQUIRE_FALSE(again->changedAnything());
    REQUIRE(again->backupPath.isEmpty());
    REQUIRE(Backups(path).list().size() == backups.size());
    const QUuid oldDevice = p.b.ws().device().deviceId;
    auto restored = restoreBackup(p.b.ws(), backups.first().path);
    REQUIRE(restored.ok());
    REQUIRE(canonicalDump(p.b.ws()) == before);
    REQUIRE(p.b.ws().device().deviceId != oldDevice);
    REQUIRE(checkWorkspace(p.b.ws())->ok());
    // What was lost comes back with the next bundle.
    importFrom(p.b, bundle);
    REQUIRE(canonicalDump(p.b.ws()) == canonicalDump(p.a.ws()));
}

TEST_CASE("A bundle from an older SCORE Desk is read: the fields it cannot carry keep their values here")
{
    // Record schema 2 added a cohort's region and module plan and archiving; a device still on
    // schema 1 writes bundles without them.
    Pair p;
    const QString cohort = [&] {
        auto stmt = p.a.ws().db().prepare(u"SELECT id FROM cohort WHERE deleted = 0 LIMIT 1");
        REQUIRE(stmt->next());
        return stmt->text(0);
    }();
    p.b.t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(p.b.ws())
                .update(u"cohort", cohort,
                        {{QStringLiteral("region"), QStringLiteral("Đồng Nai")}, {QStringLiteral("module_plan"), QStringLiteral("WC,QM")}})
                .ok());
    // Later, the older device renames the cohort and sends everything it has.
    p.a.t.clock->advanceMs(120'000);
    REQUIRE(RecordEditor(p.a.ws()).update(u"cohort", cohort, {{QStringLiteral("name"), QStringLiteral("Đồng Nai 2026")}}).ok());
    ExportOptions old = Pair::fullOptions();
    old.recordSchema = 1;
    const QString bundle = exportTo(p.a, p.dir, QStringLiteral("old.scorebundle"), old);
    REQUIRE(readParts(bundle).manifest.value(QStringLiteral("schema")).toInt() == 1);
    REQUIRE_FALSE(readParts(bundle).changes.contains("\"region\""));

    const ImportSummary summary = importFrom(p.b, bundle);
    REQUIRE(summary.changedAnything());
    const auto* spec = EntitySchema::instance().entity(u"cohort");
    const RecordState merged = *(*p.b.ws().store().load(*spec, cohort));
    CHECK(merged.value(u"name") == FieldValue(QStringLiteral("Đồng Nai 2026")));
    CHECK(merged.value(u"region") == FieldValue(QStringLiteral("Đồng Nai")));
    CHECK(merged.value(u"module_plan") == FieldValue(QStringLiteral("WC,QM")));
    CHECK(ConflictStore(p.b.ws()).openCount().value() == 0);
    CHECK(checkWorkspace(p.b.ws())->ok());

    // A new workspace takes the older bundle whole, the new fields empty.
    Device c = makeDevice(p.dir, QStringLiteral("c"), 13);
    importFrom(c, bundle);
    CHECK((*c.ws().store().load(*spec, cohort))->value(u"region") == FieldValue());
    CHECK(checkWorkspace(c.ws())->ok());
}

TEST_CASE("A change that reaches a device in another device's bundle is shown as relayed by that device, not as proven", "[trust]")
{
    // a edits an action; b takes a's bundle (a's own word: proven); d takes b's full bundle, in
    // which a's change is only b's word, as a change forged by b in a's name would be.
    Pair p;
    const QString action = firstAction(p.a.ws());
    p.a.t.clock->advanceMs(60'000);
    RecordEditor editor(p.a.ws());
    editor.setAuthor(QStringLiteral("Alice"));
    REQUIRE(editor.update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Said by Alice")}}).ok());
    importFrom(p.b, exportTo(p.a, p.dir, QStringLiteral("a-2.scorebundle"), Pair::fullOptions()));
    Device c = makeDevice(p.dir, QStringLiteral("c"), 13);
    importFrom(c, exportTo(p.a, p.dir, QStringLiteral("a-to-c.scorebundle"), Pair::fullOptions()));
    Device d = makeDevice(p.dir, QStringLiteral("d"), 14);
    importFrom(d, p.dir.path(QStringLiteral("a-full.scorebundle")));
    importFrom(d, exportTo(p.b, p.dir, QStringLiteral("b-full.scorebundle"), Pair::fullOptions()));

    const auto changeOf = [&](Device& device) {
        auto history = recordHistory(device.ws(), QStringLiteral("improvement_action"), action);
        REQUIRE(history.ok());
        for (const HistoryEntry& e : *history)
            if (std::any_of(e.changes.begin(), e.changes.end(), [](const HistoryFieldChange& f) { return f.field == u"title"; })
                || e.operation == u"create")
                return e;
        FAIL("no change of the title in the history");
        return HistoryEntry();
    };
    const HistoryEntry direct = changeOf(p.b);
    CHECK(direct.device == p.a.ws().device().deviceId);
    CHECK(direct.relayedBy.isNull());
    // c created the action from a's own bundle: its creation is a's word too.
    CHECK(changeOf(c).relayedBy.isNull());
    // d had the action from a, and learned a's edit from b's bundle only.
    const HistoryEntry relayed = changeOf(d);
    CHECK(relayed.device == p.a.ws().device().deviceId);
    CHECK(relayed.relayedBy == p.b.ws().device().deviceId);
    CHECK(relayed.relayedByName.contains(QStringLiteral("b")));
}
