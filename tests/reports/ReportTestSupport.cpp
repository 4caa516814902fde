#include "reports/ReportTestSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/RecordLists.h"
#include "util/ZipArchive.h"

#include <QProcess>
#include <QXmlStreamReader>

namespace score::test {

TestWorkspace makeDemoWorkspace(const TempDir& dir, int enterprises, quint64 seed)
{
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("reports.scoredesk")));
    DemoOptions demo;
    demo.enterprises = enterprises;
    demo.seed = seed;
    demo.anchor = QDate(2026, 6, 15);
    auto summary = generateDemo(*t, demo);
    INFO((summary ? QString() : summary.message()).toStdString());
    REQUIRE(summary.ok());
    return t;
}

QString firstId(Workspace& ws, const char* listKind)
{
    const auto kind = listKindFromName(QString::fromLatin1(listKind));
    REQUIRE(kind.has_value());
    auto rows = listRecords(ws, *kind);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->empty());
    return rows->front().id;
}

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& path, int page)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

int pdfPageCount(const QString& path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    for (const QString& line : info.split(u'\n'))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

const XlsxSheet* XlsxBook::sheet(const QString& name) const
{
    for (const XlsxSheet& s : sheets)
        if (s.name == name)
            return &s;
    return nullptr;
}

namespace {
QByteArray entry(const ZipReader& zip, const std::vector<ZipEntry>& entries, const QString& name)
{
    for (const ZipEntry& e : entries) {
        if (e.name == name) {
            auto bytes = zip.readAll(e, 64 << 20);
            REQUIRE(bytes.ok());
            return *bytes;
        }
    }
    FAIL(QString(QStringLiteral("missing ") + name).toStdString());
    return {};
}

int rowOf(const QString& ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter())
        ++i;
    return ref.mid(i).toInt();
}
}  // namespace

XlsxBook readXlsx(const QString& path)
{
    ZipReader zip;
    REQUIRE(zip.open(path).ok());
    auto entries = zip.entries(1000);
    REQUIRE(entries.ok());

    QStringList shared;
    {
        QXmlStreamReader xml(entry(zip, *entries, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == u"t" && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == u"si") {
                shared << current;
                inSi = false;
            }
        }
        REQUIRE_FALSE(xml.hasError());
    }

    XlsxBook book;
    {
        QHash<int, QString> formats = {{0, QStringLiteral("General")},  {1, QStringLiteral("0")},  {2, QStringLiteral("0.00")},
                                       {3, QStringLiteral("#,##0")},    {9, QStringLiteral("0%")}, {10, QStringLiteral("0.00%")},
                                       {14, QStringLiteral("m/d/yyyy")}};
        QXmlStreamReader xml(entry(zip, *entries, QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        int index = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"numFmt")
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.isStartElement() && xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf")
                book.styleNumberFormats.insert(index++, formats.value(xml.attributes().value(QLatin1String("numFmtId")).toInt()));
        }
    }

    QStringList names;
    {
        QXmlStreamReader xml(entry(zip, *entries, QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheet")
                names << xml.attributes().value(QLatin1String("name")).toString();
        }
    }
    for (int i = 0; i < names.size(); ++i) {
        XlsxSheet sheet;
        sheet.name = names[i];
        const QByteArray bytes = entry(zip, *entries, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
        sheet.xml = QString::fromUtf8(bytes);
        QXmlStreamReader xml(bytes);
        XlsxCell cell;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"c") {
                cell = {};
                cell.ref = xml.attributes().value(QLatin1String("r")).toString();
                cell.type = xml.attributes().value(QLatin1String("t")).toString();
                cell.style = xml.attributes().value(QLatin1String("s")).toInt();
            } else if (xml.isStartElement() && xml.name() == u"v") {
                cell.value = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == u"f") {
                cell.formula = xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == u"c") {
                if (cell.type == u"s")
                    cell.value = shared.value(cell.value.toInt());
                sheet.rows = std::max(sheet.rows, rowOf(cell.ref));
                sheet.cells.insert(cell.ref, cell);
            }
        }
        REQUIRE_FALSE(xml.hasError());
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            REQUIRE(c != u'\n');  // a bare LF outside quotes is not RFC 4180
            REQUIRE(c != u'"');   // a quote inside an unquoted field is not either
            field += c;
            fieldStarted = true;
        }
    }
    REQUIRE_FALSE(quoted);
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records.push_back(record);
    }
    return records;
}

}  // namespace score::test
