#include "support/TestSupport.h"

#include "domain/NaturalIds.h"
#include "storage/Backups.h"
#include "storage/DomainQueries.h"
#include "storage/Migrations.h"
#include "storage/RecordLists.h"
#include "storage/WorkspaceCheck.h"

#include <QDir>
#include <QFile>

using namespace score;
using namespace score::test;

TEST_CASE("A new workspace is at the current schema version with an identity")
{
    TempDir dir;
    auto t = makeWorkspace(dir.path(QStringLiteral("a.scoredesk")), QStringLiteral("lan-laptop"));
    REQUIRE(*t->db().scalar(u"PRAGMA user_version") == kCurrentSchemaVersion);
    REQUIRE(*t->db().scalar(u"PRAGMA application_id") == kWorkspaceApplicationId);
    REQUIRE(t->db().scalar(u"PRAGMA foreign_keys").value() == 1);
    REQUIRE(t->device().deviceName == QStringLiteral("lan-laptop"));
    REQUIRE(t->device().publicKey.size() == 32);
    REQUIRE_FALSE(t->device().deviceId.isNull());
}

TEST_CASE("Creating a workspace over an existing file is refused")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("a.scoredesk"));
    makeWorkspace(path);
    auto again = createWorkspace(path, QStringLiteral("x"), QStringLiteral("y"));
    REQUIRE_FALSE(again.ok());
    REQUIRE(again.message().contains(QStringLiteral("already exists")));
}

