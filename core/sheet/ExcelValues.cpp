#include "sheet/ExcelValues.h"

#include <QDate>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace score::excel {

namespace {
bool isHex(QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f'); }

// "_xHHHH_" at `at`: the unit it stands for.
std::optional<char16_t> escapeAt(const QString& text, qsizetype at)
{
    if (at + 7 > text.size() || text[at] != u'_' || text[at + 1] != u'x' || text[at + 6] != u'_')
        return std::nullopt;
    for (qsizetype i = at + 2; i < at + 6; ++i)
        if (!isHex(text[i]))
            return std::nullopt;
    return static_cast<char16_t>(QStringView(text).mid(at + 2, 4).toUShort(nullptr, 16));
}

QString clock(qint64 seconds)
{
    const QString hhmm =
        QStringLiteral("%1:%2").arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    return seconds % 60 == 0 ? hhmm : hhmm + QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

QString numberText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    // Excel keeps 15 significant digits; what lies beyond is the binary fraction's noise
    // (0.1 + 0.2 is stored as 0.30000000000000004 and shown as 0.3).
    char buffer[400];
    auto rounded = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 15);
    double x = 0;
    std::from_chars(buffer, rounded.ptr, x);
    if (x == 0)
        return QStringLiteral("0");
    const double magnitude = std::fabs(x);
    const auto shortest = magnitude >= 1e-6 && magnitude < 1e21 ? std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed)
                                                                : std::to_chars(buffer, buffer + sizeof buffer, x);
    return QString::fromLatin1(buffer, shortest.ptr - buffer);
}

std::optional<double> parseNumber(QStringView text)
{
    bool ok = false;
    const double x = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(x))
        return std::nullopt;
    return x;
}

FormatKind builtinFormatKind(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22)
        return FormatKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return FormatKind::Time;
    return FormatKind::Number;
}

FormatKind formatCodeKind(QStringView code)
{
    bool date = false;
    bool month = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].toLower().unicode();
        switch (c) {
        case u'"': {  // a literal text
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
            break;
        }
        case u'[': {  // a colour, a condition, a locale; [h], [mm] and [ss] are elapsed time
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar k) {
                    const QChar l = k.toLower();
                    return l == u'h' || l == u'm' || l == u's';
                }))
                time = true;
            i = end < 0 ? code.size() : end;
            break;
        }
        case u'\\':  // an escaped character
        case u'_':   // space as wide as the next character
        case u'*':   // the next character repeated to fill the cell
            ++i;
            break;
        case u'd':
        case u'y': date = true; break;
        case u'm': month = true; break;
        case u'h':
        case u's': time = true; break;
        default: break;
        }
    }
    if (date || (month && !time))
        return FormatKind::Date;
    return time ? FormatKind::Time : FormatKind::Number;
}

QString serialText(double serial, FormatKind kind, bool date1904)
{
    if (kind == FormatKind::Number || !std::isfinite(serial) || serial < 0 || serial >= 2958466)  // 2958466: 10000-01-01
        return numberText(serial);
    const qint64 total = std::llround(serial * 86400.0);
    const qint64 days = total / 86400;
    const qint64 seconds = total % 86400;
    if (days == 0 && (kind == FormatKind::Time || !date1904))
        return seconds > 0 || kind == FormatKind::Time ? clock(seconds) : numberText(serial);
    QString text;
    if (date1904)
        text = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)  // Lotus 1-2-3 took 1900 for a leap year, and Excel kept the day for compatibility
        text = QStringLiteral("1900-02-29");
    else
        text = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    return seconds > 0 ? text + u' ' + clock(seconds) : text;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString uniqueSheetName(const QString& wanted, QStringList& used)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QString name = wanted;
    for (QChar& c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'-';
    name = name.left(31).trimmed();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int n = 2; used.contains(unique, Qt::CaseInsensitive); ++n)
        unique = name.left(27) + QStringLiteral(" %1").arg(n);
    used << unique;
    return unique;
}

std::optional<CellRef> parseCellRef(QStringView ref)
{
    qsizetype i = 0;
    int column = 0;
    for (; i < ref.size() && i < 4; ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    if (i == 0 || i > 3)
        return std::nullopt;
    const QStringView digits = ref.mid(i);
    if (digits.isEmpty() || digits.size() > 7 || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const int row = digits.toInt();
    if (row < 1)
        return std::nullopt;
    return CellRef{row - 1, column - 1};
}

QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (const auto unit = escapeAt(text, i)) {
            out += QChar(*unit);
            i += 7;
        } else {
            out += text[i++];
        }
    }
    return out;
}

QString protectEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size() + 6);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (escapeAt(text, i))
            out += QLatin1String("_x005F");
        out += text[i];
    }
    return out;
}

}  // namespace score::excel
