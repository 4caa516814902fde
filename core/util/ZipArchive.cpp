#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace score {

namespace {
struct ZipArchiveTr {
    Q_DECLARE_TR_FUNCTIONS(score::ZipArchive)
};

QString archiveError(zip_t* archive) { return QString::fromUtf8(zip_error_strerror(zip_get_error(archive))); }
}  // namespace

// ---- writer --------------------------------------------------------------------------------

ZipWriter::~ZipWriter() { discard(); }

Status ZipWriter::open(const QString& path)
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const QString detail = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return Error::io(ZipArchiveTr::tr("The bundle file cannot be created (%1).").arg(detail));
    }
    return {};
}

Status ZipWriter::addFile(const QString& name, const QString& sourcePath, bool compress)
{
    zip_source_t* source = zip_source_file(m_zip, QFile::encodeName(sourcePath).constData(), 0, -1);
    if (!source)
        return Error::io(ZipArchiveTr::tr("The bundle could not be written (%1).").arg(archiveError(m_zip)));
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return Error::io(ZipArchiveTr::tr("The bundle could not be written (%1).").arg(archiveError(m_zip)));
    }
    zip_set_file_compression(m_zip, static_cast<zip_uint64_t>(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 6);
    return {};
}

Status ZipWriter::addBytes(const QString& name, const QByteArray& data, bool compress)
{
    m_keepAlive.push_back(data);
    const QByteArray& kept = m_keepAlive.back();
    zip_source_t* source = zip_source_buffer(m_zip, kept.constData(), static_cast<zip_uint64_t>(kept.size()), 0);
    if (!source)
        return Error::io(ZipArchiveTr::tr("The bundle could not be written (%1).").arg(archiveError(m_zip)));
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return Error::io(ZipArchiveTr::tr("The bundle could not be written (%1).").arg(archiveError(m_zip)));
    }
    zip_set_file_compression(m_zip, static_cast<zip_uint64_t>(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 6);
    return {};
}

Status ZipWriter::close()
{
    if (!m_zip)
        return {};
    if (zip_close(m_zip) != 0) {
        const QString detail = archiveError(m_zip);
        zip_discard(m_zip);
        m_zip = nullptr;
        m_keepAlive.clear();
        return Error::io(ZipArchiveTr::tr("The bundle could not be written; is the disk full? (%1)").arg(detail));
    }
    m_zip = nullptr;
    m_keepAlive.clear();
    return {};
}

void ZipWriter::discard()
{
    if (m_zip) {
        zip_discard(m_zip);
        m_zip = nullptr;
    }
    m_keepAlive.clear();
}

// ---- reader --------------------------------------------------------------------------------

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

Status ZipReader::open(const QString& path)
{
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (m_zip)
        return {};
    if (error == ZIP_ER_NOZIP || error == ZIP_ER_INCONS || error == ZIP_ER_NOENT || error == ZIP_ER_CRC)
        return Error::invalid(error == ZIP_ER_NOZIP ? ZipArchiveTr::tr("The file is not a SCORE Desk bundle.")
                                                    : ZipArchiveTr::tr("The bundle is damaged (its archive structure is broken)."));
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    const QString detail = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return Error::io(ZipArchiveTr::tr("The bundle cannot be read (%1).").arg(detail));
}

qint64 ZipReader::entryCount() const { return m_zip ? static_cast<qint64>(zip_get_num_entries(m_zip, 0)) : 0; }

Result<std::vector<ZipEntry>> ZipReader::entries(qint64 maxEntries) const
{
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > maxEntries)
        return Error::invalid(ZipArchiveTr::tr("The bundle has too many files (%1) to be a SCORE Desk bundle.").arg(count));
    std::vector<ZipEntry> result;
    result.reserve(static_cast<size_t>(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(i), 0, &st) != 0)
            return Error::invalid(ZipArchiveTr::tr("The bundle is damaged (an entry cannot be read)."));
        ZipEntry e;
        e.index = i;
        e.name = (st.valid & ZIP_STAT_NAME) ? QString::fromUtf8(st.name) : QString();
        e.size = (st.valid & ZIP_STAT_SIZE) ? static_cast<qint64>(st.size) : -1;
        e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? static_cast<qint64>(st.comp_size) : -1;
        e.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        if (e.size < 0 || e.compressedSize < 0 || e.size > (qint64(1) << 40))
            return Error::invalid(ZipArchiveTr::tr("The bundle is damaged (an entry has no valid size)."));
        result.push_back(std::move(e));
    }
    return result;
}

Status ZipReader::read(const ZipEntry& entry, qint64 maxBytes, const std::function<Status(const char*, qint64)>& consume) const
{
    zip_file_t* file = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(entry.index), 0);
    if (!file)
        return Error::invalid(ZipArchiveTr::tr("The bundle is damaged (%1 cannot be opened).").arg(entry.name));
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    Status status;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), static_cast<zip_uint64_t>(buffer.size()));
        if (n < 0) {
            status = Error::invalid(
                ZipArchiveTr::tr("The bundle is damaged (%1: %2).").arg(entry.name, QString::fromUtf8(zip_file_strerror(file))));
            break;
        }
        if (n == 0)
            break;
        total += n;
        if (total > maxBytes || total > entry.size) {
            status = Error::invalid(
                ZipArchiveTr::tr("The bundle is damaged or hostile: %1 is larger than it claims or allowed.").arg(entry.name));
            break;
        }
        status = consume(buffer.constData(), n);
        if (!status.ok())
            break;
    }
    zip_fclose(file);
    if (status.ok() && total != entry.size)
        return Error::invalid(ZipArchiveTr::tr("The bundle is damaged: %1 is shorter than it claims.").arg(entry.name));
    return status;
}

Result<QByteArray> ZipReader::readAll(const ZipEntry& entry, qint64 maxBytes) const
{
    QByteArray data;
    Status s = read(entry, maxBytes, [&](const char* p, qint64 n) -> Status {
        data.append(p, n);
        return {};
    });
    if (!s)
        return s.error();
    return data;
}

}  // namespace score
