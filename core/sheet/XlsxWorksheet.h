#pragma once
// One worksheet part (xl/worksheets/sheetN.xml) read into a table of text cells: each <c> of
// each <row> in <sheetData>, placed by its reference (or after the previous cell when it has
// none), its value turned into the text Excel shows. Formulas give their cached value.

#include "sheet/XlsxPackage.h"
#include "sheet/XlsxStyles.h"
#include "sheet/XlsxWorkbook.h"

#include <QStringList>

namespace score {

// What every sheet of a workbook is read with.
struct XlsxWorkbookContext {
    const QStringList& sharedStrings;
    const XlsxStyles& styles;
    bool date1904 = false;
    const SheetLimits& limits;
    qint64 cellsUsed = 0;  // in the sheets read so far: cells, the empty ones left of a value, rows
};

Result<SheetTable> readXlsxWorksheet(XlsxPackage& package, const XlsxSheetPart& sheet, XlsxWorkbookContext& context);

}  // namespace score
