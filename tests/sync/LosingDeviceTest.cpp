// The device whose edit lost hears of it, whatever the order bundles arrive in (issue 21, item 8).
// Three devices: D0 and D1 change the same thing concurrently, D2 meets both first, and D1 (or
// D0) then gets the result only through D2. D2's merged record already knows the losing change
// (its version vector covers it), so without the lost set that travels with the record the
// losing device took the winner for a replacement made on top of its own value and noted nothing.

#include "support/SyncSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/ConflictStore.h"
#include "storage/WorkspaceCheck.h"
#include "sync/BundleFormat.h"

using namespace score;
using namespace score::test;

namespace {

// Three devices holding the same small demo, made on D0.
struct Trio {
    TempDir dir;
    std::vector<Device> d;
    int bundles = 0;
    Trio()
    {
        for (int i = 0; i < 3; ++i)
            d.push_back(makeDevice(dir, QStringLiteral("d%1").arg(i), 40 + static_cast<quint64>(i)));
        DemoOptions demo;
        demo.enterprises = 2;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(d[0].ws(), demo).ok());
        const QString start = send(0);
        importFrom(d[1], start);
        importFrom(d[2], start);
    }
    // A bundle of everything `from` holds, or of what `to` lacks (a delta made for it).
    QString send(int from, int forDevice = -1)
    {
        ExportOptions options;
        options.full = forDevice < 0;
        if (forDevice >= 0)
            options.forDevice = d[static_cast<size_t>(forDevice)].name;
        return exportTo(d[static_cast<size_t>(from)], dir, QStringLiteral("b%1.scorebundle").arg(++bundles), options);
    }
    QString first(const char* table)
    {
        auto stmt = d[0].ws().db().prepare(
            QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id LIMIT 1").arg(QLatin1String(table)));
        REQUIRE(stmt->next());
        return stmt->text(0);
    }
    std::vector<ConflictEntry> conflicts(int device) { return *ConflictStore(d[static_cast<size_t>(device)].ws()).list(); }
};

}  // namespace

