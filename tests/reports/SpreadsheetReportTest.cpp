// The cohort report as XLSX and CSV, read back: one sheet per topic with real numbers, number
// formats, a frozen header and SUM/MEDIAN formulas carrying core's totals and medians; CSV per
// RFC 4180 (CRLF, quoting of commas, quotes, CR and LF) in UTF-8 with a BOM.

#include "reports/ReportTestSupport.h"

#include "reportdata/CohortReportData.h"
#include "reports/CohortTables.h"
#include "reports/CsvReportWriter.h"
#include "reports/XlsxReportWriter.h"

#include "util/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace score;
using namespace score::test;

namespace {
const QDate kToday(2026, 6, 15);

QString cell(const XlsxSheet& sheet, const QString& ref) { return sheet.cells.value(ref).value; }

// The column letter of the header `title` in row 1.
QString columnOf(const XlsxSheet& sheet, const QString& title)
{
    for (auto it = sheet.cells.cbegin(); it != sheet.cells.cend(); ++it)
        if (it->value == title && it.key().endsWith(u'1') && it.key().size() <= 3 && !it.key().at(it.key().size() - 2).isDigit())
            return it.key().chopped(1);
    FAIL(QString(QStringLiteral("no column ") + title).toStdString());
    return {};
}
}  // namespace

TEST_CASE("The report CSV is quoted per RFC 4180 and parses back to what was written")
{
    // The quoting itself is the sheet layer's (sheet/CsvFields.h), tested in core_tests.
    ReportSheet sheet;
    sheet.columns = {{QStringLiteral("Name, full"), ReportColumnKind::Text},
                     {QStringLiteral("Count"), ReportColumnKind::Integer},
                     {QStringLiteral("Share (%)"), ReportColumnKind::Percent},
                     {QStringLiteral("Since"), ReportColumnKind::Date}};
    const std::vector<QString> tricky = {QStringLiteral("Minh Phát Garments, Co., Ltd."),
                                         QStringLiteral("The \"Golden\" Hall"),
                                         QStringLiteral("Line one\r\nLine two\nLine three"),
                                         QStringLiteral("晨光电子有限公司"),
                                         QStringLiteral("भारत ऑटो पार्ट्स"),
                                         QStringLiteral("\"\""),
                                         QStringLiteral(",")};
    for (const QString& name : tricky)
        sheet.rows.push_back({name, QVariant(qint64(42)), QVariant(12.345), QVariant(QDate(2026, 3, 14))});
    sheet.rows.push_back({QVariant(), QVariant(), QVariant(), QVariant()});
    sheet.footers.push_back({QStringLiteral("Total"), Aggregate::Sum, {QStringLiteral("Total"), QVariant(qint64(1))}});

    const QByteArray bytes = CsvReportWriter::encode(sheet);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.endsWith("\r\n"));
    const std::vector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(records.size() == tricky.size() + 2);  // header, rows, the empty row; never the footer
    CHECK(records[0]
          == QStringList{QStringLiteral("Name, full"), QStringLiteral("Count"), QStringLiteral("Share (%)"), QStringLiteral("Since")});
    for (size_t i = 0; i < tricky.size(); ++i) {
        REQUIRE(records[i + 1].size() == 4);
        CHECK(records[i + 1][0] == tricky[i]);
        CHECK(records[i + 1][1] == u"42");
        CHECK(records[i + 1][2] == u"12.3");  // a dot, whatever the locale
        CHECK(records[i + 1][3] == u"2026-03-14");
    }
    CHECK(records.back() == QStringList{QString(), QString(), QString(), QString()});
}

