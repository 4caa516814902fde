// Onboarding from a spreadsheet: the programme's cohorts, enterprises and people exported in
// the layout import reads back, imported into an empty workspace with the same ids and values,
// refused whole at the first bad cell (with its sheet, row and column), and idempotent.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "programme/SheetExchange.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetWriter.h"
#include "storage/DomainQueries.h"
#include "storage/WorkspaceCheck.h"

#include <QFile>

using namespace score;
using namespace score::test;

namespace {
// What a programme's people and enterprises are, as lists and profiles show them: equal
// summaries mean an import brought the same records.
QStringList summary(Workspace& ws)
{
    DomainQueries q(ws);
    QStringList lines;
    const auto cohorts = q.cohorts();
    const auto enterprises = q.enterprises();
    const auto people = q.everyone();
    REQUIRE(cohorts.ok());
    REQUIRE(enterprises.ok());
    REQUIRE(people.ok());
    for (const CohortRow& c : cohorts.value())
        lines << QStringLiteral("cohort %1 | %2 | %3 | %4 | %5 | %6").arg(c.id, c.name, c.countryCode, c.counterpart, c.sector, c.region);
    for (const EnterpriseRow& e : enterprises.value()) {
        lines << QStringLiteral("enterprise %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9")
                     .arg(e.id, e.name, e.cohortId, e.sector, e.city, e.contactPhone, e.managerId, e.counsellorId)
                     .arg(e.employees.value_or(-1));
        const auto members = q.eitMembers(e.id);
        REQUIRE(members.ok());
        for (const EitMemberRow& m : members.value())
            lines << QStringLiteral("  member %1 | %2 | %3 | %4 | %5")
                         .arg(m.personId, m.side, m.employment, m.role, m.joinedOn.toString(Qt::ISODate));
    }
    for (const PersonRow& p : people.value())
        lines << QStringLiteral("person %1 | %2 | %3 | %4 | %5 | %6").arg(p.id, p.name, p.gender, p.role, p.jobTitle, p.enterpriseId);
    return lines;
}

SheetToWrite sheet(const QString& name, const std::vector<QStringList>& rows)
{
    SheetToWrite s;
    s.table.name = name;
    s.table.rows = rows;
    return s;
}
}  // namespace

TEST_CASE("A sheet exported from the demo and imported into an empty workspace gives the same enterprises and people")
{
    TempDir dir;
    TestWorkspace demo = makeWorkspace(dir.path(QStringLiteral("demo.scoredesk")));
    DemoOptions options;
    options.enterprises = 4;
    options.anchor = QDate(2026, 6, 14);
    options.photos = false;
    REQUIRE(generateDemo(*demo, options).ok());
    const QString xlsx = dir.path(QStringLiteral("programme.xlsx"));
    auto written = exportSheets(*demo, xlsx, SheetFormat::Xlsx);
    REQUIRE(written.ok());
    REQUIRE(*written == QStringList{xlsx});
    auto tables = readSheetFile(xlsx);
    REQUIRE(tables.ok());
    REQUIRE(tables->size() == 3);
    CHECK(tables->at(0).name == QStringLiteral("Cohorts"));
    CHECK(tables->at(1).rows.size() == 5);  // a header and four enterprises
    CHECK(tables->at(1).rows.at(0).value(0) == QStringLiteral("id"));
    CHECK(tables->at(1).rows.at(0).contains(QStringLiteral("employees")));

    TestWorkspace empty = makeWorkspace(dir.path(QStringLiteral("empty.scoredesk")), QStringLiteral("other-device"), 7);
    auto imported = runSheetImport(*empty, {xlsx}, false);
    INFO((imported ? (imported->ok() ? QString() : imported->problems.front().describe()) : imported.message()).toStdString());
    REQUIRE(imported.ok());
    REQUIRE(imported->ok());
    CHECK(imported->count(SheetRowOutcome::Kind::New) == static_cast<int>(imported->rows.size()));
    CHECK(summary(*empty) == summary(*demo));
    CHECK(checkWorkspace(*empty)->ok());

    SECTION("importing the same file again changes nothing")
    {
        const QString before = canonicalDump(*empty);
        auto again = runSheetImport(*empty, {xlsx}, false);
        REQUIRE(again->ok());
        CHECK(again->count(SheetRowOutcome::Kind::Unchanged) == static_cast<int>(again->rows.size()));
        CHECK(canonicalDump(*empty) == before);
    }
    SECTION("CSV files, one per kind, carry the same")
    {
        const QString csv = dir.path(QStringLiteral("programme.csv"));
        auto files = exportSheets(*demo, csv, SheetFormat::Csv);
        REQUIRE(files.ok());
        REQUIRE(files->size() == 3);
        CHECK(files->at(1).endsWith(QStringLiteral("programme-enterprises.csv")));
        TestWorkspace third = makeWorkspace(dir.path(QStringLiteral("third.scoredesk")), QStringLiteral("third-device"), 9);
        auto fromCsv = runSheetImport(*third, *files, false);
        REQUIRE(fromCsv->ok());
        CHECK(summary(*third) == summary(*demo));
    }
}

