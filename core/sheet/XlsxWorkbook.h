#pragma once
// What an XLSX file's workbook part and its relationships say: the sheets in their order with
// the part each is stored in, where the shared strings and styles are, and which date system
// serial numbers count in. Refuses, with what to do, the look-alikes: .ods, .xlsb, other ZIPs.

#include "sheet/XlsxPackage.h"

#include <QString>

#include <vector>

namespace score {

struct XlsxSheetPart {
    QString name;
    QString part;  // "xl/worksheets/sheet1.xml"; empty when the workbook names no stored part
};

struct XlsxWorkbook {
    std::vector<XlsxSheetPart> sheets;  // worksheets only: chart and macro sheets hold no cells
    QString sharedStringsPart;          // empty when there are none
    QString stylesPart;                 // empty when there are none
    bool date1904 = false;

    static Result<XlsxWorkbook> read(XlsxPackage& package, const SheetLimits& limits);
};

}  // namespace score