TEST_CASE("Opening something that is not a workspace gives one clear sentence and changes nothing")
{
    TempDir dir;
    SECTION("missing file")
    {
        auto ws = Workspace::open(dir.path(QStringLiteral("missing.scoredesk")));
        REQUIRE(ws.error().kind == Error::Kind::NotFound);
        REQUIRE(ws.message().startsWith(QStringLiteral("There is no workspace at")));
    }
    SECTION("a text file")
    {
        const QString path = dir.path(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Visit notes, not a database\n");
        f.close();
        auto ws = Workspace::open(path);
        REQUIRE_FALSE(ws.ok());
        REQUIRE(ws.message().endsWith(QStringLiteral("is not a SCORE Desk workspace.")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        REQUIRE(f.readAll() == "Visit notes, not a database\n");
    }
    SECTION("another SQLite database")
    {
        const QString path = dir.path(QStringLiteral("other.db"));
        {
            auto db = Database::open(path, Database::OpenMode::ReadWriteCreate);
            REQUIRE(db.ok());
            REQUIRE(db->execute(u"CREATE TABLE t (x)").ok());
        }
        auto ws = Workspace::open(path);
        REQUIRE_FALSE(ws.ok());
        REQUIRE(ws.message().contains(QStringLiteral("not a SCORE Desk workspace")));
    }
}

TEST_CASE("A workspace from a newer SCORE Desk is refused, untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.scoredesk"));
    {
        auto t = makeWorkspace(path);
        REQUIRE(t->db().execute(u"PRAGMA user_version = 99").ok());
    }
    auto ws = Workspace::open(path);
    REQUIRE(ws.error().kind == Error::Kind::NewerVersion);
    REQUIRE(ws.message().contains(QStringLiteral("newer SCORE Desk")));
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE(db->scalar(u"PRAGMA user_version").value() == 99);
}

TEST_CASE("An older workspace file is backed up, then migrated to the current version")
{
    // Version 1 is the first shipped schema; the oldest "older version" is a version-0 file
    // (application id set, no schema). Each later schema adds its own fixture here.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.scoredesk"));
    {
        auto db = Database::open(path, Database::OpenMode::ReadWriteCreate);
        REQUIRE(db->execute(QStringLiteral("PRAGMA application_id = %1").arg(kWorkspaceApplicationId)).ok());
        REQUIRE(db->execute(u"CREATE TABLE placeholder (x)").ok());
    }
    auto ws = Workspace::open(path);
    // A version-0 file has no device identity, so opening stops after the upgrade, saying so.
    REQUIRE_FALSE(ws.ok());
    REQUIRE(ws.message().contains(QStringLiteral("no device identity")));
    const auto backups = Backups(path).list();
    REQUIRE(backups.size() == 1);
    REQUIRE(backups.first().reason == QStringLiteral("before-upgrade-v0"));
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    REQUIRE(db->scalar(u"PRAGMA user_version").value() == kCurrentSchemaVersion);
    REQUIRE(db->scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'improvement_action'").value() == 1);
}

TEST_CASE("A version-1 workspace is backed up, gains the version-2 indexes, version 3's fields and version 4's lost sets "
          "and history column, and keeps its records")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.scoredesk"));
    QString before;
    {
        auto t = makeWorkspace(path);
        addEnterprise(*t);
        before = canonicalDump(*t);
        // Back to what a version-1 SCORE Desk wrote: the same tables without v3's columns, and
        // without v2's indexes.
        REQUIRE(t->db()
                    .execute(u"DROP INDEX visit_enterprise_live; DROP INDEX improvement_action_enterprise_progress; "
                             u"ALTER TABLE cohort DROP COLUMN region; ALTER TABLE cohort DROP COLUMN module_plan; "
                             u"ALTER TABLE cohort DROP COLUMN archived_on; ALTER TABLE enterprise DROP COLUMN archived_on; "
                             u"ALTER TABLE person DROP COLUMN archived_on; ALTER TABLE change_log DROP COLUMN via_device; "
                             u"PRAGMA user_version = 1")
                    .ok());
        for (const EntitySpec& spec : EntitySchema::instance().entities())
            REQUIRE(t->db().execute(QStringLiteral("ALTER TABLE %1 DROP COLUMN sync_lost").arg(spec.name)).ok());
    }
    {
        // Version 3 adds fields, so a reader cannot take the file as it is; it says what to do
        // and leaves the file alone.
        WorkspaceOptions readOnly;
        readOnly.readOnly = true;
        auto reader = Workspace::open(path, readOnly);
        REQUIRE_FALSE(reader.ok());
        REQUIRE(reader.message().contains(QStringLiteral("open it for writing once")));
        REQUIRE(Backups(path).list().isEmpty());
    }
    auto t = openWorkspace(path);
    REQUIRE(*t->db().scalar(u"PRAGMA user_version") == kCurrentSchemaVersion);
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                            u"('visit_enterprise_live', 'improvement_action_enterprise_progress')")
            == 2);
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM pragma_table_info('cohort') WHERE name IN ('region', 'module_plan', 'archived_on')")
            == 3);
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM pragma_table_info('change_log') WHERE name = 'via_device'") == 1);
    for (const EntitySpec& spec : EntitySchema::instance().entities())
        REQUIRE(*t->db().scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'sync_lost'").arg(spec.name))
                == 1);
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM enterprise WHERE sync_lost IS NOT NULL") == 0);
    // The new fields start empty, so the records read as they did.
    REQUIRE(canonicalDump(*t) == before);
    const auto backups = Backups(path).list();
    REQUIRE(backups.size() == 1);
    REQUIRE(backups.first().reason == QStringLiteral("before-upgrade-v1"));
    REQUIRE(checkWorkspace(*t)->ok());
    // And they take values like any field.
    RecordEditor editor(*t);
    const QString cohort = DomainQueries(*t).cohorts()->front().id;
    REQUIRE(editor.update(u"cohort", cohort, {{QStringLiteral("region"), QStringLiteral("Đồng Nai")}}).ok());
    REQUIRE(std::get<QString>(t->store().load(*EntitySchema::instance().entity(u"cohort"), cohort)->value().value(u"region"))
            == u"Đồng Nai");
}

