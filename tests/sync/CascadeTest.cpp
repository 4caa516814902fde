// Deletes and restores that arrive by import reach what the deleted record owns, as local ones
// do (OwnerCascade); the mass-delete question counts them, and adds up the deletes of one
// device's bundles imported within a day.

#include "support/SyncSupport.h"

#include "demo/DemoGenerator.h"
#include "demo/EditSimulator.h"
#include "domain/NaturalIds.h"
#include "storage/RecycleBin.h"
#include "storage/WorkspaceCheck.h"

using namespace score;
using namespace score::test;

namespace {

qint64 scalar(Workspace& ws, const QString& sql)
{
    auto n = ws.db().scalar(sql);
    REQUIRE(n.ok());
    return *n;
}

// Live records of `table` that belong to one of `enterprises`.
qint64 liveOf(Workspace& ws, const char* table, const QStringList& enterprises)
{
    return scalar(ws, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0 AND enterprise_id IN ('%2')")
                          .arg(QLatin1String(table), enterprises.join(QStringLiteral("', '"))));
}

bool alive(Workspace& ws, const char* kind, const QString& id)
{
    auto found = ws.store().exists(*EntitySchema::instance().entity(QLatin1String(kind)), id, true);
    REQUIRE(found.ok());
    return *found;
}

ImportOptions allowingMassDelete()
{
    ImportOptions options;
    options.allowMassDelete = true;
    return options;
}

// Three factories enrolled on a (the programme office) and sent to b (their counsellor, who
// then records visits, checklists, findings, actions, readings and photos) and to c (a trainer,
// who holds nothing of them but the enrolment).
struct Enrolment {
    TempDir dir;
    Device a;
    Device b;
    Device c;
    QStringList enterprises;

    Enrolment()
    {
        a = makeDevice(dir, QStringLiteral("a"), 31);
        b = makeDevice(dir, QStringLiteral("b"), 32);
        c = makeDevice(dir, QStringLiteral("c"), 33);
        RecordEditor editor(a.ws());
        auto cohort = editor.create(u"cohort", {{QStringLiteral("name"), QStringLiteral("Đồng Nai furniture 2026")},
                                                {QStringLiteral("country_id"), naturalid::country(u"VN")}});
        REQUIRE(cohort.ok());
        for (const QString& name :
             {QStringLiteral("Tân Phú Furniture"), QStringLiteral("Hòa Bình Woodcraft"), QStringLiteral("Long Thành Chairs")}) {
            auto e = editor.create(u"enterprise", {{QStringLiteral("name"), name},
                                                   {QStringLiteral("cohort_id"), *cohort},
                                                   {QStringLiteral("country_id"), naturalid::country(u"VN")},
                                                   {QStringLiteral("sector"), QStringLiteral("furniture_wood")},
                                                   {QStringLiteral("employees_total"), qint64(120)}});
            REQUIRE(e.ok());
            enterprises << *e;
        }
        const QString enrolment = exportTo(a, dir, QStringLiteral("enrolment.scorebundle"));
        importFrom(b, enrolment);
        importFrom(c, enrolment);
        b.t.clock->advanceMs(3'600'000);
        SimulationOptions work;
        work.count = 600;
        work.seed = 5;
        auto worked = simulateEdits(b.ws(), work);
        INFO((worked ? QString() : worked.message()).toStdString());
        REQUIRE(worked.ok());
        REQUIRE(liveOf(b.ws(), "visit", enterprises) > 10);
        REQUIRE(liveOf(b.ws(), "improvement_action", enterprises) > 10);
    }

    // c deletes enterprises two hours later: it holds nothing else of theirs, so its (full)
    // bundle deletes only them, with those it deleted before.
    QString trainerDeletes(const QStringList& which)
    {
        c.t.clock->advanceMs(2 * 3'600'000);
        for (const QString& e : which)
            REQUIRE(RecordEditor(c.ws()).remove(u"enterprise", e).ok());
        return exportTo(c, dir, QStringLiteral("c-deletes-%1.scorebundle").arg(++bundles));
    }
    int bundles = 0;
};

}  // namespace

