#pragma once
// Reads a CSV file's bytes into one table of text cells: the encodings of TextEncoding.h, the
// separator (semicolon, comma or tab) found in the header line outside quotes (or named by
// Excel's "sep=;" first line), RFC 4180 quotes (doubled inside, line breaks inside), and CRLF,
// LF or CR line ends. Bounded by `limits` like the XLSX reader.

#include "sheet/SheetTable.h"
#include "util/Result.h"

#include <QByteArray>

namespace score {

// `name` becomes the table's name and names the file in refusals.
Result<SheetTable> readCsv(const QByteArray& bytes, const QString& name, const SheetLimits& limits = {});

namespace sheet {
// The same, with the file's name (members.csv) for refusals and its base name for the table.
Result<SheetTable> readCsv(const QByteArray& bytes, const QString& name, const QString& fileName, const SheetLimits& limits);
}  // namespace sheet

}  // namespace score