TEST_CASE("The device whose value lost lists the conflict, also when the winner reaches it through a third device")
{
    const bool d0First = GENERATE(false, true);
    const bool delta = GENERATE(false, true);
    INFO("D2 imports " << (d0First ? "D0's bundle first" : "D1's bundle first") << "; D1 then gets a " << (delta ? "delta" : "full")
                       << " bundle from D2");
    Trio t;
    const QString reading = t.first("kpi_reading");
    // D1 types 95, D0 types 148 a minute later, neither having seen the other's.
    t.d[1].t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(t.d[1].ws()).update(u"kpi_reading", reading, {{QStringLiteral("value"), 95.0}}).ok());
    t.d[0].t.clock->advanceMs(120'000);
    REQUIRE(RecordEditor(t.d[0].ws()).update(u"kpi_reading", reading, {{QStringLiteral("value"), 148.0}}).ok());

    const QString fromD0 = t.send(0);
    const QString fromD1 = t.send(1);
    importFrom(t.d[2], d0First ? fromD0 : fromD1);
    importFrom(t.d[2], d0First ? fromD1 : fromD0);
    REQUIRE(t.conflicts(2).size() == 1);

    // D1 has not heard from D0: 148 comes through D2, whose record already knows 95.
    const ImportSummary atD1 = importFrom(t.d[1], t.send(2, delta ? 1 : -1));
    REQUIRE(atD1.totals.conflicts == 1);
    const auto listed = t.conflicts(1);
    REQUIRE(listed.size() == 1);
    const ConflictEntry& c = listed.front();
    REQUIRE(c.entity == QStringLiteral("kpi_reading"));
    REQUIRE(c.recordId == reading);
    REQUIRE(c.field == QStringLiteral("value"));
    REQUIRE(c.kind == QStringLiteral("field"));
    REQUIRE(c.lostValue == QStringLiteral("95"));
    REQUIRE(c.keptValue == QStringLiteral("148"));
    REQUIRE(c.lostDevice == t.d[1].ws().device().deviceId);
    REQUIRE(c.keptDevice == t.d[0].ws().device().deviceId);
    REQUIRE(c.lostBy.contains(QStringLiteral("this device")));
    REQUIRE(checkWorkspace(t.d[1].ws())->ok());

    // Once: the same bundle again, or D0's own, changes nothing and notes nothing more.
    REQUIRE_FALSE(importFrom(t.d[1], t.dir.path(QStringLiteral("b%1.scorebundle").arg(t.bundles))).changedAnything());
    importFrom(t.d[1], fromD0);
    REQUIRE(t.conflicts(1).size() == 1);

    // D1 re-applies its value: a new edit that wins everywhere without a new conflict.
    t.d[1].t.clock->advanceMs(10'000);
    REQUIRE(ConflictStore(t.d[1].ws()).reapply(c.id, QStringLiteral("a user")).ok());
    const QString reapplied = t.send(1);
    for (int to : {0, 2})
        REQUIRE(importFrom(t.d[static_cast<size_t>(to)], reapplied).totals.conflicts == 0);
    for (Device& device : t.d) {
        auto state = device.ws().store().load(*EntitySchema::instance().entity(u"kpi_reading"), reading);
        REQUIRE((*state)->value(u"value") == FieldValue(95.0));
    }
    REQUIRE(canonicalDump(t.d[0].ws()) == canonicalDump(t.d[1].ws()));
    REQUIRE(canonicalDump(t.d[0].ws()) == canonicalDump(t.d[2].ws()));
}

TEST_CASE("A delete and an edit met on a third device: the side that lost lists the clash when the result reaches it")
{
    const bool editWins = GENERATE(false, true);
    Trio t;
    const QString action = t.first("improvement_action");
    // D0 deletes the action; D1 edits it, a minute before or after, neither having seen the other.
    t.d[0].t.clock->advanceMs(editWins ? 60'000 : 120'000);
    REQUIRE(RecordEditor(t.d[0].ws()).remove(u"improvement_action", action).ok());
    t.d[1].t.clock->advanceMs(editWins ? 120'000 : 60'000);
    REQUIRE(RecordEditor(t.d[1].ws())
                .update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Still needed on line 2")}})
                .ok());
    importFrom(t.d[2], t.send(0));
    importFrom(t.d[2], t.send(1));
    REQUIRE(t.conflicts(2).size() == 1);

    // The loser gets the outcome through D2 only.
    const int loser = editWins ? 0 : 1;
    const ImportSummary atLoser = importFrom(t.d[static_cast<size_t>(loser)], t.send(2));
    REQUIRE(atLoser.totals.conflicts == 1);
    const auto listed = t.conflicts(loser);
    REQUIRE(listed.size() == 1);
    REQUIRE(listed.front().recordId == action);
    REQUIRE(listed.front().kind == (editWins ? QStringLiteral("restored") : QStringLiteral("deleted")));
    REQUIRE(listed.front().lostDevice == t.d[static_cast<size_t>(loser)].ws().device().deviceId);
    REQUIRE(*t.d[static_cast<size_t>(loser)].ws().store().exists(*EntitySchema::instance().entity(u"improvement_action"), action, true)
            == editWins);
}

TEST_CASE("A bundle line carries a record's lost set only when there is one, bounded and checked")
{
    TempDir dir;
    auto t = makeWorkspace(dir.path(QStringLiteral("a.scoredesk")));
    const QString enterprise = addEnterprise(*t);
    const EntitySpec& spec = *EntitySchema::instance().entity(u"enterprise");
    RecordState state = **t->store().load(spec, enterprise);
    const Stamp stamp = state.stamps.front();
    const Hlc newest = state.vv.get(stamp.device);
    const int name = spec.fieldIndex(u"name");
    BundleDevices devices;

    // Nearly every record: no lost set, no key, and the line reads back without one.
    const QByteArray plain = encodeRecordLine(state, devices).trimmed();
    REQUIRE_FALSE(plain.contains("\"l\""));
    REQUIRE(parseRecordLine(plain, devices)->lost.isEmpty());

    state.lost.add(name, stamp);
    state.lost.add(LostStamps::kLife, stamp);
    const QByteArray line = encodeRecordLine(state, devices).trimmed();
    REQUIRE(line.contains("\"l\":\"_life="));
    auto read = parseRecordLine(line, devices);
    REQUIRE(read.ok());
    REQUIRE(read->lost == state.lost);
    // A record the receiver already holds keeps its lost set though its fields are skipped.
    auto skipped = parseRecordLine(line, devices, [](const RecordState&) { return true; });
    REQUIRE(skipped->fieldsSkipped);
    REQUIRE(skipped->lost == state.lost);

    // Record schema 2 had no lost sets: such a bundle neither writes nor reads one.
    REQUIRE_FALSE(encodeRecordLine(state, devices, 2).contains("\"l\""));
    REQUIRE(parseRecordLine(plain, devices, {}, 2).ok());
    REQUIRE_FALSE(parseRecordLine(line, devices, {}, 2).ok());

    const auto withLost = [&](const QByteArray& value) {
        QByteArray forged = plain;
        forged.replace(",\"f\":{", QByteArray(",\"l\":" + value + ",\"f\":{"));
        return parseRecordLine(forged, devices);
    };
    const QByteArray stampText = "@0";
    const QByteArray known = QByteArray::number(stamp.hlc, 16) + stampText;
    REQUIRE(withLost("\"name=" + known + "\"").ok());
    REQUIRE_FALSE(withLost("\"\"").ok());                                                             // empty
    REQUIRE_FALSE(withLost("12").ok());                                                               // not a string
    REQUIRE_FALSE(withLost("\"no_such_field=" + known + "\"").ok());                                  // a field the kind lacks
    REQUIRE_FALSE(withLost("\"name=" + known.left(4) + "@7\"").ok());                                 // a device the bundle does not list
    REQUIRE_FALSE(withLost("\"name=zz" + stampText + "\"").ok());                                     // not a stamp
    REQUIRE_FALSE(withLost("\"name=" + QByteArray::number(newest + 1, 16) + stampText + "\"").ok());  // beyond its vv
    QByteArray many;
    for (int i = 0; i < LostStamps::kMax; ++i)
        many += (many.isEmpty() ? "" : ";") + QByteArray("name=") + QByteArray::number(stamp.hlc - static_cast<Hlc>(i), 16) + stampText;
    REQUIRE(withLost("\"" + many + "\"").ok());
    REQUIRE_FALSE(withLost("\"" + many + ";_life=" + known + "\"").ok());  // one more than the bound
    // Once, and before the fields (a record skipped at its fields must not drop it).
    QByteArray twice = line;
    twice.replace(",\"f\":{", QByteArray(",\"l\":\"_life=" + known + "\",\"f\":{"));
    REQUIRE_FALSE(parseRecordLine(twice, devices).ok());
    QByteArray after = plain;
    after.chop(1);
    after += ",\"l\":\"_life=" + known + "\"}";
    REQUIRE_FALSE(parseRecordLine(after, devices).ok());
}
