#pragma once
// How a workbook encodes what a cell shows: numbers as doubles, dates as serial day numbers
// with a number format saying "date", cell references as letters and digits, and characters
// XML cannot hold as _xHHHH_. Pure functions, used by the XLSX reader and writer alike.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace score::excel {

// A number as Excel shows it in a General cell: 15 significant digits, then the shortest text
// that reads back as that value, never in exponent form between 1e-6 and 1e21 (120, 120.5,
// -0.25, 1234567.89, 0.3 for 0.30000000000000004).
QString numberText(double value);
// A number as XML attributes and <v> hold it ("120", "-1.5E-3"); nothing for anything else.
std::optional<double> parseNumber(QStringView text);

// What a number format shows a number as.
enum class FormatKind { Number, Date, Time };
// The built-in formats (numFmtId below 164): 14–17 and 22 are dates, 18–21 and 45–47 times.
FormatKind builtinFormatKind(int numFmtId);
// A format code: a date when d, m or y stand outside quotes, brackets and escapes; a time when
// only h, s (and m beside them) do.
FormatKind formatCodeKind(QStringView code);
// A serial number in a date or time format as ISO text: 2026-11-01, 2026-11-01 08:30,
// 08:30:00. Serials count days from 1899-12-31 with Excel's fake 29 February 1900 (from
// 1904-01-01 in the 1904 date system); out of range ones come out as numbers.
QString serialText(double serial, FormatKind kind, bool date1904);

// Excel's column name for a 0-based index: A … Z, AA … XFD.
QString columnName(int column);
// A name Excel accepts for a sheet, unique among `used` (case-insensitively, as Excel compares)
// and added to it: at most 31 characters, none of []:*?/\, no apostrophe at either end,
// never empty.
QString uniqueSheetName(const QString& wanted, QStringList& used);
struct CellRef {
    int row = 0;     // 0-based
    int column = 0;  // 0-based
};
// "B3" → {2, 1}; at most three letters and seven digits, row at least 1.
std::optional<CellRef> parseCellRef(QStringView ref);

// _xHHHH_ → the UTF-16 unit it escapes (Excel writes control characters so).
QString decodeEscapes(const QString& text);
// Protects a literal _xHHHH_ in a text (as _x005F_xHHHH_) so it reads back unchanged.
QString protectEscapes(const QString& text);

}  // namespace score::excel