TEST_CASE("Records are created, updated, deleted with what they own, and restored")
{
    TempDir dir;
    auto t = makeWorkspace(dir.path(QStringLiteral("a.scoredesk")));
    const QString enterprise = addEnterprise(*t);
    RecordEditor editor(*t);
    auto visit = editor.create(u"visit", {{QStringLiteral("enterprise_id"), enterprise},
                                          {QStringLiteral("module_id"), naturalid::module(u"WC")},
                                          {QStringLiteral("type"), QStringLiteral("baseline")},
                                          {QStringLiteral("visit_date"), QStringLiteral("2026-01-08")}});
    REQUIRE(visit.ok());
    auto finding = editor.create(u"finding", {{QStringLiteral("enterprise_id"), enterprise},
                                              {QStringLiteral("visit_id"), *visit},
                                              {QStringLiteral("title"), QStringLiteral("Walkways blocked by bundles")}});
    REQUIRE(finding.ok());

    t.clock->advanceMs(60000);
    REQUIRE(editor.update(u"visit", *visit, {{QStringLiteral("observations"), QStringLiteral("EIT met with 6 members")}}).ok());
    auto state = t->store().load(*EntitySchema::instance().entity(u"visit"), *visit);
    REQUIRE(state->value().value(u"observations") == FieldValue(QStringLiteral("EIT met with 6 members")));
    REQUIRE(state->value().value(u"modified_at") == FieldValue(QStringLiteral("2026-06-15T08:01:00.000Z")));
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM change_log WHERE op = 'update'") == 1);

    REQUIRE(editor.remove(u"visit", *visit).ok());
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM finding WHERE deleted = 1") == 1);
    REQUIRE(listRecords(*t, ListKind::Visits)->empty());
    REQUIRE_FALSE(editor.update(u"visit", *visit, {{QStringLiteral("observations"), QStringLiteral("x")}}).ok());

    REQUIRE(editor.restore(u"visit", *visit).ok());
    REQUIRE(*t->db().scalar(u"SELECT count(*) FROM finding WHERE deleted = 0") == 1);
    REQUIRE(listRecords(*t, ListKind::Visits)->size() == 1);
}

TEST_CASE("Invalid values are refused with a sentence and nothing is written")
{
    TempDir dir;
    auto t = makeWorkspace(dir.path(QStringLiteral("a.scoredesk")));
    const QString enterprise = addEnterprise(*t);
    RecordEditor editor(*t);
    const auto before = canonicalDump(*t);
    auto badStatus = editor.create(u"improvement_action", {{QStringLiteral("enterprise_id"), enterprise},
                                                           {QStringLiteral("title"), QStringLiteral("x")},
                                                           {QStringLiteral("status"), QStringLiteral("finished")}});
    REQUIRE_FALSE(badStatus.ok());
    auto badDate = editor.create(u"visit", {{QStringLiteral("enterprise_id"), enterprise},
                                            {QStringLiteral("type"), QStringLiteral("baseline")},
                                            {QStringLiteral("visit_date"), QStringLiteral("2026-02-30")}});
    REQUIRE_FALSE(badDate.ok());
    auto danglingRef = editor.create(u"visit", {{QStringLiteral("enterprise_id"), QStringLiteral("0190a0b0-0000-7000-8000-00000000dead")},
                                                {QStringLiteral("type"), QStringLiteral("baseline")},
                                                {QStringLiteral("visit_date"), QStringLiteral("2026-02-03")}});
    REQUIRE_FALSE(danglingRef.ok());
    REQUIRE(danglingRef.message().contains(QStringLiteral("does not exist")));
    REQUIRE(canonicalDump(*t) == before);
}

