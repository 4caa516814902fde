#include "reports/CsvReportWriter.h"

#include "sheet/CsvFields.h"

#include <cmath>

namespace score {

namespace {

QString machineText(const SheetColumn& column, const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QString::number(v.toLongLong());
    const double x = v.toDouble();
    if (!std::isfinite(x))
        return {};
    int decimals = 1;
    switch (column.kind) {
    case ReportColumnKind::Integer:
    case ReportColumnKind::Money: decimals = 0; break;
    case ReportColumnKind::Decimal: decimals = column.decimals; break;
    case ReportColumnKind::Score:
    case ReportColumnKind::Percent:
    case ReportColumnKind::Text:
    case ReportColumnKind::Date: decimals = 1; break;
    }
    QString text = QString::number(x, 'f', decimals);
    if (text.startsWith(u'-') && text.toDouble() == 0)
        text.remove(0, 1);
    return text;
}

QString sheetText(const ReportSheet& sheet)
{
    QStringList header;
    for (const SheetColumn& c : sheet.columns)
        header << c.title;
    QString text = csv::record(header);
    for (const std::vector<QVariant>& row : sheet.rows) {
        QStringList fields;
        for (size_t c = 0; c < sheet.columns.size(); ++c)
            fields << (c < row.size() ? machineText(sheet.columns[c], row[c]) : QString());
        text += csv::record(fields);
    }
    return text;
}

}  // namespace

QByteArray CsvReportWriter::encode(const ReportSheet& sheet, bool byteOrderMark)
{
    QByteArray bytes = byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    bytes += sheetText(sheet).toUtf8();
    return bytes;
}

Status CsvReportWriter::write(const ReportSheet& sheet, const QString& path) { return csv::save(path, sheetText(sheet)); }

Status writeCohortCsv(const CohortReportData& data, const QString& path)
{
    return CsvReportWriter::write(cohortEnterpriseSheet(data), path);
}

}  // namespace score
