#include "sheet/XlsxSharedStrings.h"

#include "sheet/SheetErrors.h"
#include "sheet/XlsxText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace score {

namespace {
struct XlsxSharedStringsTr {
    Q_DECLARE_TR_FUNCTIONS(score::XlsxSharedStrings)
};
}  // namespace

Result<QStringList> readXlsxSharedStrings(XlsxPackage& package, const QString& part, const SheetLimits& limits)
{
    QStringList strings;
    XlsxText item;
    bool inItem = false;
    const auto tooLong = [&] {
        return sheet::unreadable(package.fileName(),
                                 XlsxSharedStringsTr::tr("a text in it is longer than %L1 characters").arg(limits.maxCellChars));
    };
    SCORE_TRY(package.readXml(part, [&](const QXmlStreamReader& xml) -> Status {
        if (!inItem) {
            if (xml.isStartElement() && xml.name() == u"si") {
                item.begin();
                inItem = true;
            }
            return {};
        }
        if (xml.isEndElement() && xml.name() == u"si") {
            inItem = false;
            // No sheet can refer to more texts than it has cells.
            if (strings.size() >= limits.maxCells)
                return sheet::tooManyCells(package.fileName(), limits);
            strings << item.text();
            if (strings.constLast().size() > limits.maxCellChars)
                return tooLong();
            return {};
        }
        item.token(xml);
        // Escapes shrink a text to at most a seventh, so seven times the limit is surely too long.
        if (item.size() > qsizetype(limits.maxCellChars) * 7)
            return tooLong();
        return {};
    }));
    return strings;
}

}  // namespace score
