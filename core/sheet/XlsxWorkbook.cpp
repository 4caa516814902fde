#include "sheet/XlsxWorkbook.h"

#include "sheet/SheetErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

namespace score {

namespace {
struct XlsxWorkbookTr {
    Q_DECLARE_TR_FUNCTIONS(score::XlsxWorkbook)
};

struct Relationship {
    QString type;
    QString part;  // resolved against the source part's folder; empty when outside the package
};

// A relationship's target as a part name: "worksheets/sheet1.xml" from xl/workbook.xml is
// xl/worksheets/sheet1.xml; an absolute target ("/xl/worksheets/sheet1.xml") starts from the
// package's root. Targets are URIs, so %20 is a space.
QString resolveTarget(const QString& sourceFolder, const QString& target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const QString joined = decoded.startsWith(u'/') ? decoded.mid(1) : sourceFolder + decoded;
    const QString clean = QDir::cleanPath(joined);
    if (clean.isEmpty() || clean.startsWith(QLatin1String("..")) || clean.startsWith(u'/'))
        return {};
    return clean;
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relationshipsPartOf(const QString& part)
{
    return folderOf(part) + QStringLiteral("_rels/") + part.mid(folderOf(part).size()) + QStringLiteral(".rels");
}

// The last segment of a relationship type: ".../relationships/worksheet" → "worksheet", the
// same in the transitional and the strict namespaces.
QString kindOf(const QString& type) { return type.mid(type.lastIndexOf(u'/') + 1); }

Result<QHash<QString, Relationship>> readRelationships(XlsxPackage& package, const QString& relsPart, const QString& sourceFolder,
                                                       const SheetLimits& limits)
{
    QHash<QString, Relationship> byId;
    if (!package.contains(relsPart))
        return byId;
    SCORE_TRY(package.readXml(relsPart, [&](const QXmlStreamReader& xml) -> Status {
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QXmlStreamAttributes a = xml.attributes();
            if (a.value(QLatin1String("TargetMode")) == u"External")
                return {};
            byId.insert(
                a.value(QLatin1String("Id")).toString(),
                {a.value(QLatin1String("Type")).toString(), resolveTarget(sourceFolder, a.value(QLatin1String("Target")).toString())});
            // Each relationship points at a part, so a list longer than the parts is made up.
            if (byId.size() > limits.maxEntries)
                return sheet::tooManyParts(package.fileName(), limits);
        }
        return {};
    }));
    return byId;
}

// The r:id of a <sheet>, whichever prefix the relationships namespace has.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == u"id" && a.namespaceUri().endsWith(u"relationships"))
            return a.value().toString();
    return {};
}

bool isTrue(QStringView v) { return v == u"1" || v == u"true"; }

Error notAWorkbook(XlsxPackage& package, const QString& workbookPart)
{
    const QByteArray mimetype = package.head(QStringLiteral("mimetype"), 256);
    if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
        return Error::invalid(
            XlsxWorkbookTr::tr("%1 is an OpenDocument spreadsheet (.ods), which SCORE Desk cannot read: save it as .xlsx or CSV.")
                .arg(package.fileName()));
    if (workbookPart.endsWith(QLatin1String(".bin")) || package.contains(QStringLiteral("xl/workbook.bin")))
        return Error::invalid(
            XlsxWorkbookTr::tr("%1 is an Excel binary workbook (.xlsb), which SCORE Desk cannot read: save it as .xlsx or CSV.")
                .arg(package.fileName()));
    return sheet::unreadable(package.fileName(), XlsxWorkbookTr::tr("it is a ZIP archive without an Excel workbook in it"));
}
}  // namespace

Result<XlsxWorkbook> XlsxWorkbook::read(XlsxPackage& package, const SheetLimits& limits)
{
    // The package's own relationships say where the workbook is; Excel and LibreOffice put it
    // at xl/workbook.xml, which is the answer when they say nothing.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    auto root = readRelationships(package, QStringLiteral("_rels/.rels"), QString(), limits);
    if (!root)
        return root.error();
    for (const Relationship& r : std::as_const(*root))
        if (kindOf(r.type) == u"officeDocument" && !r.part.isEmpty())
            workbookPart = r.part;
    if (!package.contains(workbookPart))
        return notAWorkbook(package, workbookPart);

    const QString folder = folderOf(workbookPart);
    auto relationships = readRelationships(package, relationshipsPartOf(workbookPart), folder, limits);
    if (!relationships)
        return relationships.error();

    XlsxWorkbook workbook;
    for (const Relationship& r : std::as_const(*relationships)) {
        if (kindOf(r.type) == u"sharedStrings" && package.contains(r.part))
            workbook.sharedStringsPart = r.part;
        else if (kindOf(r.type) == u"styles" && package.contains(r.part))
            workbook.stylesPart = r.part;
    }
    if (workbook.sharedStringsPart.isEmpty() && package.contains(folder + QStringLiteral("sharedStrings.xml")))
        workbook.sharedStringsPart = folder + QStringLiteral("sharedStrings.xml");
    if (workbook.stylesPart.isEmpty() && package.contains(folder + QStringLiteral("styles.xml")))
        workbook.stylesPart = folder + QStringLiteral("styles.xml");

    bool inSheets = false;
    SCORE_TRY(package.readXml(workbookPart, [&](const QXmlStreamReader& xml) -> Status {
        if (xml.isEndElement() && xml.name() == u"sheets")
            inSheets = false;
        if (!xml.isStartElement())
            return {};
        if (xml.name() == u"workbookPr") {
            workbook.date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheets") {
            inSheets = true;
        } else if (inSheets && xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            const auto r = relationships->constFind(relationshipId(a));
            if (r != relationships->cend() && kindOf(r->type) != u"worksheet")
                return {};
            if (static_cast<int>(workbook.sheets.size()) >= limits.maxSheets)
                return sheet::unreadable(package.fileName(), XlsxWorkbookTr::tr("it has more than %L1 sheets").arg(limits.maxSheets));
            workbook.sheets.push_back({a.value(QLatin1String("name")).toString(), r != relationships->cend() ? r->part : QString()});
        }
        return {};
    }));
    if (workbook.sheets.empty())
        return sheet::unreadable(package.fileName(), XlsxWorkbookTr::tr("its workbook lists no sheets"));
    return workbook;
}

}  // namespace score
