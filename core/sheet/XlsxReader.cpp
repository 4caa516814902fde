#include "sheet/XlsxReader.h"

#include "sheet/SheetErrors.h"
#include "sheet/XlsxPackage.h"
#include "sheet/XlsxSharedStrings.h"
#include "sheet/XlsxStyles.h"
#include "sheet/XlsxWorkbook.h"
#include "sheet/XlsxWorksheet.h"

#include <QFileInfo>

namespace score {

Result<std::vector<SheetTable>> readXlsx(const QString& path, const SheetLimits& limits)
{
    const QFileInfo info(path);
    SCORE_TRY(sheet::checkFile(info, limits));
    XlsxPackage package(info.fileName(), limits);
    SCORE_TRY(package.open(path));
    auto workbook = XlsxWorkbook::read(package, limits);
    if (!workbook)
        return workbook.error();

    QStringList sharedStrings;
    if (!workbook->sharedStringsPart.isEmpty()) {
        auto read = readXlsxSharedStrings(package, workbook->sharedStringsPart, limits);
        if (!read)
            return read.error();
        sharedStrings = std::move(*read);
    }
    XlsxStyles styles;
    if (!workbook->stylesPart.isEmpty()) {
        auto read = XlsxStyles::read(package, workbook->stylesPart);
        if (!read)
            return read.error();
        styles = std::move(*read);
    }

    XlsxWorkbookContext context{sharedStrings, styles, workbook->date1904, limits};
    std::vector<SheetTable> tables;
    tables.reserve(workbook->sheets.size());
    for (const XlsxSheetPart& sheet : workbook->sheets) {
        auto table = readXlsxWorksheet(package, sheet, context);
        if (!table)
            return table.error();
        tables.push_back(std::move(*table));
    }
    return tables;
}

}  // namespace score