TEST_CASE("Deleting the enterprises by bundle asks first and hides their visits and actions too")
{
    Enrolment f;
    Workspace& b = f.b.ws();
    const qint64 visits = liveOf(b, "visit", f.enterprises);
    const qint64 actions = liveOf(b, "improvement_action", f.enterprises);
    const qint64 people = liveOf(b, "person", f.enterprises);
    const qint64 firstVisits = liveOf(b, "visit", {f.enterprises.front()});
    const qint64 firstActions = liveOf(b, "improvement_action", {f.enterprises.front()});
    const QString deleting = f.trainerDeletes(f.enterprises);
    auto reader = BundleReader::open(deleting);
    REQUIRE(reader.ok());
    REQUIRE((*reader)->manifest().counts.value(QStringLiteral("visit")) == 0);  // the bundle names only the enterprises

    QStringList deletedBefore;
    for (auto stmt = b.db().prepare(u"SELECT id FROM visit WHERE deleted = 1"); stmt->next();)
        deletedBefore << stmt->text(0);

    const QString before = canonicalDump(b);
    ImportOptions asking;
    asking.backup = false;
    auto refused = importBundle(b, deleting, asking);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.message().contains(QStringLiteral("--allow-mass-delete")));
    REQUIRE(canonicalDump(b) == before);

    // The preview (a dry run) shows what goes with the enterprises, kind by kind.
    ImportOptions dry = allowingMassDelete();
    dry.dryRun = true;
    const ImportSummary preview = importFrom(f.b, deleting, dry);
    REQUIRE(canonicalDump(b) == before);
    CHECK(preview.entities.value(QStringLiteral("enterprise")).deleted == 3);
    CHECK(preview.entities.value(QStringLiteral("visit")).deleted == visits);
    CHECK(preview.entities.value(QStringLiteral("improvement_action")).deleted == actions);
    CHECK(preview.entities.value(QStringLiteral("person")).deleted == people);
    CHECK(preview.massDelete.deleted == preview.totals.deleted);

    const ImportSummary imported = importFrom(f.b, deleting, allowingMassDelete());
    REQUIRE(imported.toJson() == preview.toJson());
    INFO("hidden with the enterprises: " << imported.totals.deleted - 3 << " of " << imported.liveBefore << " live records");
    REQUIRE(scalar(b, QStringLiteral("SELECT count(*) FROM enterprise WHERE deleted = 0")) == 0);
    REQUIRE(liveOf(b, "visit", f.enterprises) == 0);
    REQUIRE(liveOf(b, "improvement_action", f.enterprises) == 0);
    REQUIRE(liveOf(b, "finding", f.enterprises) == 0);
    REQUIRE(liveOf(b, "kpi_reading", f.enterprises) == 0);
    REQUIRE(scalar(b, QStringLiteral("SELECT count(*) FROM attachment WHERE deleted = 0")) == 0);
    auto report = checkWorkspace(b);
    INFO(report->problems.join(u'\n').toStdString());
    REQUIRE(report->ok());

    // The recycle bin lists each enterprise with what went with it, as after a local delete.
    auto bin = deletedRecords(b, -1);
    REQUIRE(bin.ok());
    qint64 withThem = 0;
    for (const DeletedRecord& r : *bin) {
        if (r.entity == QStringLiteral("visit"))  // listed on its own only when b deleted it itself before
            CHECK(deletedBefore.contains(r.id));
        if (r.entity == QStringLiteral("enterprise"))
            withThem += r.deletedWith;
    }
    REQUIRE(withThem == imported.totals.deleted - 3);

    // Restoring an enterprise here brings its records back, and only its own.
    const QString first = f.enterprises.front();
    REQUIRE(RecordEditor(b).restore(u"enterprise", first).ok());
    CHECK(liveOf(b, "visit", {first}) == firstVisits);
    CHECK(liveOf(b, "improvement_action", {first}) == firstActions);
    CHECK(liveOf(b, "visit", f.enterprises.mid(1)) == 0);
    REQUIRE(checkWorkspace(b)->ok());

    // The same bundle again changes nothing, and c, sent b's work, holds the same.
    REQUIRE_FALSE(importFrom(f.b, deleting, allowingMassDelete()).changedAnything());
    importFrom(f.c, exportTo(f.b, f.dir, QStringLiteral("b-after.scorebundle")), allowingMassDelete());
    REQUIRE(canonicalDump(f.c.ws()) == canonicalDump(b));
}

