#include "sheet/CsvReader.h"

#include "sheet/SheetErrors.h"
#include "sheet/TextEncoding.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace score {

namespace {
struct CsvReaderTr {
    Q_DECLARE_TR_FUNCTIONS(score::CsvReader)
};

bool isLineEnd(QChar c) { return c == u'\n' || c == u'\r'; }

// A control character no text file holds: what tells a binary file (a PDF, a picture, an old
// .xls renamed) from text. Tab, line ends, vertical tab and form feed are text.
bool isBinary(QChar c) { return c.unicode() < 0x20 && c != u'\t' && !isLineEnd(c) && c != u'\v' && c != u'\f'; }

// The separator the header line uses most outside quotes; a tie goes to tab, then semicolon
// (Excel's CSV where the decimal separator is a comma), and a single column to comma.
QChar detectSeparator(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    std::array<int, 3> counts = {};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted)
            for (size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > 0 && counts[i] >= counts[best])
            best = i;
    return candidates[best];
}

// One pass over the text; the row being read is rows.size() + 1 in the spreadsheet's numbering.
class CsvParser {
public:
    CsvParser(const QString& fileName, const SheetLimits& limits) : m_fileName(fileName), m_limits(limits) {}

    Status parse(QStringView text, QChar separator, SheetTable& table)
    {
        m_rows = &table.rows;
        bool quoted = false;
        qsizetype quoteRow = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c != u'"') {
                    m_field += c;
                } else if (i + 1 < text.size() && text[i + 1] == u'"') {
                    m_field += c;
                    ++i;
                } else {
                    quoted = false;
                }
                if (m_field.size() > m_limits.maxCellChars)
                    return tooLong();
            } else if (c == u'"' && m_field.isEmpty() && !m_fieldWasQuoted) {
                quoted = m_fieldWasQuoted = true;
                quoteRow = static_cast<qsizetype>(m_rows->size()) + 1;
            } else if (c == separator) {
                SCORE_TRY(endField());
            } else if (isLineEnd(c)) {
                SCORE_TRY(endField());
                SCORE_TRY(endRow());
                if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                    ++i;
            } else {
                m_field += c;  // a quote inside an unquoted field is a character like any other
                if (m_field.size() > m_limits.maxCellChars)
                    return tooLong();
            }
        }
        if (quoted)
            return refuse(CsvReaderTr::tr("the quoted cell that begins on row %L1 is never closed").arg(quoteRow));
        if (!m_field.isEmpty() || m_fieldWasQuoted || !m_row.isEmpty()) {  // a last line without its line end
            SCORE_TRY(endField());
            SCORE_TRY(endRow());
        }
        table.trim();
        return {};
    }

private:
    Error refuse(const QString& reason) const { return sheet::unreadable(m_fileName, reason); }
    qsizetype rowNumber() const { return static_cast<qsizetype>(m_rows->size()) + 1; }
    Error tooLong() const
    {
        return refuse(CsvReaderTr::tr("a cell on row %L1 holds more than %L2 characters").arg(rowNumber()).arg(m_limits.maxCellChars));
    }

    Status endField()
    {
        if (m_row.size() >= m_limits.maxColumns)
            return refuse(CsvReaderTr::tr("row %L1 has more than %L2 columns").arg(rowNumber()).arg(m_limits.maxColumns));
        if (++m_cells > m_limits.maxCells)
            return sheet::tooManyCells(m_fileName, m_limits);
        m_row << m_field;
        m_field.clear();
        m_fieldWasQuoted = false;
        return {};
    }

    Status endRow()
    {
        if (static_cast<qint64>(m_rows->size()) >= m_limits.maxRows)
            return refuse(CsvReaderTr::tr("it has more than %L1 rows").arg(m_limits.maxRows));
        while (!m_row.isEmpty() && m_row.constLast().isEmpty())
            m_row.removeLast();
        m_rows->push_back(std::move(m_row));
        m_row = QStringList();
        return {};
    }

    const QString& m_fileName;
    const SheetLimits& m_limits;
    std::vector<QStringList>* m_rows = nullptr;
    QStringList m_row;
    QString m_field;
    bool m_fieldWasQuoted = false;
    qint64 m_cells = 0;
};
}  // namespace

Result<SheetTable> readCsv(const QByteArray& bytes, const QString& name, const SheetLimits& limits)
{
    return sheet::readCsv(bytes, name, name, limits);
}

Result<SheetTable> sheet::readCsv(const QByteArray& bytes, const QString& name, const QString& fileName, const SheetLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return tooLarge(fileName, limits);
    QString text = decodeSpreadsheetText(bytes);
    if (text.endsWith(QChar(0x1A)))  // the end-of-file mark of old DOS programs
        text.chop(1);
    if (std::any_of(text.cbegin(), text.cend(), isBinary))
        return unreadable(fileName, CsvReaderTr::tr("it holds binary data, not text"));

    QStringView body(text);
    QChar separator;
    // Excel reads and writes "sep=;" as a first line of its own, not part of the table.
    if (body.startsWith(QLatin1String("sep=")) && body.size() >= 5 && body[4] != u'"' && !isLineEnd(body[4])
        && (body.size() == 5 || isLineEnd(body[5]))) {
        separator = body[4];
        body = body.mid(5);
        if (body.startsWith(u'\r'))
            body = body.mid(1);
        if (body.startsWith(u'\n'))
            body = body.mid(1);
    } else {
        separator = detectSeparator(body);
    }
    SheetTable table;
    table.name = name;
    CsvParser parser(fileName, limits);
    SCORE_TRY(parser.parse(body, separator, table));
    return table;
}

}  // namespace score
