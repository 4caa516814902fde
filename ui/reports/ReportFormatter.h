#pragma once
// Dates and numbers as the people of the report's country write them (QLocale of the
// enterprise's country, e.g. vi_VN: 14/03/2025, 1.234,5), with a dash for what is not known.
// Years always have four digits, even where the locale's short format has two.

#include <QDate>
#include <QLocale>

#include <optional>

namespace score {

class ReportFormatter {
public:
    explicit ReportFormatter(const QLocale& locale);

    const QLocale& locale() const { return m_locale; }
    static QString missing() { return QStringLiteral("–"); }

    QString date(const QDate& date) const;
    QString month(const QString& period) const;  // "2025-03" → "03/2025" in the locale's order
    QString number(double value, int decimals) const;
    QString number(std::optional<double> value, int decimals) const;
    QString count(qint64 value) const;
    QString count(std::optional<qint64> value) const;
    // "+12.3 %" with the locale's decimal point; signed when `sign` (a change).
    QString percent(std::optional<double> value, int decimals = 1, bool sign = false) const;
    // "+1.2" / "−1.2" (a real minus sign).
    QString change(std::optional<double> value, int decimals) const;
    QString money(double value, const QString& currency) const;
    QString score(std::optional<double> value) const { return number(value, 0); }

private:
    QLocale m_locale;
    QString m_dateFormat;
};

}  // namespace score