TEST_CASE("Records that arrive under an owner deleted here go to the recycle bin with it")
{
    Enrolment f;
    const qint64 visits = liveOf(f.b.ws(), "visit", f.enterprises);
    const QString deleting = f.trainerDeletes(f.enterprises);
    // c, which deleted the enterprises, now receives b's work on them: nothing of it was alive
    // here, so nothing is asked, and none of it shows.
    const ImportSummary atC = importFrom(f.c, exportTo(f.b, f.dir, QStringLiteral("b-work.scorebundle")));
    CHECK(atC.entities.value(QStringLiteral("visit")).inserted >= visits);
    CHECK(atC.totals.deleted == 0);
    Workspace& c = f.c.ws();
    REQUIRE(liveOf(c, "visit", f.enterprises) == 0);
    REQUIRE(liveOf(c, "improvement_action", f.enterprises) == 0);
    REQUIRE(liveOf(c, "person", f.enterprises) == 0);
    REQUIRE(checkWorkspace(c)->ok());
    auto bin = deletedRecords(c, -1);
    REQUIRE(bin.ok());
    for (const DeletedRecord& r : *bin)
        if (r.entity == QStringLiteral("enterprise"))
            CHECK(r.deletedWith > 0);

    // Both orders end the same.
    importFrom(f.b, deleting, allowingMassDelete());
    REQUIRE(canonicalDump(f.b.ws()) == canonicalDump(c));
}

TEST_CASE("An owner restored elsewhere brings back what went with it here, and nothing deleted before it")
{
    Enrolment f;
    Workspace& b = f.b.ws();
    // The enterprise with the most visits; b deletes one of them itself before the trainer's delete.
    auto most = b.db().prepare(u"SELECT enterprise_id FROM visit WHERE deleted = 0 GROUP BY enterprise_id ORDER BY count(*) DESC, "
                               u"enterprise_id LIMIT 1");
    REQUIRE(most->next());
    const QString kept = most->text(0);
    QStringList others = f.enterprises;
    others.removeAll(kept);
    auto one = b.db().prepare(u"SELECT id FROM visit WHERE deleted = 0 AND enterprise_id = ?1 ORDER BY id LIMIT 1");
    one->bind(1, kept);
    REQUIRE(one->next());
    const QString deletedBefore = one->text(0);
    REQUIRE(RecordEditor(b).remove(u"visit", deletedBefore).ok());
    const qint64 visits = liveOf(b, "visit", {kept});
    const qint64 actions = liveOf(b, "improvement_action", {kept});
    REQUIRE(visits > 0);

    importFrom(f.b, f.trainerDeletes(f.enterprises), allowingMassDelete());
    REQUIRE(liveOf(b, "visit", f.enterprises) == 0);

    // c restores one enterprise; it never held b's records, so its bundle carries only the
    // enterprise's restore, and b's records deleted with it come back with it.
    f.c.t.clock->advanceMs(3'600'000);
    REQUIRE(RecordEditor(f.c.ws()).restore(u"enterprise", kept).ok());
    const ImportSummary restored = importFrom(f.b, exportTo(f.c, f.dir, QStringLiteral("c-restores.scorebundle")));
    CHECK(restored.entities.value(QStringLiteral("visit")).restored == visits);
    CHECK(liveOf(b, "visit", {kept}) == visits);
    CHECK(liveOf(b, "improvement_action", {kept}) == actions);
    CHECK_FALSE(alive(b, "visit", deletedBefore));  // deleted on its own before: it stays in the recycle bin
    CHECK(liveOf(b, "visit", others) == 0);
    REQUIRE(checkWorkspace(b)->ok());

    // Restoring it here instead gives the same: local restores follow the same rule.
    importFrom(f.c, exportTo(f.b, f.dir, QStringLiteral("b-all.scorebundle")), allowingMassDelete());
    REQUIRE(canonicalDump(f.c.ws()) == canonicalDump(b));
}

