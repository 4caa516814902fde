// The spreadsheet layer (core/sheet): XLSX and CSV read into tables of text cells, as Excel
// and LibreOffice write them (hand-made fixtures in tests/fuzz/SheetFixtures.cpp), tables
// written as XLSX and CSV and read back unchanged, and every limit and damage refused with one
// sentence naming the file.

#include "support/TestSupport.h"

#include "../fuzz/SheetFixtures.h"
#include "sheet/CsvFields.h"
#include "sheet/CsvReader.h"
#include "sheet/ExcelValues.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetWriter.h"
#include "sheet/XlsxReader.h"
#include "util/ZipArchive.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <functional>

#include <sys/stat.h>

using namespace score;
using namespace score::test;
using score::fixtures::SheetFixture;

namespace score {
std::ostream& operator<<(std::ostream& os, const SheetTable& t)
{
    os << "SheetTable \"" << t.name.toStdString() << "\" {";
    for (const QStringList& row : t.rows)
        os << "\n  ["
           << row.join(QStringLiteral(" | ")).replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n")).toStdString()
           << ']';
    return os << "\n}";
}
}  // namespace score

namespace {
QString saveBytes(const TempDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString saveParts(const TempDir& dir, const QString& name, const fixtures::XlsxParts& parts)
{
    const QString path = dir.path(name);
    REQUIRE(fixtures::writeParts(path, parts).ok());
    return path;
}

QString save(const TempDir& dir, const SheetFixture& f)
{
    return f.parts.empty() ? saveBytes(dir, f.fileName, f.bytes) : saveParts(dir, f.fileName, f.parts);
}

// The fixture as readSheetFile reads it from a file.
std::vector<SheetTable> readFixture(const TempDir& dir, const SheetFixture& f)
{
    auto read = readSheetFile(save(dir, f));
    INFO(f.fileName.toStdString() << ": " << (read ? QString() : read.message()).toStdString());
    REQUIRE(read.ok());
    return *read;
}

// Refusals compared as std::string, which Catch prints (a QString comes out as {?}).
std::string text(const QString& s) { return s.toStdString(); }

std::string refusal(const Result<std::vector<SheetTable>>& read)
{
    REQUIRE_FALSE(read.ok());
    return text(read.message());
}

std::vector<SheetTable> tablesOf(const std::vector<SheetToWrite>& sheets)
{
    std::vector<SheetTable> tables;
    for (const SheetToWrite& s : sheets) {
        tables.push_back(s.table);
        tables.back().trim();
    }
    return tables;
}

// A part of a written workbook as text, to see how a cell was stored.
QString partOf(const QString& path, const QString& name)
{
    ZipReader zip;
    REQUIRE(zip.open(path).ok());
    auto entries = zip.entries(100);
    REQUIRE(entries.ok());
    for (const ZipEntry& e : *entries)
        if (e.name == name) {
            auto bytes = zip.readAll(e, 1 << 26);
            REQUIRE(bytes.ok());
            return QString::fromUtf8(*bytes);
        }
    FAIL(QString(QStringLiteral("no part ") + name).toStdString());
    return {};
}

// A workbook of one sheet whose sheetData is `rows` (rows of <c> elements), no shared strings.
fixtures::XlsxParts oneSheet(const QByteArray& sheetData, const QByteArray& before = {})
{
    const QByteArray head = QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>)");
    return {
        {QStringLiteral("xl/workbook.xml"),
         head
             + R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         head
             + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         head + before + R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + sheetData
             + "</sheetData></worksheet>"},
    };
}

SheetToWrite bigSheet(int rows)
{
    SheetToWrite sheet;
    sheet.table.name = QStringLiteral("Big");
    sheet.columns = {ColumnKind::Text, ColumnKind::Number, ColumnKind::Date, ColumnKind::Text};
    sheet.table.rows.push_back({QStringLiteral("Tên"), QStringLiteral("Số"), QStringLiteral("Ngày"), QStringLiteral("Ghi chú")});
    for (int r = 1; r < rows; ++r)
        sheet.table.rows.push_back({QStringLiteral("Doanh nghiệp số %1").arg(r), QString::number(r * 7.25),
                                    QDate(2020, 1, 1).addDays(r % 2000).toString(Qt::ISODate),
                                    QStringLiteral("Ghi chú %1 — thêm chữ cho dài").arg(r * 31)});
    return sheet;
}

QStringList filesIn(const TempDir& dir)
{
    return QDir(QFileInfo(dir.path(QStringLiteral("x"))).absolutePath()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}
}  // namespace

// ---- values -------------------------------------------------------------------------------

TEST_CASE("Numbers come out as Excel shows them, in the shortest text that reads back", "[sheet]")
{
    using excel::numberText;
    CHECK(numberText(120) == u"120");
    CHECK(numberText(120.5) == u"120.5");
    CHECK(numberText(-3.75) == u"-3.75");
    CHECK(numberText(0.1 + 0.2) == u"0.3");  // 0.30000000000000004: beyond Excel's 15 digits
    CHECK(numberText(1234567.89) == u"1234567.89");
    CHECK(numberText(123456789012345.0) == u"123456789012345");
    CHECK(numberText(1e20) == u"100000000000000000000");
    CHECK(numberText(1e21) == u"1e+21");
    CHECK(numberText(0.000001) == u"0.000001");
    CHECK(numberText(1e-7) == u"1e-07");
    CHECK(numberText(-0.0) == u"0");
    CHECK(numberText(0) == u"0");
    CHECK(excel::parseNumber(u"-1.5E+2") == -150.0);
    CHECK(excel::parseNumber(u" 12 ") == 12.0);
    CHECK_FALSE(excel::parseNumber(u"12,5"));
    CHECK_FALSE(excel::parseNumber(u"inf"));
    CHECK_FALSE(excel::parseNumber(u""));
}

TEST_CASE("Serial numbers in date formats are ISO dates, with Excel's 29 February 1900 and the 1904 system", "[sheet]")
{
    using excel::FormatKind;
    using excel::serialText;
    CHECK(serialText(46327, FormatKind::Date, false) == u"2026-11-01");
    CHECK(serialText(1, FormatKind::Date, false) == u"1900-01-01");
    CHECK(serialText(59, FormatKind::Date, false) == u"1900-02-28");
    CHECK(serialText(60, FormatKind::Date, false) == u"1900-02-29");  // Lotus's day that never was
    CHECK(serialText(61, FormatKind::Date, false) == u"1900-03-01");
    CHECK(serialText(46327.5, FormatKind::Date, false) == u"2026-11-01 12:00");
    CHECK(serialText(46327.000011574, FormatKind::Date, false) == u"2026-11-01 00:00:01");
    CHECK(serialText(0.75, FormatKind::Time, false) == u"18:00");
    CHECK(serialText(0, FormatKind::Date, false) == u"0");
    CHECK(serialText(-1, FormatKind::Date, false) == u"-1");
    CHECK(serialText(2958465, FormatKind::Date, false) == u"9999-12-31");
    CHECK(serialText(2958466, FormatKind::Date, false) == u"2958466");
    CHECK(serialText(0, FormatKind::Date, true) == u"1904-01-01");
    CHECK(serialText(45000, FormatKind::Date, true) == u"2027-03-16");
    CHECK(serialText(120.5, FormatKind::Number, false) == u"120.5");
}

TEST_CASE("A number format is a date when d, m or y stand outside quotes, brackets and escapes", "[sheet]")
{
    using excel::formatCodeKind;
    using excel::FormatKind;
    CHECK(formatCodeKind(u"dd/mm/yyyy") == FormatKind::Date);
    CHECK(formatCodeKind(u"YYYY\\-MM\\-DD") == FormatKind::Date);
    CHECK(formatCodeKind(u"[$-42A]DD/MM/YYYY;@") == FormatKind::Date);
    CHECK(formatCodeKind(u"mmm yyyy") == FormatKind::Date);
    CHECK(formatCodeKind(u"d/m/yy h:mm") == FormatKind::Date);
    CHECK(formatCodeKind(u"h:mm AM/PM") == FormatKind::Time);
    CHECK(formatCodeKind(u"[h]:mm:ss") == FormatKind::Time);
    CHECK(formatCodeKind(u"mm:ss") == FormatKind::Time);
    CHECK(formatCodeKind(u"#,##0.00\\ \"đ\"") == FormatKind::Number);
    CHECK(formatCodeKind(u"[Red]0.00;[Blue]-0.00") == FormatKind::Number);
    CHECK(formatCodeKind(u"0 \"days\"") == FormatKind::Number);
    CHECK(formatCodeKind(u"General") == FormatKind::Number);
    CHECK(formatCodeKind(u"0.00E+00") == FormatKind::Number);
    CHECK(formatCodeKind(u"_-* #,##0_-;\\-* #,##0_-") == FormatKind::Number);
    CHECK(formatCodeKind(u"@") == FormatKind::Number);
    CHECK(excel::builtinFormatKind(14) == FormatKind::Date);
    CHECK(excel::builtinFormatKind(22) == FormatKind::Date);
    CHECK(excel::builtinFormatKind(20) == FormatKind::Time);
    CHECK(excel::builtinFormatKind(47) == FormatKind::Time);
    CHECK(excel::builtinFormatKind(49) == FormatKind::Number);
}

TEST_CASE("Cell references, column names and _xHHHH_ escapes", "[sheet]")
{
    CHECK(excel::parseCellRef(u"A1")->row == 0);
    CHECK(excel::parseCellRef(u"B3")->column == 1);
    CHECK(excel::parseCellRef(u"XFD1048576")->column == 16383);
    CHECK(excel::parseCellRef(u"XFD1048576")->row == 1048575);
    CHECK(excel::parseCellRef(u"aa10")->column == 26);
    CHECK_FALSE(excel::parseCellRef(u"A0"));
    CHECK_FALSE(excel::parseCellRef(u"12"));
    CHECK_FALSE(excel::parseCellRef(u"ABCD1"));
    CHECK_FALSE(excel::parseCellRef(u"A1B"));
    CHECK_FALSE(excel::parseCellRef(u"A12345678"));
    CHECK(excel::columnName(0) == u"A");
    CHECK(excel::columnName(25) == u"Z");
    CHECK(excel::columnName(26) == u"AA");
    CHECK(excel::columnName(16383) == u"XFD");
    CHECK(excel::decodeEscapes(QStringLiteral("a_x000D_b_x0041__x")) == u"a\rbA_x");
    CHECK(excel::decodeEscapes(QStringLiteral("_x005F_x0041_")) == u"_x0041_");
    CHECK(excel::protectEscapes(QStringLiteral("_x0041_ and _xyz_")) == u"_x005F_x0041_ and _xyz_");
    CHECK(excel::decodeEscapes(excel::protectEscapes(QStringLiteral("_x0041__x0042_"))) == u"_x0041__x0042_");
}

// ---- reading what others wrote -----------------------------------------------------------

TEST_CASE("A workbook as Excel writes it reads as Excel shows it", "[sheet]")
{
    TempDir dir;
    const SheetFixture f = fixtures::excelWorkbook();
    const std::vector<SheetTable> read = readFixture(dir, f);
    CHECK(read == f.expected);
    CHECK(read.at(0).cell(1, 4) == u"0912345678");  // a phone number typed as text keeps its zero
    CHECK(read.at(0).cell(4, 0) == u"a\r\nb");
    CHECK(read.at(0).cell(99, 99).isEmpty());
}

TEST_CASE("A workbook as LibreOffice writes it reads the same way", "[sheet]")
{
    TempDir dir;
    const SheetFixture f = fixtures::libreOfficeWorkbook();
    CHECK(readFixture(dir, f) == f.expected);  // the chart sheet is not among the tables
}

TEST_CASE("A workbook in the 1904 date system gives its dates, not dates four years early", "[sheet]")
{
    TempDir dir;
    const SheetFixture f = fixtures::date1904Workbook();
    CHECK(readFixture(dir, f) == f.expected);
}

TEST_CASE("CSV from Excel on Windows: Windows-1252 with semicolons", "[sheet]")
{
    TempDir dir;
    const SheetFixture f = fixtures::windows1252Csv();
    CHECK(readFixture(dir, f) == f.expected);
}

TEST_CASE("CSV in UTF-8 with a byte-order mark, commas, and quoted commas, quotes and line breaks", "[sheet]")
{
    TempDir dir;
    const SheetFixture f = fixtures::utf8Csv();
    CHECK(readFixture(dir, f) == f.expected);
    // The same bytes without the mark are still UTF-8, not Windows-1252.
    auto unmarked = readCsv(f.bytes.mid(3), QStringLiteral("doanh-nghiep"));
    REQUIRE(unmarked.ok());
    CHECK(*unmarked == f.expected[0]);
}

TEST_CASE("CSV dialects: CR line ends, tabs, Excel's sep= line, UTF-16", "[sheet]")
{
    TempDir dir;
    for (const SheetFixture& f : fixtures::csvDialects())
        CHECK(readFixture(dir, f) == f.expected);
}

// ---- writing and reading back -------------------------------------------------------------

TEST_CASE("Tables written as XLSX read back unchanged, each column stored as its kind says", "[sheet]")
{
    TempDir dir;
    const std::vector<SheetToWrite> sheets = fixtures::sampleSheets();
    const QString path = dir.path(QStringLiteral("export.xlsx"));
    const Status written = writeXlsx(path, sheets);
    INFO((written ? QString() : written.message()).toStdString());
    REQUIRE(written.ok());
    auto read = readSheetFile(path);
    INFO((read ? QString() : read.message()).toStdString());
    REQUIRE(read.ok());
    CHECK(*read == tablesOf(sheets));

    const QString xml = partOf(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xml.contains(QStringLiteral(R"(<c r="C2"><v>120</v></c>)")));  // a real number
    CHECK(xml.contains(QStringLiteral(R"(<c r="D2"><v>-3.75</v></c>)")));
    CHECK(xml.contains(QStringLiteral(R"(<c r="E2" s=")")));  // a date: a serial with a date style
    CHECK(xml.contains(QStringLiteral("<v>46327</v>")));
    CHECK(xml.contains(QStringLiteral(R"(<c r="C4" s="2" t="inlineStr"><is><t>007</t>)")));  // not the number 7
    CHECK(xml.contains(QStringLiteral("<t>00123</t>")));
    CHECK(xml.contains(QStringLiteral(R"(<c r="E3" s="2" t="inlineStr"><is><t>1900-01-15</t>)")));  // LibreOffice would show the 14th
    CHECK(xml.contains(QStringLiteral(R"(<pane ySplit="1")")));                                     // the header stays in view
    CHECK(partOf(path, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("yyyy-mm-dd")));
}

TEST_CASE("A table written as CSV reads back unchanged", "[sheet]")
{
    TempDir dir;
    for (const SheetToWrite& sheet : fixtures::sampleSheets()) {
        const QString path = dir.path(sheet.table.name + QStringLiteral(".csv"));
        REQUIRE(writeCsv(path, sheet).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.endsWith("\r\n"));
        auto read = readSheetFile(path);
        REQUIRE(read.ok());
        REQUIRE(read->size() == 1);
        SheetTable expected = sheet.table;
        expected.trim();
        CHECK(read->front() == expected);
    }
}

TEST_CASE("CSV fields are quoted per RFC 4180, and so are semicolons, tabs and a leading sep=", "[sheet]")
{
    CHECK(csv::field(QStringLiteral("plain")) == u"plain");
    CHECK(csv::field(QStringLiteral("a,b")) == u"\"a,b\"");
    CHECK(csv::field(QStringLiteral("say \"hi\"")) == u"\"say \"\"hi\"\"\"");
    CHECK(csv::field(QStringLiteral("two\nlines")) == u"\"two\nlines\"");
    CHECK(csv::field(QStringLiteral("cr\rhere")) == u"\"cr\rhere\"");
    CHECK(csv::field(QStringLiteral("a;b")) == u"\"a;b\"");
    CHECK(csv::field(QStringLiteral("a\tb")) == u"\"a\tb\"");
    CHECK(csv::field(QStringLiteral("sep=;")) == u"\"sep=;\"");
    CHECK(csv::field(QStringLiteral("Công ty Minh Phát")) == u"Công ty Minh Phát");
    CHECK(csv::record({QStringLiteral("a"), QString(), QStringLiteral("c")}) == u"a,,c\r\n");

    // A one-column sheet whose header holds a semicolon is not split on reading back.
    TempDir dir;
    SheetToWrite sheet;
    sheet.table = {QStringLiteral("one"), {{QStringLiteral("Tên; họ")}, {QStringLiteral("sep=x")}, {QStringLiteral("a")}}};
    REQUIRE(writeCsv(dir.path(QStringLiteral("one.csv")), sheet).ok());
    auto read = readSheetFile(dir.path(QStringLiteral("one.csv")));
    REQUIRE(read.ok());
    CHECK(read->front() == sheet.table);
}

TEST_CASE("The writer makes sheet names Excel accepts, and keeps control characters and escapes", "[sheet]")
{
    TempDir dir;
    std::vector<SheetToWrite> sheets(4);
    sheets[0].table = {QStringLiteral("Kế hoạch [2026]: Q1/Q2?"),
                       {{QStringLiteral("a\x01"
                                        "b"),
                         QStringLiteral("tab\there")}}};
    sheets[1].table = {QStringLiteral("kế hoạch -2026-- Q1-Q2-"), {{QStringLiteral("_x000D_ is not CR")}}};
    sheets[2].table = {QStringLiteral("'quoted'"), {{QStringLiteral("x")}}};
    sheets[3].table = {QStringLiteral("A name far longer than thirty-one characters"), {{QStringLiteral("y")}}};
    const QString path = dir.path(QStringLiteral("names.xlsx"));
    REQUIRE(writeXlsx(path, sheets).ok());
    auto read = readSheetFile(path);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 4);
    CHECK(read->at(0).name == u"Kế hoạch -2026-- Q1-Q2-");
    CHECK(read->at(1).name == u"kế hoạch -2026-- Q1-Q2- 2");  // unique without regard to case
    CHECK(read->at(2).name == u"quoted");
    CHECK(read->at(3).name == u"A name far longer than thirty-o");
    CHECK(read->at(0).rows == sheets[0].table.rows);
    CHECK(read->at(1).rows == sheets[1].table.rows);
}

TEST_CASE("A write that runs out of space says so, leaves no file, and keeps the file it would replace", "[sheet]")
{
    TempDir dir;
    const SheetToWrite sheet = bigSheet(20000);  // about 2 MB of sheet XML, 300 KB zipped
    const QString xlsx = dir.path(QStringLiteral("full.xlsx"));
    const QString csvPath = dir.path(QStringLiteral("full.csv"));
    const QByteArray old = QByteArrayLiteral("the file as it was");
    saveBytes(dir, QStringLiteral("kept.xlsx"), old);
    Status xlsxWritten, csvWritten, replaced;
    {
        const FileSizeLimit limit(256 * 1024);
        xlsxWritten = writeXlsx(xlsx, {sheet});
        csvWritten = writeCsv(csvPath, sheet);
        replaced = writeXlsx(dir.path(QStringLiteral("kept.xlsx")), {sheet});
    }
    REQUIRE_FALSE(xlsxWritten.ok());
    CHECK(xlsxWritten.message().startsWith(QStringLiteral("full.xlsx cannot be written: ")));
    CHECK(xlsxWritten.message().contains(QStringLiteral("disk")));
    REQUIRE_FALSE(csvWritten.ok());
    CHECK(csvWritten.message().startsWith(QStringLiteral("full.csv cannot be written: ")));
    REQUIRE_FALSE(replaced.ok());
    QFile kept(dir.path(QStringLiteral("kept.xlsx")));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == old);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("kept.xlsx")});  // no temporary file left
    // With room, the same writes succeed.
    REQUIRE(writeXlsx(xlsx, {sheet}).ok());
    REQUIRE(writeCsv(csvPath, sheet).ok());
}

