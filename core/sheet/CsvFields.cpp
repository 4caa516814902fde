#include "sheet/CsvFields.h"

#include "sheet/SheetErrors.h"

#include <QSaveFile>

namespace score::csv {

namespace {
bool needsQuotes(const QString& text)
{
    for (const QChar c : text)
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n' || c == u';' || c == u'\t')
            return true;
    return text.startsWith(QLatin1String("sep="));
}
}  // namespace

QString field(const QString& text)
{
    if (!needsQuotes(text))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString record(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    return line + QLatin1String("\r\n");
}

Status save(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return sheet::unwritable(path, file.errorString());
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return sheet::unwritable(path, file.errorString());
    return {};
}

}  // namespace score::csv
