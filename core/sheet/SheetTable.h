#pragma once
// A spreadsheet as SCORE Desk reads and writes it: sheets of text cells, whatever the file
// format. Readers turn numbers, dates and booleans into the text a person sees (120.5,
// 2026-11-01, TRUE), so what a cell means is decided by the importer, not by the file format.

#include <QString>
#include <QStringList>

#include <vector>

namespace score {

struct SheetTable {
    QString name;                             // the sheet's name; for CSV the file's base name
    std::vector<QStringList> rows;            // rows[r][c]: r = spreadsheet row − 1, c = column − 1 (A = 0);
                                              // blank rows kept so row numbers stay true; trailing empty
                                              // cells and trailing blank rows trimmed
    QString cell(int row, int column) const;  // empty when outside

    // Drops trailing empty cells of each row and trailing blank rows: what every reader returns.
    void trim();

    bool operator==(const SheetTable&) const = default;
};

// Bounds for files from anywhere (a download, a USB stick): every reader refuses, with a
// sentence, a file that needs more. The defaults hold a sheet of 100,000 rows of 30 columns
// with room to spare, and keep a hostile file from taking more than a few hundred MB of memory.
struct SheetLimits {
    qint64 maxFileBytes = qint64(128) * 1024 * 1024;       // the file as it is on disk
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;      // one part of an XLSX, unpacked
    qint64 maxUnpackedBytes = qint64(1024) * 1024 * 1024;  // all parts of an XLSX read, unpacked
    int maxEntries = 10000;                                // parts in an XLSX archive
    int maxSheets = 256;
    qint64 maxCells = 5000000;  // in all sheets, counting empty cells
                                // left of a filled one
    int maxRows = 1048576;      // per sheet; Excel's own limit
    int maxColumns = 16384;     // per sheet; Excel's own limit (XFD)
    int maxCellChars = 32767;   // per cell; Excel's own limit
};

// How a writer stores a column's cells; readers give text back either way.
enum class ColumnKind {
    Text,    // always a string, so 0912 345 678 keeps its leading zero
    Number,  // a number when the text is one (written as the reader gives it back), else text
    Date     // a real date formatted yyyy-mm-dd when the text is an ISO date, else text
};

}  // namespace score
