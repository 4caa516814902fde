#include "sheet/XlsxWorksheet.h"

#include "sheet/SheetErrors.h"
#include "sheet/XlsxText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamReader>

namespace score {

namespace {
struct XlsxWorksheetTr {
    Q_DECLARE_TR_FUNCTIONS(score::XlsxWorksheet)
};

// The state of one pass over a worksheet's XML; a new one per sheet.
class WorksheetParser {
public:
    WorksheetParser(const XlsxPackage& package, const QString& sheetName, XlsxWorkbookContext& context)
        : m_package(package), m_context(context), m_limits(context.limits)
    {
        m_table.name = sheetName;
    }

    Status token(const QXmlStreamReader& xml)
    {
        if (m_inInline && !(xml.isEndElement() && xml.name() == u"is")) {
            m_inline.token(xml);
            if (m_inline.size() > qsizetype(m_limits.maxCellChars) * 7)
                return tooLong();
            return {};
        }
        if (xml.isCharacters()) {
            if (m_inValue) {
                m_value += xml.text();
                if (m_value.size() > m_limits.maxCellChars)
                    return tooLong();
            }
            return {};
        }
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"sheetData")
                m_inSheetData = true;
            else if (m_inSheetData && name == u"row")
                return startRow(xml.attributes());
            else if (m_inRow && name == u"c")
                return startCell(xml.attributes());
            else if (m_inCell && name == u"v")
                m_inValue = m_hasValue = true;
            else if (m_inCell && name == u"is") {
                m_inInline = m_hasValue = true;
                m_inline.begin();
            }
            return {};
        }
        if (xml.isEndElement()) {
            if (name == u"v")
                m_inValue = false;
            else if (name == u"is")
                m_inInline = false;
            else if (name == u"c" && m_inCell)
                return finishCell();
            else if (name == u"row")
                m_inRow = m_inCell = false;
            else if (name == u"sheetData")
                m_inSheetData = m_inRow = m_inCell = false;
        }
        return {};
    }

    SheetTable take()
    {
        m_table.trim();
        return std::move(m_table);
    }

private:
    Error refuse(const QString& reason) const { return sheet::unreadable(m_package.fileName(), reason); }
    QString here() const { return excel::columnName(m_column) + QString::number(m_row + 1); }
    Error tooLong() const
    {
        return refuse(
            XlsxWorksheetTr::tr("cell %1 of sheet %2 holds more than %L3 characters").arg(here(), m_table.name).arg(m_limits.maxCellChars));
    }
    Error tooManyCells() const { return sheet::tooManyCells(m_package.fileName(), m_limits); }

    Status startRow(const QXmlStreamAttributes& a)
    {
        const QStringView r = a.value(QLatin1String("r"));
        if (r.isEmpty()) {
            m_row = m_lastRow + 1;
        } else {
            bool ok = false;
            m_row = r.toInt(&ok) - 1;
            if (!ok || m_row < 0)
                return refuse(XlsxWorksheetTr::tr("sheet %1 has a row numbered \"%2\"").arg(m_table.name, r.left(20).toString()));
        }
        if (m_row >= m_limits.maxRows)
            return refuse(XlsxWorksheetTr::tr("sheet %1 has more than %L2 rows").arg(m_table.name).arg(m_limits.maxRows));
        m_lastRow = m_row;
        m_column = -1;
        m_inRow = true;
        return {};
    }

    Status startCell(const QXmlStreamAttributes& a)
    {
        const QStringView r = a.value(QLatin1String("r"));
        if (r.isEmpty()) {
            ++m_column;
        } else {
            const auto ref = excel::parseCellRef(r);
            if (!ref)
                return refuse(
                    XlsxWorksheetTr::tr("sheet %1 has a cell with the reference \"%2\"").arg(m_table.name, r.left(20).toString()));
            m_column = ref->column;
        }
        if (m_column >= m_limits.maxColumns)
            return refuse(
                XlsxWorksheetTr::tr("sheet %1 has a cell beyond column %2").arg(m_table.name, excel::columnName(m_limits.maxColumns - 1)));
        m_type = a.value(QLatin1String("t")).toString();
        m_style = a.value(QLatin1String("s")).toInt();
        m_value.clear();
        m_inCell = true;
        m_hasValue = m_inValue = m_inInline = false;
        return {};
    }

