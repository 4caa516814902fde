#include "reports/CsvReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace score {

namespace {

struct CsvReportWriterTr {
    Q_DECLARE_TR_FUNCTIONS(score::CsvReportWriter)
};

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

}  // namespace

QString CsvReportWriter::field(const QString& text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvReportWriter::record(const QStringList& fields)
{
    QStringList encoded;
    encoded.reserve(fields.size());
    for (const QString& f : fields)
        encoded << field(f);
    return encoded.join(u',') + QStringLiteral("\r\n");
}

QByteArray CsvReportWriter::encode(const ReportSheet& sheet, bool byteOrderMark)
{
    QString text;
    QStringList header;
    for (const SheetColumn& c : sheet.columns)
        header << c.title;
    text += record(header);
    for (const std::vector<QVariant>& row : sheet.rows) {
        QStringList fields;
        for (size_t c = 0; c < sheet.columns.size(); ++c)
            fields << (c < row.size() ? machineText(sheet.columns[c], row[c]) : QString());
        text += record(fields);
    }
    QByteArray bytes = byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

Status CsvReportWriter::write(const ReportSheet& sheet, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(CsvReportWriterTr::tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray bytes = encode(sheet);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(CsvReportWriterTr::tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

Status writeCohortCsv(const CohortReportData& data, const QString& path)
{
    return CsvReportWriter::write(cohortEnterpriseSheet(data), path);
}

}  // namespace score
