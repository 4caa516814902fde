#pragma once
// Spreadsheet files made by hand, as Excel and LibreOffice write them, for the tests and as
// seeds of the sheet fuzz target: XLSX parts written out as XML and zipped with ZipWriter, and
// CSV bytes in the encodings and dialects real programs use. Each comes with the tables
// readSheetFile must give for it.

#include "sheet/SheetTable.h"
#include "sheet/SheetWriter.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace score::fixtures {

using XlsxParts = std::vector<std::pair<QString, QByteArray>>;  // part name, content

// Zips the parts in their order (deflated) into a file.
Status writeParts(const QString& path, const XlsxParts& parts);

struct SheetFixture {
    QString fileName;  // what it is saved as; its ending is only a name, readers look at bytes
    XlsxParts parts;   // an XLSX when not empty
    QByteArray bytes;  // else the file's bytes
    std::vector<SheetTable> expected;
};

// Excel 365: shared strings with rich runs, a phonetic guide, escapes and outer spaces; an
// inline string; styles with built-in and custom date formats, a quoted "đ" and a [Red]
// colour that are not dates; formulas with cached values; booleans, errors; cells and rows
// without r; a blank row; a second sheet behind an absolute target.
SheetFixture excelWorkbook();
// LibreOffice Calc: prefixed SpreadsheetML, escaped and locale-bracketed date formats, a
// chart sheet that holds no cells, an ISO date cell (t="d"), relationship targets with "../".
SheetFixture libreOfficeWorkbook();
// A Mac workbook in the 1904 date system.
SheetFixture date1904Workbook();
// CSV from Excel on a Western European Windows: Windows-1252, semicolons, a decimal comma.
SheetFixture windows1252Csv();
// CSV UTF-8 with a byte-order mark and commas; quoted commas, quotes and line breaks; CRLF.
SheetFixture utf8Csv();
// The small dialects: CR line ends, tabs, Excel's "sep=" line, UTF-16 with its mark.
std::vector<SheetFixture> csvDialects();

std::vector<SheetFixture> allFixtures();

// What a SCORE Desk export holds, in the hard cases: Vietnamese written composed and
// decomposed, quotes, line breaks, leading zeros, dates, negative and decimal numbers, and
// texts in number and date columns that are not numbers or dates as the writer stores them.
std::vector<SheetToWrite> sampleSheets();

}  // namespace score::fixtures
