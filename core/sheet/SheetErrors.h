#pragma once
// The sentences of the spreadsheet layer. A file is refused with its name, then what is wrong
// with it, so the person knows which file to fix and what to do; a write that fails names the
// file it could not write.

#include "sheet/SheetTable.h"
#include "util/Result.h"

#include <QString>

class QFileInfo;

namespace score::sheet {

// "%1 is not a spreadsheet SCORE Desk can read: %2." with `reason` a clause without its full stop.
Error unreadable(const QString& fileName, const QString& reason);
Error tooLarge(const QString& fileName, const SheetLimits& limits);
Error tooManyParts(const QString& fileName, const SheetLimits& limits);
Error tooManyCells(const QString& fileName, const SheetLimits& limits);
// A size for a sentence: "256 MB".
QString megabytes(qint64 bytes);
// What every reader checks before opening a file: that it is there, not empty, not too large.
Status checkFile(const QFileInfo& file, const SheetLimits& limits);

// "%1 cannot be written: %2." for the file at `path`.
Error unwritable(const QString& path, const QString& reason);

}  // namespace score::sheet