TEST_CASE("check finds a damaged workspace")
{
    TempDir dir;
    auto t = makeWorkspace(dir.path(QStringLiteral("a.scoredesk")));
    addEnterprise(*t);
    REQUIRE(checkWorkspace(*t)->ok());
    SECTION("an enum value out of range")
    {
        REQUIRE(t->db().execute(u"UPDATE enterprise SET sector = 'mining'").ok());
        auto report = checkWorkspace(*t);
        REQUIRE_FALSE(report->ok());
        REQUIRE(report->problems.join(u'\n').contains(QStringLiteral("mining")));
    }
    SECTION("a dangling reference")
    {
        REQUIRE(t->db().execute(u"PRAGMA foreign_keys = OFF").ok());
        REQUIRE(t->db().execute(u"UPDATE enterprise SET cohort_id = '0190a0b0-0000-7000-8000-00000000dead'").ok());
        REQUIRE_FALSE(checkWorkspace(*t)->ok());
    }
    SECTION("an unreadable sync clock")
    {
        REQUIRE(t->db().execute(u"UPDATE enterprise SET sync_stamps = 'garbage'").ok());
        REQUIRE_FALSE(checkWorkspace(*t)->ok());
    }
}

TEST_CASE("The canonical dump leaves out device-local state")
{
    TempDir dir;
    auto t = makeWorkspace(dir.path(QStringLiteral("a.scoredesk")));
    addEnterprise(*t);
    const QString dump = canonicalDump(*t);
    REQUIRE_FALSE(dump.contains(uuidText(t->device().deviceId)));
    REQUIRE_FALSE(dump.contains(QStringLiteral("sync_")));
    REQUIRE(dump == canonicalDump(*t));
    // Conflicts and history are review state of this device only.
    REQUIRE(t->db().execute(u"INSERT INTO change_log (entity, record_id, op, hlc, device_id) VALUES ('x', 'y', 'update', 1, 'z')").ok());
    REQUIRE(dump == canonicalDump(*t));
}

TEST_CASE("Backups made in the same millisecond keep the order they were made in")
{
    // Their names differ only by the number a second, third… copy gets: "-10" was made after
    // "-9", and the first copy has no number.
    TempDir dir;
    const QString path = dir.path(QStringLiteral("a.scoredesk"));
    QDir().mkpath(path + QStringLiteral(".backups"));
    const QString stamp = QStringLiteral("20261204-101010123");
    for (const QString& suffix : {QString(), QStringLiteral("-2"), QStringLiteral("-9"), QStringLiteral("-10")}) {
        QFile file(QStringLiteral("%1.backups/a-%2-before-import%3.scoredesk").arg(path, stamp, suffix));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    QStringList names;
    for (const BackupInfo& b : Backups(path).list())
        names << b.fileName;
    CHECK(names
          == QStringList{
              QStringLiteral("a-%1-before-import-10.scoredesk").arg(stamp), QStringLiteral("a-%1-before-import-9.scoredesk").arg(stamp),
              QStringLiteral("a-%1-before-import-2.scoredesk").arg(stamp), QStringLiteral("a-%1-before-import.scoredesk").arg(stamp)});
}

TEST_CASE("Backups rotate and keep the newest")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("a.scoredesk"));
    auto t = makeWorkspace(path);
    Backups backups(path, 3);
    // Each copy holds the step it was made at, so the test can tell which were kept.
    for (int i = 0; i < 12; ++i) {
        auto step = t->db().prepare(u"INSERT OR REPLACE INTO workspace_info (key, value) VALUES ('test-step', ?1)");
        REQUIRE(step.ok());
        step->bind(1, i);
        REQUIRE(step->exec().ok());
        REQUIRE(backups.create(t->db(), QStringLiteral("before-import")).ok());
    }
    const auto list = backups.list();
    REQUIRE(list.size() == 3);
    std::vector<qint64> steps;
    for (const BackupInfo& kept : list) {
        CHECK(kept.reason == QStringLiteral("before-import"));
        auto copy = Database::open(kept.path, Database::OpenMode::ReadOnly);
        REQUIRE(copy.ok());
        auto step = copy->scalar(u"SELECT value FROM workspace_info WHERE key = 'test-step'");
        REQUIRE(step.ok());
        steps.push_back(*step);
    }
    CHECK(steps == std::vector<qint64>{11, 10, 9});
}
