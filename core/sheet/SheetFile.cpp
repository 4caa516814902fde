#include "sheet/SheetFile.h"

#include "sheet/CsvReader.h"
#include "sheet/SheetErrors.h"
#include "sheet/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace score {

namespace {
struct SheetFileTr {
    Q_DECLARE_TR_FUNCTIONS(score::SheetFile)
};

bool isZip(const QByteArray& head) { return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"); }
// An OLE compound file: Excel 97–2003 (.xls), and also any Office file saved with a password.
bool isOle(const QByteArray& head) { return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }
}  // namespace

Result<std::vector<SheetTable>> readSheetFile(const QString& path, const SheetLimits& limits)
{
    const QFileInfo info(path);
    SCORE_TRY(sheet::checkFile(info, limits));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(SheetFileTr::tr("%1 cannot be opened: %2.").arg(info.fileName(), file.errorString()));
    const QByteArray head = file.peek(8);
    if (isZip(head)) {
        file.close();
        return readXlsx(path, limits);
    }
    if (isOle(head))
        return Error::invalid(
            SheetFileTr::tr("%1 is an old Excel workbook (.xls) or one protected with a password, which SCORE Desk cannot "
                            "read: save it as .xlsx without a password, or as CSV.")
                .arg(info.fileName()));
    // Not read(maxFileBytes + 1), which allocates that much before reading a byte.
    const QByteArray bytes = file.read(std::min(info.size(), limits.maxFileBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::io(SheetFileTr::tr("%1 cannot be read: %2.").arg(info.fileName(), file.errorString()));
    auto table = sheet::readCsv(bytes, info.completeBaseName(), info.fileName(), limits);
    if (!table)
        return table.error();
    std::vector<SheetTable> tables;
    tables.push_back(std::move(*table));
    return tables;
}

}  // namespace score