    Status finishCell()
    {
        m_inCell = false;
        if (!m_hasValue)
            return {};  // a formatted empty cell
        auto text = cellText();
        if (!text)
            return text.error();
        if (text->size() > m_limits.maxCellChars)
            return tooLong();
        return text->isEmpty() ? Status() : store(*text);
    }

    Result<QString> cellText() const
    {
        const QStringView value = QStringView(m_value).trimmed();
        if (m_type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_context.sharedStrings.size())
                return refuse(
                    XlsxWorksheetTr::tr("cell %1 of sheet %2 refers to a text that is not in the file").arg(here(), m_table.name));
            return m_context.sharedStrings.at(index);
        }
        if (m_type == u"inlineStr")
            return m_inline.text();
        if (m_type == u"str")  // a formula's text result
            return excel::decodeEscapes(m_value);
        if (m_type == u"b")
            return value == u"1" ? QStringLiteral("TRUE") : value == u"0" ? QStringLiteral("FALSE") : value.toString();
        if (m_type == u"d") {  // an ISO 8601 date, as strict OOXML and some writers store them
            const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
            if (!when.isValid())
                return value.toString();
            const QTime time = when.time();
            const QString date = when.date().toString(Qt::ISODate);
            if (time == QTime(0, 0))
                return date;
            return QString(date + u' ' + time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")));
        }
        if (m_type == u"e")  // an error: #N/A, #DIV/0! …
            return value.toString();
        const auto number = excel::parseNumber(value);
        if (!number)
            return value.toString();
        return excel::serialText(*number, m_context.styles.kindOf(m_style), m_context.date1904);
    }

    Status store(const QString& text)
    {
        // Every row up to this one and every cell left of this one take room; they are counted
        // so that a cell at XFD1048576 cannot make a small file fill the memory.
        if (static_cast<size_t>(m_row) >= m_table.rows.size()) {
            const auto added = static_cast<qint64>(m_row + 1 - m_table.rows.size());
            if ((m_context.cellsUsed += added) > m_limits.maxCells)
                return tooManyCells();
            m_table.rows.resize(static_cast<size_t>(m_row) + 1);
        }
        QStringList& cells = m_table.rows[static_cast<size_t>(m_row)];
        if (m_column >= cells.size()) {
            const qint64 added = m_column + 1 - cells.size();
            if ((m_context.cellsUsed += added) > m_limits.maxCells)
                return tooManyCells();
            cells.resize(m_column + 1);
        }
        cells[m_column] = text;
        return {};
    }

    const XlsxPackage& m_package;
    XlsxWorkbookContext& m_context;
    const SheetLimits& m_limits;
    SheetTable m_table;
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_hasValue = false;
    int m_row = 0;
    int m_lastRow = -1;
    int m_column = -1;
    int m_style = 0;
    QString m_type;
    QString m_value;
    XlsxText m_inline;
};
}  // namespace

Result<SheetTable> readXlsxWorksheet(XlsxPackage& package, const XlsxSheetPart& sheet, XlsxWorkbookContext& context)
{
    if (sheet.part.isEmpty() || !package.contains(sheet.part))
        return sheet::unreadable(package.fileName(), XlsxWorksheetTr::tr("its sheet %1 is missing").arg(sheet.name));
    WorksheetParser parser(package, sheet.name, context);
    SCORE_TRY(package.readXml(sheet.part, [&](const QXmlStreamReader& xml) { return parser.token(xml); }));
    return parser.take();
}

}  // namespace score