TEST_CASE("The cohort CSV has a header and one record per enterprise")
{
    TempDir dir;
    TestWorkspace t = makeDemoWorkspace(dir);
    auto data = buildCohortReportData(*t, firstId(*t, "cohorts"), kToday);
    REQUIRE(data.ok());
    const QString path = dir.path(QStringLiteral("cohort.csv"));
    REQUIRE(writeCohortCsv(*data, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const std::vector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(records.size() == data->enterprises.size() + 1);
    const QStringList& header = records.front();
    const qsizetype name = header.indexOf(QStringLiteral("Enterprise"));
    const qsizetype agreed = header.indexOf(QStringLiteral("Actions agreed"));
    const qsizetype id = header.indexOf(QStringLiteral("Enterprise ID"));
    REQUIRE(name >= 0);
    REQUIRE(agreed >= 0);
    for (size_t i = 0; i < data->enterprises.size(); ++i) {
        const QStringList& r = records[i + 1];
        REQUIRE(r.size() == header.size());
        CHECK(r[name] == data->enterprises[i].enterprise.name);  // with its commas and diacritics
        CHECK(r[agreed].toInt() == data->enterprises[i].actionsOpened);
        CHECK(r[id] == data->enterprises[i].enterprise.id);
    }
}

TEST_CASE("The cohort XLSX has a sheet per topic with numbers, formats, frozen header and formulas")
{
    TempDir dir;
    TestWorkspace t = makeDemoWorkspace(dir);
    auto data = buildCohortReportData(*t, firstId(*t, "cohorts"), kToday);
    REQUIRE(data.ok());
    const QString path = dir.path(QStringLiteral("cohort.xlsx"));
    REQUIRE(writeCohortXlsx(*data, path).ok());
    const XlsxBook book = readXlsx(path);

    QStringList names;
    for (const XlsxSheet& s : book.sheets)
        names << s.name;
    CHECK(names
          == QStringList{QStringLiteral("Enterprises"), QStringLiteral("Modules"), QStringLiteral("Actions"), QStringLiteral("KPIs"),
                         QStringLiteral("Participation")});
    for (const XlsxSheet& s : book.sheets) {
        INFO(s.name.toStdString());
        CHECK(s.xml.contains(QStringLiteral("state=\"frozen\"")));
        CHECK(s.xml.contains(QStringLiteral("ySplit=\"1\"")));
    }

    const XlsxSheet& enterprises = *book.sheet(QStringLiteral("Enterprises"));
    const int n = static_cast<int>(data->enterprises.size());
    CHECK(enterprises.rows == n + 3);  // header, enterprises, total, median
    const QString agreed = columnOf(enterprises, QStringLiteral("Actions agreed"));
    const QString improvement = columnOf(enterprises, QStringLiteral("Median KPI improvement (%)"));
    const QString latest = columnOf(enterprises, QStringLiteral("Latest score"));
    for (int i = 0; i < n; ++i) {
        const CohortEnterpriseLine& l = data->enterprises[static_cast<size_t>(i)];
        const QString row = QString::number(i + 2);
        CHECK(cell(enterprises, QStringLiteral("A") + row) == l.enterprise.name);
        const XlsxCell number = enterprises.cells.value(agreed + row);
        CHECK(number.type.isEmpty());  // a number, not a string
        CHECK(number.value.toInt() == l.actionsOpened);
        CHECK(book.styleNumberFormats.value(number.style) == u"#,##0");
        if (l.medianKpiImprovement) {
            const XlsxCell percent = enterprises.cells.value(improvement + row);
            CHECK(percent.value.toDouble() == Approx(*l.medianKpiImprovement / 100));
            CHECK(book.styleNumberFormats.value(percent.style) == u"0.0%");
        }
        if (l.latestScore)
            CHECK(book.styleNumberFormats.value(enterprises.cells.value(latest + row).style) == u"0.0");
    }
    const XlsxCell total = enterprises.cells.value(agreed + QString::number(n + 2));
    CHECK(total.formula == QStringLiteral("SUM(%1%2:%1%3)").arg(agreed).arg(2).arg(n + 1));
    CHECK(total.value.toInt() == data->totals.actionsOpened);
    CHECK(cell(enterprises, QStringLiteral("A%1").arg(n + 2)) == u"Cohort total");
    const XlsxCell median = enterprises.cells.value(latest + QString::number(n + 3));
    CHECK(median.formula.startsWith(QStringLiteral("MEDIAN(")));
    CHECK(median.value.toDouble() == Approx(*data->medians.latestScore));

    // Dates are date cells: serial numbers with a date format.
    const XlsxSheet& actions = *book.sheet(QStringLiteral("Actions"));
    CHECK(actions.rows == static_cast<int>(data->actions.size()) + 1);
    const QString due = columnOf(actions, QStringLiteral("Due date"));
    const XlsxCell dueCell = actions.cells.value(due + QStringLiteral("2"));
    CHECK(dueCell.type.isEmpty());
    CHECK(dueCell.value.toDouble() > 45000);  // days since 1900: 2023 and later
    CHECK(book.styleNumberFormats.value(dueCell.style) == u"yyyy-mm-dd");

    const XlsxSheet& participation = *book.sheet(QStringLiteral("Participation"));
    const QString women = columnOf(participation, QStringLiteral("Classroom women"));
    CHECK(participation.cells.value(women + QString::number(n + 2)).value.toLongLong() == data->totals.participation.classroomWomen);
}

TEST_CASE("A cohort XLSX that runs out of space says so and leaves no file, and a whole one has the usual permissions")
{
    TempDir dir;
    TestWorkspace t = makeDemoWorkspace(dir);
    auto data = buildCohortReportData(*t, firstId(*t, "cohorts"), kToday);
    REQUIRE(data.ok());
    const QString path = dir.path(QStringLiteral("cohort.xlsx"));
    const mode_t umask = ::umask(022);
    const Status whole = writeCohortXlsx(*data, path);
    ::umask(umask);
    REQUIRE(whole.ok());
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);

    // A limit the zipped file fits under but its largest sheet, unzipped, does not: libxlsxwriter
    // writes each sheet to a temporary file first and does not notice that write failing.
    const qint64 zipped = QFileInfo(path).size();
    qint64 largestPart = 0;
    {
        ZipReader zip;
        REQUIRE(zip.open(path).ok());
        auto entries = zip.entries(100);
        REQUIRE(entries.ok());
        for (const ZipEntry& e : *entries)
            largestPart = std::max(largestPart, e.size);
    }
    REQUIRE(largestPart > 2 * zipped);
    REQUIRE(QFile::remove(path));
    Status cut;
    {
        const FileSizeLimit limit(static_cast<rlim_t>(zipped * 3 / 2));
        cut = writeCohortXlsx(*data, path);
    }
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.message().startsWith(QStringLiteral("cohort.xlsx cannot be written: ")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral(".cohort.xlsx*")}, QDir::Files | QDir::Hidden).isEmpty());
}
