#pragma once
// Reads a spreadsheet file whatever its name says: an XLSX workbook (recognised by its ZIP
// signature) or CSV (anything else that is text). An old binary .xls or a password-protected
// workbook (OLE signature), an .ods or an .xlsb is refused with one sentence saying what to do
// ("save it as .xlsx or CSV").

#include "sheet/SheetTable.h"
#include "util/Result.h"

#include <vector>

namespace score {

Result<std::vector<SheetTable>> readSheetFile(const QString& path, const SheetLimits& limits = {});

}  // namespace score
