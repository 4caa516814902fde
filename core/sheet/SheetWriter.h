#pragma once
// Writes tables of text cells as spreadsheet files that readSheetFile reads back to the same
// tables (trimmed as readers trim them): XLSX through libxlsxwriter, with the header row bold
// and frozen, columns as wide as their contents, and each column's cells stored as its kind
// says; CSV as every CSV of SCORE Desk (sheet/CsvFields.h). Files appear whole or not at all,
// with the permissions a new file gets; a failure is one sentence.

#include "sheet/SheetTable.h"
#include "util/Result.h"

#include <vector>

namespace score {

struct SheetToWrite {
    SheetTable table;                 // row 0 is the header
    std::vector<ColumnKind> columns;  // per column; Text for columns beyond
};

// Sheet names are made valid for Excel (31 characters, none of []:*?/\, unique). A number
// cell is a real number only when the text is the one the reader gives back (120.5, not
// 120.50 or 1e3); a date cell a real date when the text is an ISO date from 1 March 1900 on
// (before it Excel and LibreOffice count days differently); any other text is stored as text.
Status writeXlsx(const QString& path, const std::vector<SheetToWrite>& sheets);
// Every row as wide as the widest, so the file is rectangular as RFC 4180 wants.
Status writeCsv(const QString& path, const SheetToWrite& sheet);

}  // namespace score
