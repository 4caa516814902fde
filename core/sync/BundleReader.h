#pragma once
// Opens a bundle file as untrusted input: decrypts it when protected, checks the archive's
// entries (names, counts, sizes, compression ratio), verifies the manifest's signature, then
// streams its records and blobs, checking every hash. A refusal is one sentence.

#include "sync/BundleFormat.h"
#include "util/ProgressCallback.h"
#include "util/ZipArchive.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace score {

class BundleReader {
public:
    ~BundleReader();

    static Result<std::unique_ptr<BundleReader>> open(const QString& path, const QString& passphrase = {});

    const BundleManifest& manifest() const { return m_manifest; }
    bool wasEncrypted() const { return m_encrypted; }
    qint64 fileSize() const { return m_fileSize; }
    QStringList blobHashes() const;

    // Streams every record; fails (after the last record) if the content does not match the
    // signed manifest. The visitor may stop the walk by returning an error.
    // `skipFields` (optional) lets the caller pass over the fields of records it already holds.
    Status forEachRecord(const std::function<Status(RecordState&&)>& visit, const ProgressCallback& progress = {},
                         const RecordFilter& skipFields = {});
    // Streams the blobs whose hash is in `wanted` (all when empty), each verified.
    Status forEachBlob(const std::function<Status(const QString& sha256, const QByteArray& data)>& visit, const QSet<QString>& wanted = {});

private:
    BundleReader() = default;
    Status checkEntries();

    ZipReader m_zip;
    std::unique_ptr<QTemporaryDir> m_plainDir;
    bool m_encrypted = false;
    qint64 m_fileSize = 0;
    BundleManifest m_manifest;
    BundleDevices m_devices;
    std::vector<ZipEntry> m_entries;
    ZipEntry m_changes;
};

}  // namespace score
