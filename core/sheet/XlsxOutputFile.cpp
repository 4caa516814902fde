#include "sheet/XlsxOutputFile.h"

#include "sheet/SheetErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <cstdio>

namespace score {

namespace {
struct XlsxOutputFileTr {
    Q_DECLARE_TR_FUNCTIONS(score::XlsxOutputFile)
};
}  // namespace

XlsxOutputFile::XlsxOutputFile(QString path) : m_target(QFileInfo(path).absoluteFilePath()) {}

XlsxOutputFile::~XlsxOutputFile() { discard(); }

void XlsxOutputFile::discard()
{
    if (m_workbook) {
        workbook_close(m_workbook);  // libxlsxwriter's only way to free a workbook
        m_workbook = nullptr;
    }
    if (!m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
        m_temporary.clear();
    }
}

Error XlsxOutputFile::failure(const QString& reason) const { return sheet::unwritable(m_target, reason); }

Error XlsxOutputFile::incomplete() const
{
    return failure(XlsxOutputFileTr::tr("what was written does not read back whole; is the disk full?"));
}

Error XlsxOutputFile::failure(int lxwError) const
{
    switch (lxwError) {
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
        return failure(XlsxOutputFileTr::tr("a cell holds more than 32,767 characters, which Excel does not allow"));
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE: return failure(XlsxOutputFileTr::tr("a sheet has more rows or columns than Excel allows"));
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return failure(XlsxOutputFileTr::tr("there is not enough memory"));
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return failure(XlsxOutputFileTr::tr("the disk is full or cannot be written to (%1)")
                           .arg(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(lxwError)))));
    default: return failure(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(lxwError))));
    }
}

Result<lxw_workbook*> XlsxOutputFile::open(bool constantMemory)
{
    const QFileInfo target(m_target);
    const QDir folder = target.absoluteDir();
    // A new file (O_EXCL) gets 0666 less the umask, as the target would; QTemporaryFile's 0600
    // would stay on the finished file.
    for (int attempt = 0; attempt < 100 && m_temporary.isEmpty(); ++attempt) {
        const QString candidate = folder.filePath(
            QStringLiteral(".%1.%2.tmp").arg(target.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            m_temporary = candidate;
        else if (!QFileInfo::exists(candidate))  // not a name taken, a folder that cannot be written
            return failure(file.errorString());
    }
    if (m_temporary.isEmpty())
        return failure(XlsxOutputFileTr::tr("no temporary name is free beside it"));

    m_folder = QFile::encodeName(folder.absolutePath());
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = m_folder.data();
    m_workbook = workbook_new_opt(QFile::encodeName(m_temporary).constData(), &options);
    if (!m_workbook) {
        discard();
        return failure(XlsxOutputFileTr::tr("there is not enough memory"));
    }
    return m_workbook;
}

Status XlsxOutputFile::finish(int firstError, const std::function<Status(const QString& written)>& check)
{
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    const lxw_error closed = workbook_close(workbook);
    if (firstError != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        discard();
        return failure(firstError != LXW_NO_ERROR ? firstError : closed);
    }
    if (Status checked = check(m_temporary); !checked) {
        discard();
        return checked;
    }
    // rename() replaces the target atomically on POSIX systems.
    if (std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0) {
        discard();
        return failure(XlsxOutputFileTr::tr("the finished file could not be moved into place"));
    }
    m_temporary.clear();
    return {};
}

}  // namespace score
