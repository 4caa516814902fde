#include "sheet/SheetErrors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace score::sheet {

namespace {
struct SheetErrorsTr {
    Q_DECLARE_TR_FUNCTIONS(score::SheetErrors)
};
}  // namespace

Error unreadable(const QString& fileName, const QString& reason)
{
    //: %1 is a file name, %2 what is wrong with it (a clause, e.g. "it is empty").
    return Error::invalid(SheetErrorsTr::tr("%1 is not a spreadsheet SCORE Desk can read: %2.").arg(fileName, reason));
}

Error tooLarge(const QString& fileName, const SheetLimits& limits)
{
    return unreadable(fileName, SheetErrorsTr::tr("it is larger than %1").arg(megabytes(limits.maxFileBytes)));
}

Error tooManyParts(const QString& fileName, const SheetLimits& limits)
{
    return unreadable(fileName, SheetErrorsTr::tr("it holds more than %L1 parts").arg(limits.maxEntries));
}

Error tooManyCells(const QString& fileName, const SheetLimits& limits)
{
    return unreadable(fileName, SheetErrorsTr::tr("it has more than %L1 cells").arg(limits.maxCells));
}

QString megabytes(qint64 bytes) { return SheetErrorsTr::tr("%L1 MB").arg((bytes + 1024 * 1024 - 1) / (1024 * 1024)); }

Status checkFile(const QFileInfo& file, const SheetLimits& limits)
{
    if (!file.exists())
        return Error::notFound(SheetErrorsTr::tr("There is no file at %1.").arg(file.filePath()));
    if (!file.isFile())
        return unreadable(file.fileName(), SheetErrorsTr::tr("it is a folder"));
    if (file.size() == 0)
        return unreadable(file.fileName(), SheetErrorsTr::tr("it is empty"));
    if (file.size() > limits.maxFileBytes)
        return tooLarge(file.fileName(), limits);
    return {};
}

Error unwritable(const QString& path, const QString& reason)
{
    //: %1 is a file name, %2 why it cannot be written (a clause).
    return Error::io(SheetErrorsTr::tr("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), reason));
}

}  // namespace score::sheet
