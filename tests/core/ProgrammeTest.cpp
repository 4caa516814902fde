// The first day: cohorts, enterprises and people created, changed and deleted from nothing,
// through core (ProgrammeEditor) and scorectl, with core's rules.

#include "support/TestSupport.h"

#include "domain/Labels.h"
#include "programme/ProgrammeEditor.h"
#include "programme/ProgrammeFields.h"
#include "storage/DomainQueries.h"
#include "storage/ProgrammeDirectory.h"
#include "storage/WorkspaceCheck.h"

using namespace score;
using namespace score::test;

namespace {
QString stored(Workspace& ws, const char* entity, const QString& id, const char* field)
{
    auto loaded = ws.store().load(*EntitySchema::instance().entity(QString::fromLatin1(entity)), id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    const FieldValue& v = (*loaded)->value(QString::fromLatin1(field));
    if (const auto* i = std::get_if<qint64>(&v))
        return QString::number(*i);
    const auto* s = std::get_if<QString>(&v);
    return s ? *s : QString();
}

// The last line of scorectl's output: the id it prints for scripts.
QString lastLine(const CliResult& r) { return r.out.trimmed().section(u'\n', -1); }
}  // namespace

TEST_CASE("A programme is built from an empty workspace: cohort, enterprises, people, by name")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("first-day.scoredesk")));
    RecordEditor records(*t);
    ProgrammeEditor editor(*t, records);

    auto me = editor.adoptDevicePerson(QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("counsellor"), QStringLiteral("woman"));
    REQUIRE(me.ok());
    CHECK(*ProgrammeDirectory(*t).devicePerson() == *me);
    // Asked again, the device keeps its person.
    CHECK(*editor.adoptDevicePerson(QStringLiteral("Someone else")) == *me);

    auto cohort = editor.add(ProgrammeKind::Cohort, {{QStringLiteral("name"), QStringLiteral("Đồng Nai furniture 2026")},
                                                     {QStringLiteral("country"), QStringLiteral("VN")},
                                                     {QStringLiteral("sector"), QStringLiteral("Furniture and wood")},
                                                     {QStringLiteral("region"), QStringLiteral("Đồng Nai")},
                                                     {QStringLiteral("institution"), QStringLiteral("VCCI Đồng Nai")},
                                                     {QStringLiteral("start"), QStringLiteral("2026-03-02")},
                                                     {QStringLiteral("end"), QStringLiteral("2026-12-18")},
                                                     {QStringLiteral("modules"), QStringLiteral("WC, QM, OSH")},
                                                     {QStringLiteral("trainers"), QStringLiteral("nguyễn thị lan")}});
    INFO((cohort ? QString() : cohort.message()).toStdString());
    REQUIRE(cohort.ok());
    CHECK(stored(*t, "cohort", *cohort, "module_plan") == QStringLiteral("WC,QM,OSH"));
    CHECK(stored(*t, "cohort", *cohort, "sector") == QStringLiteral("furniture_wood"));
    auto trainers = ProgrammeDirectory(*t).cohortTrainers(*cohort);
    REQUIRE(trainers->size() == 1);
    CHECK(trainers->front().second == *me);

    // The enterprise takes its cohort's country and today's enrolment; the cohort is named.
    auto enterprise = editor.add(ProgrammeKind::Enterprise, {{QStringLiteral("cohort"), QStringLiteral("Đồng Nai furniture 2026")},
                                                             {QStringLiteral("name"), QStringLiteral("Hưng Thịnh Furniture")},
                                                             {QStringLiteral("employees"), QStringLiteral("120")},
                                                             {QStringLiteral("women"), QStringLiteral("70")},
                                                             {QStringLiteral("men"), QStringLiteral("50")},
                                                             {QStringLiteral("city"), QStringLiteral("Biên Hòa")},
                                                             {QStringLiteral("counsellor"), QStringLiteral("Nguyễn Thị Lan")}});
    INFO((enterprise ? QString() : enterprise.message()).toStdString());
    REQUIRE(enterprise.ok());
    auto row = DomainQueries(*t).enterprise(*enterprise);
    CHECK(row->countryCode == QStringLiteral("VN"));
    CHECK(row->cohortId == *cohort);
    CHECK(row->counsellorId == *me);
    CHECK(row->enrolledOn == QDate(2026, 6, 15));
    CHECK(editor.check(ProgrammeKind::Enterprise, *enterprise)->warnings().isEmpty());

    // A manager becomes the enterprise's approver; an EIT member comes with their membership.
    auto manager = editor.add(ProgrammeKind::Person, {{QStringLiteral("name"), QStringLiteral("Trần Văn Hùng")},
                                                      {QStringLiteral("role"), QStringLiteral("manager")},
                                                      {QStringLiteral("gender"), QStringLiteral("man")},
                                                      {QStringLiteral("enterprise"), QStringLiteral("Hưng Thịnh Furniture")}});
    REQUIRE(manager.ok());
    CHECK(DomainQueries(*t).enterprise(*enterprise)->managerId == *manager);
    auto member = editor.add(ProgrammeKind::Person, {{QStringLiteral("name"), QStringLiteral("Lê Thị Mai")},
                                                     {QStringLiteral("role"), QStringLiteral("eit")},
                                                     {QStringLiteral("gender"), QStringLiteral("woman")},
                                                     {QStringLiteral("enterprise"), *enterprise},
                                                     {QStringLiteral("employment"), QStringLiteral("temporary")},
                                                     {QStringLiteral("job_title"), QStringLiteral("Sander")}});
    INFO((member ? QString() : member.message()).toStdString());
    REQUIRE(member.ok());
    CHECK(stored(*t, "person", *member, "role") == QStringLiteral("worker"));
    auto team = DomainQueries(*t).eitMembers(*enterprise);
    REQUIRE(team->size() == 1);
    CHECK(team->front().employment == QStringLiteral("temporary"));
    CHECK(team->front().side == QStringLiteral("worker"));
    CHECK(team->front().joinedOn == QDate(2026, 6, 15));

    SECTION("edits change only what is given; a team side left empty leaves the team")
    {
        REQUIRE(editor.change(ProgrammeKind::Enterprise, *enterprise, {{QStringLiteral("city"), QStringLiteral("Trảng Bom")}}).ok());
        CHECK(stored(*t, "enterprise", *enterprise, "city") == QStringLiteral("Trảng Bom"));
        CHECK(stored(*t, "enterprise", *enterprise, "employees_total") == QStringLiteral("120"));
        REQUIRE(editor.change(ProgrammeKind::Person, *member, {{QStringLiteral("team_side"), QString()}}).ok());
        CHECK(DomainQueries(*t).eitMembers(*enterprise)->empty());
        REQUIRE(editor.change(ProgrammeKind::Enterprise, *enterprise, {{QStringLiteral("archived"), QStringLiteral("yes")}}).ok());
        CHECK(stored(*t, "enterprise", *enterprise, "archived_on") == QStringLiteral("2026-06-15"));
        REQUIRE(editor.change(ProgrammeKind::Enterprise, *enterprise, {{QStringLiteral("archived"), QStringLiteral("no")}}).ok());
        CHECK(stored(*t, "enterprise", *enterprise, "archived_on").isEmpty());
    }
    SECTION("a bad value is refused with the key it is about, and nothing changes")
    {
        const QString before = canonicalDump(*t);
        auto negative = editor.add(ProgrammeKind::Enterprise, {{QStringLiteral("cohort"), *cohort},
                                                               {QStringLiteral("name"), QStringLiteral("Tân Phú Wood")},
                                                               {QStringLiteral("employees"), QStringLiteral("-5")}});
        REQUIRE_FALSE(negative.ok());
        CHECK(negative.error().subject == QStringLiteral("employees"));
        CHECK(negative.message() == QStringLiteral("Employees cannot be negative (-5)."));
        auto unknownCohort = editor.add(ProgrammeKind::Enterprise, {{QStringLiteral("cohort"), QStringLiteral("No such cohort")},
                                                                    {QStringLiteral("name"), QStringLiteral("Tân Phú Wood")}});
        REQUIRE_FALSE(unknownCohort.ok());
        CHECK(unknownCohort.error().subject == QStringLiteral("cohort"));
        CHECK(unknownCohort.message().contains(QStringLiteral("There is no cohort called “No such cohort”")));
        auto noCountry = editor.add(ProgrammeKind::Enterprise, {{QStringLiteral("name"), QStringLiteral("Tân Phú Wood")}});
        REQUIRE_FALSE(noCountry.ok());
        CHECK(noCountry.error().subject == QStringLiteral("country"));
        // A team member without the enterprise: the person is not kept either (one transaction).
        auto homeless = editor.add(ProgrammeKind::Person, {{QStringLiteral("name"), QStringLiteral("Phạm Văn Nam")},
                                                           {QStringLiteral("role"), QStringLiteral("eit")},
                                                           {QStringLiteral("gender"), QStringLiteral("man")}});
        REQUIRE_FALSE(homeless.ok());
        CHECK(canonicalDump(*t) == before);
    }
    SECTION("a name two records share is refused, and the id settles it")
    {
        auto second = editor.add(ProgrammeKind::Cohort, {{QStringLiteral("name"), QStringLiteral("Đồng Nai furniture 2026")},
                                                         {QStringLiteral("country"), QStringLiteral("Viet Nam")}});
        REQUIRE(second.ok());
        auto ambiguous = editor.find(ProgrammeKind::Cohort, QStringLiteral("đồng nai FURNITURE 2026"));
        REQUIRE_FALSE(ambiguous.ok());
        CHECK(ambiguous.message().contains(QStringLiteral("2 cohorts are called")));
        CHECK(*editor.find(ProgrammeKind::Cohort, *second) == *second);
    }
    SECTION("a cohort with enterprises is not deleted; an enterprise goes with its team")
    {
        auto refused = editor.remove(ProgrammeKind::Cohort, *cohort);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("still has 1 enterprise")));
        REQUIRE(editor.remove(ProgrammeKind::Enterprise, *enterprise).ok());
        CHECK(DomainQueries(*t).enterpriseList()->empty());
        CHECK(*t->store().exists(*EntitySchema::instance().entity(u"person"), *member, true) == false);
        REQUIRE(editor.remove(ProgrammeKind::Cohort, *cohort).ok());
        CHECK(checkWorkspace(*t)->ok());
    }
}