TEST_CASE("A spreadsheet typed by hand: names instead of ids, dates as text or serials, one bad cell refuses the file")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("hand.scoredesk")));
    const QString file = dir.path(QStringLiteral("cohort.xlsx"));
    auto write = [&](const QString& employees, const QString& enrolled) {
        REQUIRE(writeXlsx(
                    file,
                    {sheet(QStringLiteral("Cohorts"),
                           {{QStringLiteral("name"), QStringLiteral("country"), QStringLiteral("start"), QStringLiteral("modules")},
                            {QStringLiteral("Đồng Nai furniture 2026"), QStringLiteral("VN"), QStringLiteral("2/3/2026"),
                             QStringLiteral("WC QM OSH")}}),
                     sheet(QStringLiteral("Enterprises"),
                           {{QStringLiteral("name"), QStringLiteral("cohort"), QStringLiteral("Employees"), QStringLiteral("women"),
                             QStringLiteral("men"), QStringLiteral("enrolled"), QStringLiteral("sector")},
                            {QStringLiteral("Hu\u031Bng Thịnh Furniture"), QStringLiteral("Đồng Nai furniture 2026"), QStringLiteral("120"),
                             QStringLiteral("70"), QStringLiteral("50"), QStringLiteral("46083"), QStringLiteral("Furniture and wood")},
                            {},
                            {QStringLiteral("Tân Phú Wood"), QStringLiteral("đồng nai FURNITURE 2026"), employees, QString(), QString(),
                             enrolled, QStringLiteral("furniture_wood")}})})
                    .ok());
    };

    write(QStringLiteral("-5"), QStringLiteral("2026-03-02"));
    const QString empty = canonicalDump(*t);
    auto refused = runSheetImport(*t, {file}, false);
    REQUIRE(refused.ok());
    REQUIRE_FALSE(refused->ok());
    REQUIRE(refused->problems.size() == 1);
    const SheetProblem& p = refused->problems.front();
    CHECK(p.sheet == QStringLiteral("Enterprises"));
    CHECK(p.row == 4);  // the blank third row keeps its number
    CHECK(p.column == QStringLiteral("C"));
    CHECK(p.describe() == QStringLiteral("Enterprises, row 4, column C: Employees cannot be negative (-5)."));
    CHECK(canonicalDump(*t) == empty);

    write(QStringLiteral("95"), QStringLiteral("next Monday"));
    auto badDate = runSheetImport(*t, {file}, false);
    REQUIRE_FALSE(badDate->ok());
    CHECK(badDate->problems.front().column == QStringLiteral("F"));
    CHECK(badDate->problems.front().message.contains(QStringLiteral("“next Monday”")));
    CHECK(canonicalDump(*t) == empty);

    write(QStringLiteral("95"), QStringLiteral("2/3/2026"));
    auto preview = runSheetImport(*t, {file}, true);
    REQUIRE(preview->ok());
    CHECK(preview->count(SheetRowOutcome::Kind::New) == 3);
    CHECK(canonicalDump(*t) == empty);  // a dry run writes nothing

    auto done = runSheetImport(*t, {file}, false);
    REQUIRE(done->ok());
    DomainQueries q(*t);
    auto enterprises = *q.enterprises();
    REQUIRE(enterprises.size() == 2);
    // The name typed with combining marks is stored in one form; the serial 46083 is 2026-03-02.
    CHECK(enterprises[0].name == QStringLiteral("H\u01B0ng Thịnh Furniture"));
    CHECK(enterprises[0].enrolledOn == QDate(2026, 3, 2));
    CHECK(enterprises[1].enrolledOn == QDate(2026, 3, 2));
    CHECK(enterprises[0].cohortId == enterprises[1].cohortId);
    CHECK(q.cohorts()->front().start == QDate(2026, 3, 2));

    SECTION("a corrected sheet without ids updates the records it names and adds the others")
    {
        REQUIRE(writeXlsx(file, {sheet(QStringLiteral("Enterprises"), {{QStringLiteral("name"), QStringLiteral("city")},
                                                                       {QStringLiteral("Hưng Thịnh Furniture"), QStringLiteral("Biên Hòa")},
                                                                       {QStringLiteral("Phú Hòa Wood"), QStringLiteral("Trảng Bom")}})})
                    .ok());
        auto changed = runSheetImport(*t, {file}, false);
        // A new enterprise without a cohort or a country is refused, naming what it lacks.
        REQUIRE_FALSE(changed->ok());
        CHECK(changed->problems.front().row == 3);
        CHECK(changed->problems.front().message.contains(QStringLiteral("country")));
    }
    SECTION("a column SCORE Desk does not know is refused before anything is read")
    {
        REQUIRE(writeXlsx(file, {sheet(QStringLiteral("Enterprises"), {{QStringLiteral("name"), QStringLiteral("Employes")},
                                                                       {QStringLiteral("Hưng Thịnh Furniture"), QStringLiteral("12")}})})
                    .ok());
        auto unknown = runSheetImport(*t, {file}, false);
        REQUIRE_FALSE(unknown->ok());
        CHECK(unknown->problems.front().column == QStringLiteral("B"));
        CHECK(unknown->problems.front().message.contains(QStringLiteral("“Employes” is not a column")));
    }
}

