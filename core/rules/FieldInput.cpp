#include "rules/FieldInput.h"

#include "domain/Labels.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace score {

namespace {
struct FieldInputTr {
    Q_DECLARE_TR_FUNCTIONS(score::FieldInput)
};

// Excel counts days from 1899-12-30 (its 1900 system, including the 29 February 1900 that never
// was, which is why the epoch is not the 31st). Serials from 1982 to 2100 are read as dates;
// outside, a number in a date column is more likely a mistake than a date.
const QDate kExcelEpoch(1899, 12, 30);
constexpr qint64 kFirstSerial = 29952;  // 1982-01-01
constexpr qint64 kLastSerial = 73415;   // 2100-12-31

QString folded(QStringView text)
{
    QString s = text.trimmed().toString().toCaseFolded();
    s.replace(u'-', u'_');
    s.replace(u' ', u'_');
    return s;
}

// Words people use for a choice that are neither its code nor its label.
QString synonym(QStringView field, const QString& word)
{
    if (field == u"gender" || field == u"submitter_gender") {
        static const QStringList women = {QStringLiteral("woman"), QStringLiteral("women"), QStringLiteral("f"), QStringLiteral("w"),
                                          QStringLiteral("female")};
        static const QStringList men = {QStringLiteral("man"), QStringLiteral("men"), QStringLiteral("m"), QStringLiteral("male")};
        if (women.contains(word))
            return QStringLiteral("female");
        if (men.contains(word))
            return QStringLiteral("male");
    }
    if (field == u"role") {
        // A person's role as scorectl and spreadsheets write it (ProgrammeFields).
        if (word == u"trainer")
            return QStringLiteral("expert_trainer");
        if (word == u"staff")
            return QStringLiteral("programme_staff");
        if (word == u"manager")
            return QStringLiteral("enterprise_manager");
    }
    return {};
}

std::optional<qint64> readWholeNumber(const QString& text, const QLocale& locale)
{
    bool ok = false;
    qint64 v = QLocale::c().toLongLong(text, &ok);
    if (ok)
        return v;
    v = locale.toLongLong(text, &ok);
    if (ok)
        return v;
    // A spreadsheet writes 120 as "120.0" or "120,0" now and then.
    const double d = QLocale::c().toDouble(text, &ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
        return static_cast<qint64>(d);
    // Group separators the user's locale does not use ("1,200" typed on a French laptop).
    QString digits = text;
    digits.remove(u',').remove(u'.').remove(u' ').remove(QChar(0x00A0));
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}([ ,.\u00A0]\\d{3})+$"));
    if (grouped.match(text).hasMatch()) {
        v = QLocale::c().toLongLong(digits, &ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

std::optional<double> readNumber(const QString& text, const QLocale& locale)
{
    bool ok = false;
    double v = QLocale::c().toDouble(text, &ok);
    if (!ok)
        v = locale.toDouble(text, &ok);
    if (!ok) {
        // "12,5" where the user's locale writes 12.5: a single comma and no point is a decimal comma.
        if (text.count(u',') == 1 && !text.contains(u'.')) {
            QString dotted = text;
            dotted.replace(u',', u'.');
            v = QLocale::c().toDouble(dotted, &ok);
        }
    }
    if (!ok) {
        if (auto whole = readWholeNumber(text, locale))
            return static_cast<double>(*whole);
        return std::nullopt;
    }
    return v;
}
}  // namespace

QDate readDateInput(const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    // 2026-11-01, 2026-11-1, 2026/11/01, and a date followed by a time.
    static const QRegularExpression isoLike(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})([T ].*)?$"));
    if (auto m = isoLike.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // 1/11/2026, 01.11.2026, 1-11-2026: day first.
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})([T ].*)?$"));
    if (auto m = dayFirst.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    // An Excel serial (a date cell read as its number, or a CSV written from one).
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(\\.0+)?$"));
    if (serial.match(text).hasMatch()) {
        const qint64 days = text.section(u'.', 0, 0).toLongLong();
        if (days >= kFirstSerial && days <= kLastSerial)
            return kExcelEpoch.addDays(days);
    }
    return {};
}

QStringList choiceNames(QStringView field, const QStringList& values)
{
    QStringList names;
    for (const QString& v : values)
        names << valueLabelEnglish(field, v);
    return names;
}

Result<FieldValue> readFieldInput(QStringView entity, const FieldSpec& field, const QString& typed, const QLocale& locale)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return FieldValue();
    const QString label = fieldLabel(entity, field.name);
    switch (field.type) {
    case FieldType::Integer:
        if (auto v = readWholeNumber(text, locale))
            return FieldValue(*v);
        return Error::invalid(FieldInputTr::tr("%1 takes a whole number; “%2” is not one.").arg(label, text.left(40))).about(field.name);
    case FieldType::Real:
        if (auto v = readNumber(text, locale); v && std::isfinite(*v))
            return FieldValue(*v);
        return Error::invalid(FieldInputTr::tr("%1 takes a number; “%2” is not one.").arg(label, text.left(40))).about(field.name);
    case FieldType::Bool: {
        const QString word = folded(text);
        for (const char* yes : {"yes", "true", "1", "x", "y"})
            if (word == QLatin1String(yes))
                return FieldValue(qint64(1));
        for (const char* no : {"no", "false", "0", "n"})
            if (word == QLatin1String(no))
                return FieldValue(qint64(0));
        return Error::invalid(FieldInputTr::tr("%1 takes yes or no; “%2” is neither.").arg(label, text.left(40))).about(field.name);
    }
    case FieldType::Date: {
        const QDate d = readDateInput(text);
        if (d.isValid())
            return FieldValue(d.toString(Qt::ISODate));
        return Error::invalid(FieldInputTr::tr("%1 takes a date such as 2026-11-01; “%2” is not one.").arg(label, text.left(40)))
            .about(field.name);
    }
    case FieldType::Month: {
        static const QRegularExpression month(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
        if (auto m = month.match(text); m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12)
            return FieldValue(QStringLiteral("%1-%2").arg(m.captured(1)).arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0')));
        const QDate d = readDateInput(text);
        if (d.isValid())
            return FieldValue(d.toString(QStringLiteral("yyyy-MM")));
        return Error::invalid(FieldInputTr::tr("%1 takes a month such as 2026-11; “%2” is not one.").arg(label, text.left(40)))
            .about(field.name);
    }
    case FieldType::Enum: {
        const QString word = folded(text);
        for (const QString& v : field.enumValues) {
            if (folded(v) == word || folded(valueLabelEnglish(field.name, v)) == word || folded(valueLabel(field.name, v)) == word)
                return FieldValue(v);
        }
        const QString same = synonym(field.name, word);
        if (!same.isEmpty() && field.enumValues.contains(same))
            return FieldValue(same);
        // "Garments" for "Garments and textiles": the first word of one choice, and of no other.
        if (word.size() >= 3) {
            QStringList begun;
            for (const QString& v : field.enumValues) {
                for (const QString& name : {folded(v), folded(valueLabelEnglish(field.name, v)), folded(valueLabel(field.name, v))}) {
                    if (name.section(u'_', 0, 0) == word && !begun.contains(v))
                        begun << v;
                }
            }
            if (begun.size() == 1)
                return FieldValue(begun.front());
        }
        QStringList names;
        for (const QString& v : field.enumValues)
            names << valueLabel(field.name, v);
        return Error::invalid(
                   FieldInputTr::tr("%1 cannot be “%2”; it takes one of: %3.").arg(label, text.left(40), names.join(QStringLiteral(", "))))
            .about(field.name);
    }
    case FieldType::Text:
        // One form of every letter: a name typed with combining marks ("Hưng" decomposed, as
        // some spreadsheets keep it) is stored, shown and matched like the precomposed one.
        return FieldValue(text.normalized(QString::NormalizationForm_C));
    default: return FieldValue(text);
    }
}

}  // namespace score
