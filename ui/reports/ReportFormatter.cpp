#include "reports/ReportFormatter.h"

#include <cmath>

namespace score {

ReportFormatter::ReportFormatter(const QLocale& locale) : m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
    m_dateFormat = m_locale.dateFormat(QLocale::ShortFormat);
    if (!m_dateFormat.contains(QStringLiteral("yyyy")))
        m_dateFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
}

QString ReportFormatter::date(const QDate& date) const { return date.isValid() ? m_locale.toString(date, m_dateFormat) : missing(); }

QString ReportFormatter::month(const QString& period) const
{
    const QDate d = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return period;
    // The short date format without the day: keeps the locale's order and separators.
    QString format = m_dateFormat;
    format.remove(QStringLiteral("dd")).remove(u'd');
    while (!format.isEmpty() && !format.front().isLetter())
        format.remove(0, 1);
    while (!format.isEmpty() && !format.back().isLetter())
        format.chop(1);
    for (const QString& doubled : {QStringLiteral(".."), QStringLiteral("//"), QStringLiteral("--"), QStringLiteral("  ")})
        format.replace(doubled, doubled.left(1));
    if (!format.contains(u'M'))
        format = QStringLiteral("MM/yyyy");
    return m_locale.toString(d, format);
}

QString ReportFormatter::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return missing();
    // Avoid "-0".
    if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    return m_locale.toString(value, 'f', decimals);
}

QString ReportFormatter::number(std::optional<double> value, int decimals) const { return value ? number(*value, decimals) : missing(); }

QString ReportFormatter::count(qint64 value) const { return m_locale.toString(value); }

QString ReportFormatter::count(std::optional<qint64> value) const { return value ? count(*value) : missing(); }

QString ReportFormatter::percent(std::optional<double> value, int decimals, bool sign) const
{
    if (!value || !std::isfinite(*value))
        return missing();
    const QString text = sign ? change(value, decimals) : number(*value, decimals);
    return text + m_locale.percent();
}

QString ReportFormatter::change(std::optional<double> value, int decimals) const
{
    if (!value || !std::isfinite(*value))
        return missing();
    const QString magnitude = number(std::fabs(*value), decimals);
    if (magnitude == number(0.0, decimals))
        return magnitude;
    return (*value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

QString ReportFormatter::money(double value, const QString& currency) const
{
    const QString amount = m_locale.toString(std::round(value), 'f', 0);  // reports round money to whole units
    return currency.isEmpty() ? amount : amount + u'\u00a0' + currency;
}

}  // namespace score
