#pragma once
// The cell formats of an XLSX file (xl/styles.xml), reduced to what the reader needs: whether
// a cell's number shows as a date, a time or a number. A cell's s attribute indexes cellXfs;
// each names a number format, built in (below 164) or defined in numFmts.

#include "sheet/ExcelValues.h"
#include "sheet/XlsxPackage.h"

#include <vector>

namespace score {

class XlsxStyles {
public:
    static Result<XlsxStyles> read(XlsxPackage& package, const QString& part);
    // General for an index the styles do not hold (and for a workbook without styles).
    excel::FormatKind kindOf(int styleIndex) const;

private:
    std::vector<excel::FormatKind> m_kinds;
};

}  // namespace score
