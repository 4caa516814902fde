#pragma once
// RFC 4180 as every CSV file SCORE Desk writes has it (sheets and reports): fields separated by
// commas, records ended by CRLF, UTF-8 with a byte-order mark. Excel, which most users open CSV
// files with, reads a file without the mark in the machine's ANSI code page and garbles
// Vietnamese; Python (utf-8-sig), R and LibreOffice accept the mark.

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace score::csv {

// One field, quoted when it must be: when it holds a comma, a double quote, CR or LF (quotes
// doubled inside), and also a semicolon or a tab, so that a reader guessing the separator from
// the header line (ours, or Excel where the decimal separator is a comma) finds only commas;
// and "sep=…", which Excel would take for a separator hint at the start of a file.
QString field(const QString& text);
// One record with its CRLF.
QString record(const QStringList& fields);
// The text as UTF-8 with the byte-order mark, written atomically (QSaveFile): the file is
// whole or as it was.
Status save(const QString& path, const QString& text);

}  // namespace score::csv
