#include "sheet/XlsxStyles.h"

#include <QHash>
#include <QXmlStreamReader>

namespace score {

namespace {
// Excel allows 64,000 cell formats; any beyond are read as General, without holding memory.
constexpr size_t kMaxCellFormats = 65536;
}  // namespace

Result<XlsxStyles> XlsxStyles::read(XlsxPackage& package, const QString& part)
{
    QHash<int, excel::FormatKind> custom;
    std::vector<int> formatIds;
    bool inNumFmts = false;  // not the numFmt of a conditional format (dxfs)
    bool inCellXfs = false;  // not the xf of a named style (cellStyleXfs)
    SCORE_TRY(package.readXml(part, [&](const QXmlStreamReader& xml) -> Status {
        if (xml.isEndElement()) {
            inNumFmts = inNumFmts && xml.name() != u"numFmts";
            inCellXfs = inCellXfs && xml.name() != u"cellXfs";
        }
        if (!xml.isStartElement())
            return {};
        if (xml.name() == u"numFmts") {
            inNumFmts = true;
        } else if (inNumFmts && xml.name() == u"numFmt") {
            const QXmlStreamAttributes a = xml.attributes();
            bool ok = false;
            const int id = a.value(QLatin1String("numFmtId")).toInt(&ok);
            if (ok && custom.size() < static_cast<qsizetype>(kMaxCellFormats))
                custom.insert(id, excel::formatCodeKind(a.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf" && formatIds.size() < kMaxCellFormats) {
            formatIds.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        }
        return {};
    }));
    // Resolved at the end: nothing forces numFmts to come first.
    XlsxStyles styles;
    styles.m_kinds.reserve(formatIds.size());
    for (const int id : formatIds)
        styles.m_kinds.push_back(custom.value(id, excel::builtinFormatKind(id)));
    return styles;
}

excel::FormatKind XlsxStyles::kindOf(int styleIndex) const
{
    return styleIndex >= 0 && static_cast<size_t>(styleIndex) < m_kinds.size() ? m_kinds[static_cast<size_t>(styleIndex)]
                                                                               : excel::FormatKind::Number;
}

}  // namespace score
