#include "sheet/SheetWriter.h"

#include "sheet/CsvFields.h"
#include "sheet/ExcelValues.h"
#include "sheet/XlsxOutputFile.h"
#include "sheet/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>

#include <xlsxwriter.h>

#include <algorithm>
#include <limits>

namespace score {

namespace {
struct SheetWriterTr {
    Q_DECLARE_TR_FUNCTIONS(score::SheetWriter)
};

struct Formats {
    lxw_format* header = nullptr;  // bold
    lxw_format* text = nullptr;    // "@": what a person types later stays text too
    lxw_format* date = nullptr;    // yyyy-mm-dd, so the dates read as they are written
    bool ok() const { return header && text && date; }
};

Formats addFormats(lxw_workbook* workbook)
{
    Formats f;
    f.header = workbook_add_format(workbook);
    f.text = workbook_add_format(workbook);
    f.date = workbook_add_format(workbook);
    if (f.ok()) {
        format_set_bold(f.header);
        format_set_num_format(f.text, "@");
        format_set_num_format(f.date, "yyyy-mm-dd");
    }
    return f;
}

ColumnKind kindOf(const SheetToWrite& sheet, int column)
{
    return column < static_cast<int>(sheet.columns.size()) ? sheet.columns[static_cast<size_t>(column)] : ColumnKind::Text;
}

std::optional<double> numberCell(const QString& text)
{
    const auto x = excel::parseNumber(text);
    return x && excel::numberText(*x) == text ? x : std::nullopt;
}

// Dates before 1 March 1900 stay text: Excel counts them with its fake 29 February 1900 and
// LibreOffice without, so the same serial shows as two different days.
std::optional<QDate> dateCell(const QString& text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && date >= QDate(1900, 3, 1) && date.toString(Qt::ISODate) == text ? std::optional(date) : std::nullopt;
}

// Characters as they take room on screen: a mark combining with the letter before (Vietnamese
// written decomposed) takes none; a text of several lines is as wide as its longest.
int displayWidth(const QString& text)
{
    int widest = 0;
    int width = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            widest = std::max(widest, width);
            width = 0;
        } else if (!c.isMark() && !c.isLowSurrogate()) {
            ++width;
        }
    }
    return std::max(widest, width);
}

// From the header and the first thousand rows: enough to size a column, cheap for any sheet.
double columnWidth(const SheetTable& table, int column)
{
    int widest = 0;
    const size_t rows = std::min<size_t>(table.rows.size(), 1001);
    for (size_t r = 0; r < rows; ++r)
        widest = std::max(widest, displayWidth(table.cell(static_cast<int>(r), column)) + (r == 0 ? 2 : 0));  // bold is wider
    return std::clamp(widest + 2, 8, 60);
}

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const QString& text, ColumnKind kind, const Formats& formats)
{
    if (row == 0)
        return worksheet_write_string(sheet, row, column, excel::protectEscapes(text).toUtf8().constData(), formats.header);
    if (kind == ColumnKind::Number)
        if (const auto x = numberCell(text))
            return worksheet_write_number(sheet, row, column, *x, nullptr);
    if (kind == ColumnKind::Date)
        if (const auto date = dateCell(text)) {
            lxw_datetime when = {date->year(), date->month(), date->day(), 0, 0, 0.0};
            return worksheet_write_datetime(sheet, row, column, &when, formats.date);
        }
    return worksheet_write_string(sheet, row, column, excel::protectEscapes(text).toUtf8().constData(), formats.text);
}

lxw_error writeSheet(lxw_worksheet* worksheet, const SheetToWrite& sheet, const Formats& formats)
{
    const SheetTable& table = sheet.table;
    qsizetype columns = 0;
    for (const QStringList& cells : table.rows)
        columns = std::max(columns, cells.size());
    if (table.rows.size() > LXW_ROW_MAX || columns > LXW_COL_MAX)
        return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    for (int c = 0; c < columns; ++c) {
        const ColumnKind kind = kindOf(sheet, c);
        lxw_format* format = kind == ColumnKind::Text ? formats.text : kind == ColumnKind::Date ? formats.date : nullptr;
        if (const lxw_error e = worksheet_set_column(worksheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columnWidth(table, c),
                                                     format))
            return e;
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows[r];
        for (int c = 0; c < cells.size(); ++c) {
            if (cells[c].isEmpty())
                continue;
            if (const lxw_error e = writeCell(worksheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), cells[c], kindOf(sheet, c),
                                              formats))
                return e;
        }
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    return LXW_NO_ERROR;
}
}  // namespace

Status writeXlsx(const QString& path, const std::vector<SheetToWrite>& sheets)
{
    XlsxOutputFile out(path);
    if (sheets.empty())
        return out.failure(SheetWriterTr::tr("there is no sheet to write"));
    // Rows are written in order, so libxlsxwriter need not hold the whole workbook in memory.
    auto workbook = out.open(true);
    if (!workbook)
        return workbook.error();
    const Formats formats = addFormats(*workbook);
    lxw_error error = formats.ok() ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    QStringList used;
    std::vector<SheetTable> expected;
    for (const SheetToWrite& sheet : sheets) {
        if (error != LXW_NO_ERROR)
            break;
        SheetTable& readBack = expected.emplace_back(sheet.table);
        readBack.name = excel::uniqueSheetName(sheet.table.name, used);
        readBack.trim();
        lxw_worksheet* worksheet = workbook_add_worksheet(*workbook, readBack.name.toUtf8().constData());
        error = worksheet ? writeSheet(worksheet, sheet, formats) : LXW_ERROR_CREATING_TMPFILE;
    }
    return out.finish(error, [&](const QString& written) -> Status {
        SheetLimits unbounded;  // our own file, just written: only its contents are in question
        unbounded.maxFileBytes = unbounded.maxEntryBytes = unbounded.maxUnpackedBytes = std::numeric_limits<qint64>::max() / 2;
        unbounded.maxEntries = unbounded.maxSheets = std::numeric_limits<int>::max();
        unbounded.maxCells = std::numeric_limits<qint64>::max();
        auto read = readXlsx(written, unbounded);
        if (!read || *read != expected)
            return out.incomplete();
        return {};
    });
}

Status writeCsv(const QString& path, const SheetToWrite& sheet)
{
    qsizetype columns = 0;
    for (const QStringList& cells : sheet.table.rows)
        columns = std::max(columns, cells.size());
    QString text;
    for (QStringList cells : sheet.table.rows) {
        cells.resize(columns);
        text += csv::record(cells);
    }
    return csv::save(path, text);
}

}  // namespace score
