#include "domain/FieldValidation.h"

#include "domain/Labels.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cmath>

namespace score {

namespace {
struct FieldValidationTr {
    Q_DECLARE_TR_FUNCTIONS(score::FieldValidation)
};

QString label(const FieldSpec& field) { return fieldLabel(u"", field.name); }

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}
}  // namespace

bool normaliseValue(const FieldSpec& field, FieldValue& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return true;
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Bool:
        if (const auto* d = std::get_if<double>(&value)) {
            const double v = *d;
            if (v != static_cast<double>(static_cast<qint64>(v)))
                return false;
            value = static_cast<qint64>(v);
        }
        return std::holds_alternative<qint64>(value);
    case FieldType::Real:
        if (const auto* i = std::get_if<qint64>(&value))
            value = static_cast<double>(*i);
        return std::holds_alternative<double>(value);
    default: return std::holds_alternative<QString>(value);
    }
}

bool isIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    if (!allDigits(text.mid(0, 4)) || !allDigits(text.mid(5, 2)) || !allDigits(text.mid(8, 2)))
        return false;
    return QDate::fromString(text.toString(), Qt::ISODate).isValid();
}

bool isIsoMonth(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-' || !allDigits(text.mid(0, 4)) || !allDigits(text.mid(5, 2)))
        return false;
    const int month = text.mid(5, 2).toInt();
    return month >= 1 && month <= 12;
}

bool isIsoDateTime(QStringView text)
{
    // 2026-11-26T10:15:00.000Z
    if (text.size() < 20 || text.size() > 30 || !text.endsWith(u'Z') || text[10] != u'T')
        return false;
    if (!isIsoDate(text.left(10)))
        return false;
    // Checked by hand: this runs for every stamp of every record of an import, and building a
    // QDateTime for each was a tenth of the time of re-importing a large bundle.
    auto number = [&](qsizetype at, int max) {
        if (!text[at].isDigit() || !text[at + 1].isDigit())
            return false;
        return (text[at].unicode() - u'0') * 10 + (text[at + 1].unicode() - u'0') <= max;
    };
    if (!number(11, 23) || text[13] != u':' || !number(14, 59) || text[16] != u':' || !number(17, 59))
        return false;
    const qsizetype end = text.size() - 1;  // the 'Z'
    if (end == 19)
        return true;
    if (text[19] != u'.' || end - 20 < 1 || end - 20 > 9)
        return false;
    for (qsizetype i = 20; i < end; ++i)
        if (!text[i].isDigit())
            return false;
    return true;
}

bool isSha256Hex(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

std::optional<QString> checkFieldValue(const FieldSpec& field, SqlValue& value)
{
    if (std::holds_alternative<std::monostate>(value)) {
        if (field.required && field.type != FieldType::Bool)
            return FieldValidationTr::tr("%1 is required.").arg(label(field));
        if (field.type == FieldType::Bool)
            value = qint64(0);
        return std::nullopt;
    }
    if (!normaliseValue(field, value))
        return FieldValidationTr::tr("%1 has a value of the wrong type.").arg(label(field));

    switch (field.type) {
    case FieldType::Integer: {
        const qint64 v = std::get<qint64>(value);
        if (v < 0 && field.minValue == 0)
            return FieldValidationTr::tr("%1 cannot be negative (%2).").arg(label(field)).arg(v);
        if (v < field.minValue || v > field.maxValue)
            return FieldValidationTr::tr("%1 must be between %2 and %3.").arg(label(field)).arg(field.minValue).arg(field.maxValue);
        return std::nullopt;
    }
    case FieldType::Bool: {
        const qint64 v = std::get<qint64>(value);
        if (v != 0 && v != 1)
            return FieldValidationTr::tr("%1 must be yes or no.").arg(label(field));
        return std::nullopt;
    }
    case FieldType::Real: {
        const double v = std::get<double>(value);
        if (!std::isfinite(v) || std::fabs(v) > 1e15)
            return FieldValidationTr::tr("%1 must be a finite number.").arg(label(field));
        return std::nullopt;
    }
    default: break;
    }

    const QString& s = std::get<QString>(value);
    switch (field.type) {
    case FieldType::Text:
        if (s.size() > field.maxLength)
            return FieldValidationTr::tr("%1 is longer than %2 characters.").arg(label(field)).arg(field.maxLength);
        if (field.required && s.trimmed().isEmpty())
            return FieldValidationTr::tr("%1 must not be empty.").arg(label(field));
        for (QChar c : s)
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
                return FieldValidationTr::tr("%1 contains control characters.").arg(label(field));
        return std::nullopt;
    case FieldType::Date:
        return isIsoDate(s) ? std::nullopt : std::optional(FieldValidationTr::tr("%1 must be a date (YYYY-MM-DD).").arg(label(field)));
    case FieldType::Month:
        return isIsoMonth(s) ? std::nullopt : std::optional(FieldValidationTr::tr("%1 must be a month (YYYY-MM).").arg(label(field)));
    case FieldType::DateTime:
        return isIsoDateTime(s) ? std::nullopt : std::optional(FieldValidationTr::tr("%1 must be a UTC date and time.").arg(label(field)));
    case FieldType::Enum:
        return field.enumValues.contains(s) ? std::nullopt
                                            : std::optional(FieldValidationTr::tr("%1 cannot be \"%2\".").arg(label(field), s.left(40)));
    case FieldType::Ref:
    case FieldType::AnyRef:
        return isUuidText(s) ? std::nullopt : std::optional(FieldValidationTr::tr("%1 is not a valid record id.").arg(label(field)));
    case FieldType::Sha256:
        return isSha256Hex(s) ? std::nullopt : std::optional(FieldValidationTr::tr("%1 is not a SHA-256 content hash.").arg(label(field)));
    default: return std::nullopt;
    }
}

}  // namespace score