TEST_CASE("scorectl builds a programme from init: add, edit and delete with one sentence for bad input")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("cli.scoredesk"));
    const CliResult init = runScorectl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                                        QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("--gender"), QStringLiteral("woman")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("You are Nguyễn Thị Lan here")));
    // The person at this device is a counsellor from the start.
    const CliResult people = runScorectl({QStringLiteral("list"), QStringLiteral("people"), QStringLiteral("--db"), db});
    CHECK(people.out.contains(QStringLiteral("Nguyễn Thị Lan")));

    const CliResult cohort = runScorectl({QStringLiteral("add"), QStringLiteral("cohort"), QStringLiteral("--db"), db,
                                          QStringLiteral("--name"), QStringLiteral("Bình Dương garments"), QStringLiteral("--country"),
                                          QStringLiteral("VN")});
    INFO(cohort.err.toStdString());
    REQUIRE(cohort.exitCode == 0);
    const QString cohortId = lastLine(cohort);
    REQUIRE(cohortId.size() == 36);

    const CliResult enterprise = runScorectl({QStringLiteral("add"), QStringLiteral("enterprise"), QStringLiteral("--db"), db,
                                              QStringLiteral("--cohort"), cohortId, QStringLiteral("--name"),
                                              QStringLiteral("Minh Phát Garments"), QStringLiteral("--employees"), QStringLiteral("120"),
                                              QStringLiteral("--women"), QStringLiteral("70"), QStringLiteral("--men"),
                                              QStringLiteral("40"), QStringLiteral("--city"), QStringLiteral("Bien Hoa")});
    INFO(enterprise.err.toStdString());
    REQUIRE(enterprise.exitCode == 0);
    // 70 + 40 is not 120: saved, with a note.
    CHECK(enterprise.err.contains(QStringLiteral("add up to 110")));
    const QString enterpriseId = lastLine(enterprise);
    // Not said: the counsellor at this laptop counsels it, as the desktop's form proposes.
    {
        auto ws = Workspace::open(db);
        REQUIRE(ws.ok());
        auto me = ProgrammeDirectory(**ws).devicePerson();
        REQUIRE(me.ok());
        auto row = DomainQueries(**ws).enterprise(enterpriseId);
        REQUIRE(row.ok());
        CHECK(row->counsellorId == *me);
    }

    const CliResult member = runScorectl({QStringLiteral("add"), QStringLiteral("person"), QStringLiteral("--db"), db,
                                          QStringLiteral("--enterprise"), enterpriseId, QStringLiteral("--name"),
                                          QStringLiteral("Võ Thị Hoa"), QStringLiteral("--role"), QStringLiteral("eit"),
                                          QStringLiteral("--gender"), QStringLiteral("woman")});
    INFO(member.err.toStdString());
    REQUIRE(member.exitCode == 0);

    const QString before = runScorectl({QStringLiteral("dump"), QStringLiteral("--canonical"), QStringLiteral("--db"), db}).out;
    const CliResult negative = runScorectl({QStringLiteral("edit"), QStringLiteral("enterprise"), enterpriseId, QStringLiteral("--db"), db,
                                            QStringLiteral("--employees"), QStringLiteral("-5")});
    CHECK(negative.exitCode == 1);
    CHECK(negative.err.trimmed() == QStringLiteral("--employees: Employees cannot be negative (-5)."));
    const CliResult wrongField = runScorectl({QStringLiteral("edit"), QStringLiteral("cohort"), cohortId, QStringLiteral("--db"), db,
                                              QStringLiteral("--employees"), QStringLiteral("5")});
    CHECK(wrongField.exitCode == 2);
    CHECK(wrongField.err.contains(QStringLiteral("--employees is not a field of cohorts")));
    CHECK(runScorectl({QStringLiteral("dump"), QStringLiteral("--canonical"), QStringLiteral("--db"), db}).out == before);

    const CliResult edit = runScorectl({QStringLiteral("edit"), QStringLiteral("enterprise"), QStringLiteral("Minh Phát Garments"),
                                        QStringLiteral("--db"), db, QStringLiteral("--city"), QStringLiteral("Thủ Dầu Một"),
                                        QStringLiteral("--men"), QStringLiteral("50")});
    INFO(edit.err.toStdString());
    REQUIRE(edit.exitCode == 0);
    CHECK(edit.err.isEmpty());  // 70 + 50 = 120 now: nothing to note
    CHECK(lastLine(edit) == enterpriseId);

    CHECK(runScorectl({QStringLiteral("delete"), QStringLiteral("cohort"), cohortId, QStringLiteral("--db"), db}).exitCode == 1);
    CHECK(runScorectl({QStringLiteral("delete"), QStringLiteral("enterprise"), enterpriseId, QStringLiteral("--db"), db}).exitCode == 0);
    CHECK(runScorectl({QStringLiteral("delete"), QStringLiteral("cohort"), cohortId, QStringLiteral("--db"), db}).exitCode == 0);
    CHECK(runScorectl({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
}

TEST_CASE("Every field of a cohort, an enterprise and a person has a label written for it, not its name made readable")
{
    for (ProgrammeKind kind : programmeKinds()) {
        for (const PublicField& f : publicFields(kind)) {
            INFO(programmeKindName(kind).toStdString() << " " << f.key.toStdString());
            switch (f.target) {
            case PublicField::Target::Record: CHECK(hasFieldLabel(programmeEntity(kind), f.field)); break;
            case PublicField::Target::Membership: CHECK(hasFieldLabel(u"eit_member", f.field)); break;
            case PublicField::Target::Trainers: CHECK(hasFieldLabel(u"cohort", u"trainers")); break;
            }
            // The label is also a spreadsheet header import reads back.
            CHECK(publicField(kind, publicFieldLabel(kind, f)) == &f);
        }
    }
}
