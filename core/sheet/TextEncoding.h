#pragma once
// The text of a CSV file, whichever program wrote it: UTF-8 with or without a byte-order mark
// (LibreOffice, Google Sheets, Excel's "CSV UTF-8"), UTF-16 with one (Excel's "Unicode text"),
// or else Windows-1252 (Excel's plain "CSV" on a Western European Windows). Qt 6.4 has no
// Windows-1252 decoder, so its table is here.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace score::sheet {

QString decodeSpreadsheetText(const QByteArray& bytes);
// Latin-1 but for 0x80–0x9F, where Windows-1252 has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
QString fromWindows1252(QByteArrayView bytes);

}  // namespace score::sheet