TEST_CASE("A record edited after its owner was deleted elsewhere stays, on both devices")
{
    Enrolment f;
    Workspace& b = f.b.ws();
    const QString deleting = f.trainerDeletes(f.enterprises);  // c's delete, two hours after b's work
    auto first = b.db().prepare(u"SELECT id FROM improvement_action WHERE deleted = 0 ORDER BY id LIMIT 1");
    REQUIRE(first->next());
    const QString action = first->text(0);
    f.b.t.clock->advanceMs(4 * 3'600'000);  // b has not seen the delete and goes on working
    REQUIRE(RecordEditor(b).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Guard the band saw")}}).ok());
    const QString edited = exportTo(f.b, f.dir, QStringLiteral("b-edit.scorebundle"));

    importFrom(f.b, deleting, allowingMassDelete());
    CHECK(alive(b, "improvement_action", action));
    CHECK(liveOf(b, "improvement_action", f.enterprises) == 1);
    importFrom(f.c, edited);
    CHECK(alive(f.c.ws(), "improvement_action", action));
    REQUIRE(canonicalDump(f.c.ws()) == canonicalDump(b));
    REQUIRE(checkWorkspace(b)->ok());
    REQUIRE(checkWorkspace(f.c.ws())->ok());
}

TEST_CASE("The deletes of one device's bundles imported within a day add up for the mass-delete question")
{
    Enrolment f;
    Workspace& b = f.b.ws();
    const QString firstBundle = f.trainerDeletes({f.enterprises[0]});
    const QString secondBundle = f.trainerDeletes({f.enterprises[1]});
    const QString thirdBundle = f.trainerDeletes({f.enterprises[2]});

    ImportOptions lenient;
    lenient.massDeleteShare = 0.99;
    const ImportSummary first = importFrom(f.b, firstBundle, lenient);
    const qint64 live0 = first.liveBefore;
    const qint64 d1 = first.totals.deleted;
    REQUIRE(d1 >= 20);

    ImportOptions dry = allowingMassDelete();
    dry.dryRun = true;
    const ImportSummary second = importFrom(f.b, secondBundle, dry);
    const qint64 d2 = second.totals.deleted;
    CHECK(second.massDelete.earlierBundles == 1);
    CHECK(second.massDelete.earlierDeleted == d1);
    CHECK(second.massDelete.liveBefore == live0);
    // A share that neither bundle reaches alone, and both together exceed.
    const double alone = std::max(double(d1) / double(live0), double(d2) / double(live0 - d1));
    const double together = double(d1 + d2) / double(live0);
    REQUIRE(alone < together);
    ImportOptions asking;
    asking.backup = false;
    asking.massDeleteShare = (alone + together) / 2;

    const QString before = canonicalDump(b);
    auto refused = importBundle(b, secondBundle, asking);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.message().contains(QStringLiteral("\"c\"")));
    CHECK(refused.message().contains(QStringLiteral("24 hours")));
    CHECK(refused.message().contains(QString::number(d1 + d2)));
    CHECK(refused.message().contains(QStringLiteral("--allow-mass-delete")));
    REQUIRE(canonicalDump(b) == before);

    SECTION("a day later, the same bundle is weighed alone")
    {
        f.b.t.clock->advanceMs(kMassDeleteWindowMs + 60'000);
        const ImportSummary later = importFrom(f.b, secondBundle, asking);
        CHECK(later.totals.deleted == d2);
        CHECK(later.massDelete.earlierBundles == 0);
    }
    SECTION("once allowed, those deletes are not counted again")
    {
        ImportOptions allowed = asking;
        allowed.allowMassDelete = true;
        REQUIRE(importFrom(f.b, secondBundle, allowed).massDeleteAllowed);
        allowed.dryRun = true;
        const ImportSummary third = importFrom(f.b, thirdBundle, allowed);
        CHECK(third.totals.deleted > 0);
        CHECK(third.massDelete.earlierBundles == 0);
        CHECK(third.massDelete.earlierDeleted == 0);
        CHECK(third.massDelete.liveBefore == third.liveBefore);
    }
}