TEST_CASE("Written files get the permissions of a new file and nothing else stays beside them", "[sheet]")
{
    TempDir dir;
    const mode_t old = ::umask(027);
    const Status xlsx = writeXlsx(dir.path(QStringLiteral("p.xlsx")), fixtures::sampleSheets());
    const Status csvWritten = writeCsv(dir.path(QStringLiteral("p.csv")), fixtures::sampleSheets()[0]);
    ::umask(old);
    REQUIRE(xlsx.ok());
    REQUIRE(csvWritten.ok());
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(dir.path(QStringLiteral("p.xlsx"))).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    REQUIRE(::stat(QFile::encodeName(dir.path(QStringLiteral("p.csv"))).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("p.csv"), QStringLiteral("p.xlsx")});

    const Status nowhere = writeXlsx(dir.path(QStringLiteral("no/such/folder/x.xlsx")), fixtures::sampleSheets());
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.message().startsWith(QStringLiteral("x.xlsx cannot be written: ")));
}

// ---- limits -------------------------------------------------------------------------------

TEST_CASE("Every limit is refused with one sentence naming the file and what is too much", "[sheet]")
{
    TempDir dir;
    const QString prefix = QStringLiteral("is not a spreadsheet SCORE Desk can read: ");
    const QString xlsx = dir.path(QStringLiteral("sample.xlsx"));
    REQUIRE(writeXlsx(xlsx, fixtures::sampleSheets()).ok());
    const QString csvPath = dir.path(QStringLiteral("sample.csv"));
    REQUIRE(writeCsv(csvPath, fixtures::sampleSheets()[0]).ok());
    REQUIRE(readSheetFile(xlsx).ok());
    REQUIRE(readSheetFile(csvPath).ok());
    // Each limit, tightened below the sample, with the sentence for the XLSX and for the CSV
    // (empty where CSV has no such thing).
    struct Case {
        const char* limit;
        std::function<void(SheetLimits&)> tighten;
        QString xlsx;
        QString csv;
    };
    const std::vector<Case> cases = {
        {"file size", [](SheetLimits& l) { l.maxFileBytes = 100; }, QStringLiteral("it is larger than 1 MB"),
         QStringLiteral("it is larger than 1 MB")},
        {"parts", [](SheetLimits& l) { l.maxEntries = 5; }, QStringLiteral("it holds more than 5 parts"), {}},
        {"one part unpacked",
         [](SheetLimits& l) { l.maxEntryBytes = 2000; },
         QStringLiteral("its part xl/worksheets/sheet1.xml is larger than 1 MB once unpacked"),
         {}},
        {"all parts unpacked",
         [](SheetLimits& l) { l.maxUnpackedBytes = 6000; },
         QStringLiteral("its parts add up to more than 1 MB once unpacked"),
         {}},
        {"sheets", [](SheetLimits& l) { l.maxSheets = 1; }, QStringLiteral("it has more than 1 sheets"), {}},
        {"cells", [](SheetLimits& l) { l.maxCells = 20; }, QStringLiteral("it has more than 20 cells"),
         QStringLiteral("it has more than 20 cells")},
        {"rows", [](SheetLimits& l) { l.maxRows = 3; }, QStringLiteral("sheet Doanh nghiệp has more than 3 rows"),
         QStringLiteral("it has more than 3 rows")},
        {"columns", [](SheetLimits& l) { l.maxColumns = 4; }, QStringLiteral("sheet Doanh nghiệp has a cell beyond column D"),
         QStringLiteral("row 1 has more than 4 columns")},
        {"characters", [](SheetLimits& l) { l.maxCellChars = 20; },
         QStringLiteral("cell F2 of sheet Doanh nghiệp holds more than 20 characters"),
         QStringLiteral("a cell on row 2 holds more than 20 characters")},
    };
    for (const Case& c : cases) {
        INFO(c.limit);
        SheetLimits limits;
        c.tighten(limits);
        CHECK(refusal(readSheetFile(xlsx, limits)) == text(QStringLiteral("sample.xlsx %1%2.").arg(prefix, c.xlsx)));
        if (!c.csv.isEmpty())
            CHECK(refusal(readSheetFile(csvPath, limits)) == text(QStringLiteral("sample.csv %1%2.").arg(prefix, c.csv)));
    }

    // Excel's own column limit, XFD; and the length of a shared string, which has no cell yet.
    const QString wide = saveParts(dir, QStringLiteral("wide.xlsx"), oneSheet(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)"));
    CHECK(refusal(readSheetFile(wide)) == text(QStringLiteral("wide.xlsx %1sheet S has a cell beyond column XFD.").arg(prefix)));
    SheetLimits limits;
    limits.maxCellChars = 10;  // "Số lao động", the second shared string, has 11
    const QString shared = saveParts(dir, QStringLiteral("shared.xlsx"), fixtures::excelWorkbook().parts);
    CHECK(refusal(readSheetFile(shared, limits))
          == text(QStringLiteral("shared.xlsx %1a text in it is longer than 10 characters.").arg(prefix)));
}

TEST_CASE("A cell far to the right counts every cell it makes room for", "[sheet]")
{
    TempDir dir;
    // 400 cells at XFD would be a table of 6.5 million cells from a file of a few kilobytes:
    // refused, not allocated.
    QByteArray rows;
    for (int r = 1; r <= 400; ++r)
        rows += QStringLiteral(R"(<row r="%1"><c r="XFD%1"><v>1</v></c></row>)").arg(r).toUtf8();
    const QString far = saveParts(dir, QStringLiteral("far.xlsx"), oneSheet(rows));
    CHECK(refusal(readSheetFile(far))
          == text(QStringLiteral("far.xlsx is not a spreadsheet SCORE Desk can read: it has more than %1 cells.")
                      .arg(QLocale().toString(5000000))));
    const QString low = saveParts(dir, QStringLiteral("low.xlsx"), oneSheet(R"(<row r="1048577"><c r="A1048577"><v>1</v></c></row>)"));
    CHECK(refusal(readSheetFile(low))
          == text(QStringLiteral("low.xlsx is not a spreadsheet SCORE Desk can read: sheet S has more than %1 rows.")
                      .arg(QLocale().toString(1048576))));
}

// ---- damage and look-alikes ---------------------------------------------------------------

TEST_CASE("A damaged or hostile XLSX is refused with one sentence", "[sheet]")
{
    TempDir dir;
    const QString prefix = QStringLiteral("is not a spreadsheet SCORE Desk can read: ");
    const QString good = dir.path(QStringLiteral("good.xlsx"));
    REQUIRE(writeXlsx(good, fixtures::sampleSheets()).ok());
    QFile file(good);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    SECTION("cut short")
    {
        const QString cut = saveBytes(dir, QStringLiteral("cut.xlsx"), bytes.left(bytes.size() / 2));
        CHECK(refusal(readSheetFile(cut))
              == text(QStringLiteral("cut.xlsx %1it is damaged (its ZIP structure is broken or cut short).").arg(prefix)));
    }
    SECTION("a part cut short inside a whole archive")
    {
        fixtures::XlsxParts parts = oneSheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)");
        parts.back().second.chop(30);
        const QString cut = saveParts(dir, QStringLiteral("cut-xml.xlsx"), parts);
        CHECK(refusal(readSheetFile(cut))
              == text(QStringLiteral("cut-xml.xlsx %1its part xl/worksheets/sheet1.xml is cut short.").arg(prefix)));
    }
    SECTION("a zip bomb that claims to be small")
    {
        // 64 MB of the same character deflates to about 64 KB; the archive then claims 1,000 bytes.
        fixtures::XlsxParts parts = oneSheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)" + QByteArray(64 * 1024 * 1024, 'a')
                                             + "</t></is></c></row>");
        const QString bomb = saveParts(dir, QStringLiteral("bomb.xlsx"), parts);
        QFile f(bomb);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray zip = f.readAll();
        const QByteArray name = "xl/worksheets/sheet1.xml";
        int patched = 0;
        for (qsizetype at = zip.indexOf("PK"); at >= 0; at = zip.indexOf("PK", at + 2)) {
            const bool local = zip.mid(at, 4) == QByteArray("PK\x03\x04", 4) && zip.mid(at + 30, name.size()) == name;
            const bool central = zip.mid(at, 4) == QByteArray("PK\x01\x02", 4) && zip.mid(at + 46, name.size()) == name;
            if (local || central) {
                const qsizetype sizeAt = at + (local ? 22 : 24);
                zip[sizeAt] = char(0xE8);
                zip[sizeAt + 1] = char(0x03);
                zip[sizeAt + 2] = zip[sizeAt + 3] = 0;
                ++patched;
            }
        }
        REQUIRE(patched == 2);
        f.seek(0);
        f.write(zip);
        f.close();
        CHECK(refusal(readSheetFile(bomb))
              == text(QStringLiteral("bomb.xlsx %1its part xl/worksheets/sheet1.xml is damaged.").arg(prefix)));
        // Claiming its true size, it is refused before anything is inflated.
        SheetLimits limits;
        limits.maxEntryBytes = 16 * 1024 * 1024;
        const QString honest = saveParts(dir, QStringLiteral("honest.xlsx"), parts);
        CHECK(refusal(readSheetFile(honest, limits))
              == text(QStringLiteral("honest.xlsx %1its part xl/worksheets/sheet1.xml is larger than 16 MB once unpacked.").arg(prefix)));
    }
    SECTION("entities that expand (a billion laughs)")
    {
        const QByteArray dtd =
            R"(<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>)";
        const QString laughs = saveParts(dir, QStringLiteral("laughs.xlsx"),
                                         oneSheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row>)", dtd));
        CHECK(refusal(readSheetFile(laughs))
              == text(QStringLiteral(
                          "laughs.xlsx %1its part xl/worksheets/sheet1.xml declares a document type (DTD), which workbooks never do.")
                          .arg(prefix)));
    }
    SECTION("XML that is not well-formed")
    {
        const QString bad = saveParts(dir, QStringLiteral("bad.xlsx"), oneSheet(R"(<row r="1"><c r="A1"><v>1</c></row>)"));
        CHECK_THAT(refusal(readSheetFile(bad)),
                   Catch::StartsWith(
                       text(QStringLiteral("bad.xlsx %1its part xl/worksheets/sheet1.xml is not well-formed XML (line ").arg(prefix))));
    }
    SECTION("a sheet whose part is missing")
    {
        fixtures::XlsxParts parts = oneSheet({});
        parts.pop_back();
        const QString missing = saveParts(dir, QStringLiteral("missing.xlsx"), parts);
        CHECK(refusal(readSheetFile(missing)) == text(QStringLiteral("missing.xlsx %1its sheet S is missing.").arg(prefix)));
    }
    SECTION("a cell that refers to a shared text that is not there")
    {
        const QString dangling = saveParts(dir, QStringLiteral("dangling.xlsx"),
                                           oneSheet(R"(<row r="2"><c r="B2" t="s"><v>7</v></c></row>)"));
        CHECK(refusal(readSheetFile(dangling))
              == text(QStringLiteral("dangling.xlsx %1cell B2 of sheet S refers to a text that is not in the file.").arg(prefix)));
    }
    SECTION("a cell reference that is not one")
    {
        const QString badRef = saveParts(dir, QStringLiteral("ref.xlsx"), oneSheet(R"(<row r="1"><c r="1A"><v>1</v></c></row>)"));
        CHECK(refusal(readSheetFile(badRef))
              == text(QStringLiteral("ref.xlsx %1sheet S has a cell with the reference \"1A\".").arg(prefix)));
        const QString badRow = saveParts(dir, QStringLiteral("row.xlsx"), oneSheet(R"(<row r="x"><c><v>1</v></c></row>)"));
        CHECK(refusal(readSheetFile(badRow)) == text(QStringLiteral("row.xlsx %1sheet S has a row numbered \"x\".").arg(prefix)));
    }
    SECTION("a workbook without sheets")
    {
        fixtures::XlsxParts parts = oneSheet({});
        parts[0].second = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>)";
        const QString empty = saveParts(dir, QStringLiteral("nosheets.xlsx"), parts);
        CHECK(refusal(readSheetFile(empty)) == text(QStringLiteral("nosheets.xlsx %1its workbook lists no sheets.").arg(prefix)));
    }
}

