#include "reports/XlsxReportWriter.h"

#include "sheet/ExcelValues.h"
#include "sheet/XlsxOutputFile.h"
#include "sheet/XlsxReader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>

namespace score {

namespace {

struct XlsxReportWriterTr {
    Q_DECLARE_TR_FUNCTIONS(score::XlsxReportWriter)
};

struct Formats {
    explicit Formats(lxw_workbook* wb)
    {
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(header, 0xE4ECF4);
        format_set_bottom(header, LXW_BORDER_THIN);
        for (const bool footer : {false, true}) {
            auto make = [&](const char* numberFormat) {
                lxw_format* f = workbook_add_format(wb);
                if (numberFormat)
                    format_set_num_format(f, numberFormat);
                if (footer) {
                    format_set_bold(f);
                    format_set_top(f, LXW_BORDER_THIN);
                    format_set_bg_color(f, 0xECEEF1);
                }
                return f;
            };
            Set& s = footer ? footerSet : bodySet;
            s.text = make(nullptr);
            s.integer = make("#,##0");
            s.score = make("0.0");
            s.percent = make("0.0%");
            s.money = make("#,##0");
            s.date = make("yyyy-mm-dd");
            for (int d = 0; d <= 4; ++d) {
                const QByteArray pattern = d == 0 ? QByteArrayLiteral("#,##0") : QByteArray("0." + QByteArray(d, '0'));
                s.decimals[d] = make(pattern.constData());
            }
        }
    }
    struct Set {
        lxw_format* text = nullptr;
        lxw_format* integer = nullptr;
        lxw_format* score = nullptr;
        lxw_format* percent = nullptr;
        lxw_format* money = nullptr;
        lxw_format* date = nullptr;
        lxw_format* decimals[5] = {};
    };
    lxw_format* of(const SheetColumn& column, bool footer) const
    {
        const Set& s = footer ? footerSet : bodySet;
        switch (column.kind) {
        case ReportColumnKind::Text: return s.text;
        case ReportColumnKind::Integer: return s.integer;
        case ReportColumnKind::Decimal: return s.decimals[std::clamp(column.decimals, 0, 4)];
        case ReportColumnKind::Score: return s.score;
        case ReportColumnKind::Percent: return s.percent;
        case ReportColumnKind::Money: return s.money;
        case ReportColumnKind::Date: return s.date;
        }
        return s.text;
    }
    lxw_format* header = nullptr;
    Set bodySet;
    Set footerSet;
};

bool isNumber(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return true;
    default: return false;
    }
}

double cellNumber(const SheetColumn& column, const QVariant& v)
{
    const double x = v.toDouble();
    return column.kind == ReportColumnKind::Percent ? x / 100.0 : x;
}

lxw_error writeCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const SheetColumn& column, const QVariant& v, lxw_format* format)
{
    if (v.isNull() || !v.isValid())
        return format ? worksheet_write_blank(ws, row, col, format) : LXW_NO_ERROR;
    if (v.typeId() == QMetaType::QDate) {
        const QDate d = v.toDate();
        lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0.0};
        return worksheet_write_datetime(ws, row, col, &when, format);
    }
    if (isNumber(v))
        return worksheet_write_number(ws, row, col, cellNumber(column, v), format);
    return worksheet_write_string(ws, row, col, v.toString().toUtf8().constData(), format);
}

}  // namespace

Status XlsxReportWriter::write(const std::vector<ReportSheet>& sheets, const QString& title, const QString& path)
{
    XlsxOutputFile out(path);
    auto workbook = out.open(false);
    if (!workbook)
        return workbook.error();
    lxw_workbook* wb = *workbook;
    const Formats formats(wb);
    const QByteArray titleText = title.toUtf8();
    const QByteArray author = QByteArrayLiteral("SCORE Desk");
    lxw_doc_properties properties = {};
    properties.title = const_cast<char*>(titleText.constData());
    properties.author = const_cast<char*>(author.constData());
    properties.created = QDateTime::currentSecsSinceEpoch();

    QStringList used;
    lxw_error error = LXW_NO_ERROR;
    const auto keep = [&](lxw_error e) {
        if (error == LXW_NO_ERROR)
            error = e;
    };
    keep(workbook_set_properties(wb, &properties));
    for (const ReportSheet& sheet : sheets) {
        const QByteArray name = excel::uniqueSheetName(sheet.name, used).toUtf8();
        lxw_worksheet* ws = workbook_add_worksheet(wb, name.constData());
        if (!ws) {
            keep(LXW_ERROR_SHEETNAME_ALREADY_USED);
            break;
        }
        const auto columns = static_cast<lxw_col_t>(sheet.columns.size());
        for (lxw_col_t c = 0; c < columns; ++c) {
            keep(worksheet_set_column(ws, c, c, sheet.columns[c].width, nullptr));
            keep(worksheet_write_string(ws, 0, c, sheet.columns[c].title.toUtf8().constData(), formats.header));
        }
        keep(worksheet_set_row(ws, 0, 32, nullptr));
        lxw_row_t row = 1;
        for (const std::vector<QVariant>& cells : sheet.rows) {
            for (lxw_col_t c = 0; c < columns && c < cells.size(); ++c)
                keep(writeCell(ws, row, c, sheet.columns[c], cells[c], formats.of(sheet.columns[c], false)));
            ++row;
        }
        const lxw_row_t lastDataRow = row - 1;  // 0-based; Excel's row number is one more
        if (!sheet.rows.empty())
            keep(worksheet_autofilter(ws, 0, 0, lastDataRow, columns - 1));
        for (const SheetFooter& footer : sheet.footers) {
            for (lxw_col_t c = 0; c < columns && c < footer.values.size(); ++c) {
                const SheetColumn& column = sheet.columns[c];
                const QVariant& v = footer.values[c];
                lxw_format* format = formats.of(column, true);
                const bool summable = column.kind == ReportColumnKind::Integer || column.kind == ReportColumnKind::Money
                                      || column.kind == ReportColumnKind::Decimal;
                const bool formula = isNumber(v) && !sheet.rows.empty() && (footer.aggregate == Aggregate::Median || summable);
                if (formula) {
                    const QByteArray letter = excel::columnName(static_cast<int>(c)).toLatin1();
                    const QByteArray range = letter + "2:" + letter + QByteArray::number(lastDataRow + 1);
                    const QByteArray text = QByteArray(footer.aggregate == Aggregate::Sum ? "=SUM(" : "=MEDIAN(") + range + ')';
                    keep(worksheet_write_formula_num(ws, row, c, text.constData(), format, cellNumber(column, v)));
                } else {
                    keep(writeCell(ws, row, c, column, v, format));
                }
            }
            ++row;
        }
        worksheet_freeze_panes(ws, 1, 1);
        worksheet_set_landscape(ws);
        keep(worksheet_repeat_rows(ws, 0, 0));
    }
    // Every part must read back whole: a sheet cut short by a full disk is caught here.
    return out.finish(error, [&](const QString& written) -> Status { return readXlsx(written) ? Status() : out.incomplete(); });
}

Status writeCohortXlsx(const CohortReportData& data, const QString& path)
{
    return XlsxReportWriter::write(cohortSheets(data), XlsxReportWriterTr::tr("Cohort report: %1").arg(data.cohort.name), path);
}

}  // namespace score