TEST_CASE("scorectl sheet: a blank template from an empty workspace, an import that says what it did")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("w.scoredesk"));
    REQUIRE(runScorectl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString xlsx = dir.path(QStringLiteral("template.xlsx"));
    const CliResult exported = runScorectl(
        {QStringLiteral("sheet"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), xlsx});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    auto tables = readSheetFile(xlsx);
    REQUIRE(tables.ok());
    REQUIRE(tables->size() == 3);
    // The template: each kind's header; the person at this device is already in People.
    CHECK(tables->at(0).rows.size() == 1);
    CHECK(tables->at(1).rows.size() == 1);
    CHECK(tables->at(2).rows.size() == 2);

    const QString csv = dir.path(QStringLiteral("enterprises.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Written by Excel on a Windows laptop: Windows-1252, semicolons, a decimal comma elsewhere.
    file.write(QByteArray("name;country;employees;women;men;city\r\nCaf\xe9 Ngon Foods;VN;80;50;30;Th\xe0nh ph\xf3\r\n"));
    file.close();
    const CliResult dry = runScorectl(
        {QStringLiteral("sheet"), QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Would add 1")));
    CHECK(runScorectl({QStringLiteral("list"), QStringLiteral("enterprises"), QStringLiteral("--db"), db}).out.trimmed().isEmpty());
    const CliResult done = runScorectl({QStringLiteral("sheet"), QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Café Ngon Foods")));
    CHECK(runScorectl({QStringLiteral("list"), QStringLiteral("enterprises"), QStringLiteral("--db"), db})
              .out.contains(QStringLiteral("Café Ngon Foods")));
    const CliResult again = runScorectl({QStringLiteral("sheet"), QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    CHECK(again.out.contains(QStringLiteral("Added 0, changed 0, left 1")));
}
