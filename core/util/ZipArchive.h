#pragma once
// Thin RAII wrappers over libzip for the bundle container and XLSX workbooks: writing named
// entries from files (deflated or stored) and reading entries as bounded streams. libzip writes
// the archive to a temporary file and renames it on close, so a bundle on disk is always complete.
// Its sentences speak of bundles; the spreadsheet reader words its own refusals.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

struct zip;
struct zip_file;

namespace score {

class ZipWriter {
public:
    ZipWriter() = default;
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    Status open(const QString& path);
    // The file must stay until close(); libzip reads it then.
    Status addFile(const QString& name, const QString& sourcePath, bool compress);
    Status addBytes(const QString& name, const QByteArray& data, bool compress);
    Status close();
    void discard();

private:
    zip* m_zip = nullptr;
    std::vector<QByteArray> m_keepAlive;  // buffers libzip reads at close()
};

struct ZipEntry {
    qint64 index = 0;
    QString name;
    qint64 size = 0;  // uncompressed, as the archive claims
    qint64 compressedSize = 0;
    bool encrypted = false;
};

class ZipReader {
public:
    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    // Fails with Error::InvalidInput when the file is not a ZIP archive.
    Status open(const QString& path);
    // How many entries the archive's directory lists, before any is looked at.
    qint64 entryCount() const;
    Result<std::vector<ZipEntry>> entries(qint64 maxEntries) const;
    // Streams an entry in chunks, never more than `maxBytes` (whatever the archive claims).
    Status read(const ZipEntry& entry, qint64 maxBytes, const std::function<Status(const char*, qint64)>& consume) const;
    Result<QByteArray> readAll(const ZipEntry& entry, qint64 maxBytes) const;

private:
    zip* m_zip = nullptr;
};

}  // namespace score