TEST_CASE("Files that are not spreadsheets SCORE Desk reads are refused with what to do", "[sheet]")
{
    TempDir dir;
    const QString prefix = QStringLiteral("is not a spreadsheet SCORE Desk can read: ");
    const QString xls = saveBytes(dir, QStringLiteral("old.xls"),
                                  QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    CHECK(refusal(readSheetFile(xls))
          == text(QStringLiteral("old.xls is an old Excel workbook (.xls) or one protected with a password, which SCORE Desk "
                                 "cannot read: save it as .xlsx without a password, or as CSV.")));
    const QString ods = saveParts(dir, QStringLiteral("calc.ods"),
                                  {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                                   {QStringLiteral("content.xml"), "<office:document-content/>"}});
    CHECK(
        refusal(readSheetFile(ods))
        == text(QStringLiteral("calc.ods is an OpenDocument spreadsheet (.ods), which SCORE Desk cannot read: save it as .xlsx or CSV.")));
    const QString xlsb = saveParts(dir, QStringLiteral("binary.xlsb"), {{QStringLiteral("xl/workbook.bin"), QByteArray(10, '\1')}});
    CHECK(
        refusal(readSheetFile(xlsb))
        == text(QStringLiteral("binary.xlsb is an Excel binary workbook (.xlsb), which SCORE Desk cannot read: save it as .xlsx or CSV.")));
    const QString zip = saveParts(dir, QStringLiteral("photos.zip"), {{QStringLiteral("a.jpg"), QByteArray(10, 'x')}});
    CHECK(refusal(readSheetFile(zip))
          == text(QStringLiteral("photos.zip %1it is a ZIP archive without an Excel workbook in it.").arg(prefix)));
    const QString png = saveBytes(dir, QStringLiteral("logo.csv"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    CHECK(refusal(readSheetFile(png)) == text(QStringLiteral("logo.csv %1it holds binary data, not text.").arg(prefix)));
    const QString empty = saveBytes(dir, QStringLiteral("empty.csv"), {});
    CHECK(refusal(readSheetFile(empty)) == text(QStringLiteral("empty.csv %1it is empty.").arg(prefix)));
    CHECK_THAT(refusal(readSheetFile(dir.path(QStringLiteral("absent.xlsx")))),
               Catch::StartsWith(text(QStringLiteral("There is no file at "))));
    const QString unclosed = saveBytes(dir, QStringLiteral("unclosed.csv"), "a,b\r\n1,\"two\r\n3,4\r\n");
    CHECK(refusal(readSheetFile(unclosed))
          == text(QStringLiteral("unclosed.csv %1the quoted cell that begins on row 2 is never closed.").arg(prefix)));
}

TEST_CASE("Reading speed of a 10,000-row workbook", "[.][sheet][speed]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("big.xlsx"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(writeXlsx(path, {bigSheet(10000)}).ok());
    const qint64 writeMs = timer.restart();
    auto read = readSheetFile(path);
    const qint64 readMs = timer.elapsed();
    REQUIRE(read.ok());
    REQUIRE(read->front().rows.size() == 10000);
    WARN("XLSX, 10,000 rows x 4 columns: " << QFileInfo(path).size() << " bytes; written (and read back) in " << writeMs << " ms; read in "
                                           << readMs << " ms");
    const QString csvPath = dir.path(QStringLiteral("big.csv"));
    timer.restart();
    REQUIRE(writeCsv(csvPath, bigSheet(10000)).ok());
    const qint64 csvWriteMs = timer.restart();
    auto csvRead = readSheetFile(csvPath);
    const qint64 csvReadMs = timer.elapsed();
    REQUIRE(csvRead.ok());
    CHECK(csvRead->front().rows == read->front().rows);
    WARN("CSV, the same: " << QFileInfo(csvPath).size() << " bytes; written in " << csvWriteMs << " ms; read in " << csvReadMs << " ms");
}
