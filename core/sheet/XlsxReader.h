#pragma once
// Reads an XLSX workbook (Excel 2007 and later, LibreOffice, Google Sheets) into tables of
// text cells, one per worksheet in the workbook's order, on libzip and QXmlStreamReader: no
// XLSX reader is packaged in Debian 12. The file is untrusted: every size and count is bounded
// by `limits` and a refusal is one sentence naming the file.
//
// Cells come out as Excel shows them in a General column: numbers as the shortest text
// (120, 120.5), numbers in a date format as ISO dates (2026-11-01, with " 08:30" when they
// hold a time), booleans as TRUE and FALSE, errors as their text (#N/A), formulas as their
// cached value.

#include "sheet/SheetTable.h"
#include "util/Result.h"

#include <vector>

namespace score {

Result<std::vector<SheetTable>> readXlsx(const QString& path, const SheetLimits& limits = {});

}  // namespace score
