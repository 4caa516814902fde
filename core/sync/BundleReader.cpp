#include "sync/BundleReader.h"

#include "crypto/BundleCipher.h"
#include "crypto/Crypto.h"
#include "domain/FieldValidation.h"
#include "sync/LineSplitter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace score {

namespace {
struct BundleReaderTr {
    Q_DECLARE_TR_FUNCTIONS(score::BundleReader)
};

bool allowedName(const QString& name)
{
    if (name == bundle::kManifestName || name == bundle::kSignatureName || name == bundle::kChangesName)
        return true;
    return name.startsWith(bundle::kBlobPrefix) && isSha256Hex(QStringView(name).mid(bundle::kBlobPrefix.size()));
}
}  // namespace

BundleReader::~BundleReader() = default;

Result<std::unique_ptr<BundleReader>> BundleReader::open(const QString& path, const QString& passphrase)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(BundleReaderTr::tr("There is no bundle at %1.").arg(path));
    if (!info.isFile())
        return Error::invalid(BundleReaderTr::tr("%1 is not a bundle file.").arg(path));
    if (info.size() > bundle::kMaxTotalBytes)
        return Error::invalid(BundleReaderTr::tr("The bundle is larger than SCORE Desk accepts."));

    std::unique_ptr<BundleReader> reader(new BundleReader);
    reader->m_fileSize = info.size();
    QString zipPath = path;
    if (crypto::isEncryptedBundle(path)) {
        reader->m_encrypted = true;
        reader->m_plainDir = std::make_unique<QTemporaryDir>();
        if (!reader->m_plainDir->isValid())
            return Error::io(BundleReaderTr::tr("A temporary folder cannot be created to open the protected bundle."));
        zipPath = reader->m_plainDir->filePath(QStringLiteral("bundle.zip"));
        SCORE_TRY(crypto::decryptFile(path, zipPath, passphrase, bundle::kMaxTotalBytes));
    }
    SCORE_TRY(reader->m_zip.open(zipPath));
    SCORE_TRY(reader->checkEntries());
    return reader;
}

Status BundleReader::checkEntries()
{
    auto entries = m_zip.entries(bundle::kMaxEntries);
    if (!entries)
        return entries.error();
    m_entries = std::move(*entries);

    QSet<QString> names;
    qint64 total = 0;
    const ZipEntry* manifest = nullptr;
    const ZipEntry* signature = nullptr;
    const ZipEntry* changes = nullptr;
    for (const ZipEntry& e : m_entries) {
        if (!allowedName(e.name))
            return Error::invalid(BundleReaderTr::tr("The bundle contains an unexpected file (%1); it was refused.").arg(e.name.left(80)));
        if (names.contains(e.name))
            return Error::invalid(BundleReaderTr::tr("The bundle contains %1 twice; it was refused.").arg(e.name.left(80)));
        names.insert(e.name);
        if (e.encrypted)
            return Error::invalid(BundleReaderTr::tr("The bundle uses ZIP encryption, which SCORE Desk never writes; it was refused."));
        const qint64 limit = e.name == bundle::kChangesName           ? bundle::kMaxChangesBytes
                             : e.name.startsWith(bundle::kBlobPrefix) ? bundle::kMaxBlobBytes
                                                                      : bundle::kMaxManifestBytes;
        if (e.size > limit)
            return Error::invalid(BundleReaderTr::tr("The bundle's %1 is larger than SCORE Desk accepts.").arg(e.name.left(80)));
        if (e.size > 0 && (e.compressedSize == 0 || e.size / std::max<qint64>(1, e.compressedSize) > bundle::kMaxCompressionRatio))
            return Error::invalid(
                BundleReaderTr::tr("The bundle's %1 expands far more than real data can (a \"ZIP bomb\"); it was refused.")
                    .arg(e.name.left(80)));
        total += e.size;
        if (total > bundle::kMaxTotalBytes)
            return Error::invalid(BundleReaderTr::tr("The bundle is larger than SCORE Desk accepts."));
        if (e.name == bundle::kManifestName)
            manifest = &e;
        else if (e.name == bundle::kSignatureName)
            signature = &e;
        else if (e.name == bundle::kChangesName)
            changes = &e;
    }
    if (!manifest)
        return Error::invalid(BundleReaderTr::tr("The file is not a SCORE Desk bundle (it has no manifest)."));
    if (!signature || !changes)
        return Error::invalid(BundleReaderTr::tr("The bundle is incomplete (its signature or its records are missing)."));

    auto manifestBytes = m_zip.readAll(*manifest, bundle::kMaxManifestBytes);
    if (!manifestBytes)
        return manifestBytes.error();
    auto signatureBytes = m_zip.readAll(*signature, 1024);
    if (!signatureBytes)
        return signatureBytes.error();
    // Parse first so that "made by a newer SCORE Desk" wins over a signature we may not know.
    auto parsed = BundleManifest::fromJson(*manifestBytes);
    if (!parsed)
        return parsed.error();
    if (!crypto::verify(*manifestBytes, *signatureBytes, parsed->source.publicKey))
        return Error::invalid(BundleReaderTr::tr("The bundle's signature does not match its content: it was altered or damaged, and "
                                                 "was refused."));
    m_manifest = std::move(*parsed);
    m_devices = BundleDevices(m_manifest.devices);

    // The signed list of entries must describe the archive exactly.
    QSet<QString> listed;
    for (const BundleEntryInfo& info : m_manifest.entries) {
        listed.insert(info.name);
        const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const ZipEntry& e) { return e.name == info.name; });
        if (it == m_entries.end())
            return Error::invalid(BundleReaderTr::tr("The bundle is incomplete: %1 is listed but missing.").arg(info.name.left(80)));
        if (it->size != info.size)
            return Error::invalid(BundleReaderTr::tr("The bundle is damaged: %1 does not have its signed size.").arg(info.name.left(80)));
        if (info.name == bundle::kChangesName)
            m_changes = *it;
    }
    for (const ZipEntry& e : m_entries)
        if (e.name != bundle::kManifestName && e.name != bundle::kSignatureName && !listed.contains(e.name))
            return Error::invalid(
                BundleReaderTr::tr("The bundle contains %1, which its signed manifest does not list.").arg(e.name.left(80)));
    if (!listed.contains(bundle::kChangesName))
        return Error::invalid(BundleReaderTr::tr("The bundle is damaged: its records are not listed in its manifest."));
    return {};
}

QStringList BundleReader::blobHashes() const
{
    QStringList hashes;
    for (const BundleEntryInfo& e : m_manifest.entries)
        if (e.name.startsWith(bundle::kBlobPrefix))
            hashes << e.name.mid(bundle::kBlobPrefix.size());
    return hashes;
}

Status BundleReader::forEachRecord(const std::function<Status(RecordState&&)>& visit, const ProgressCallback& progress,
                                   const RecordFilter& skipFields)
{
    const auto info = std::find_if(m_manifest.entries.begin(), m_manifest.entries.end(),
                                   [](const BundleEntryInfo& e) { return e.name == bundle::kChangesName; });
    crypto::Sha256 hash;
    qint64 bytesRead = 0;
    qint64 records = 0;
    LineSplitter lines(bundle::kMaxLineBytes, [&](const QByteArray& line) -> Status {
        auto state = parseRecordLine(line, m_devices, skipFields, m_manifest.schema);
        if (!state)
            return state.error();
        ++records;
        if (records > m_manifest.records)
            return Error::invalid(BundleReaderTr::tr("The bundle holds more records than its signed manifest says."));
        return visit(std::move(*state));
    });
    Status streamed = m_zip.read(m_changes, bundle::kMaxChangesBytes, [&](const char* data, qint64 size) -> Status {
        hash.add(data, size);
        bytesRead += size;
        SCORE_TRY(lines.add(data, size));
        if (progress && !progress(bytesRead, m_changes.size))
            return Error::cancelled(BundleReaderTr::tr("The import was cancelled; nothing was changed."));
        return {};
    });
    SCORE_TRY(streamed);
    SCORE_TRY(lines.finish());
    if (hash.hexDigest() != info->sha256)
        return Error::invalid(BundleReaderTr::tr("The bundle's records do not match its signed manifest: it was altered or damaged, "
                                                 "and nothing was imported."));
    if (records != m_manifest.records)
        return Error::invalid(BundleReaderTr::tr("The bundle holds fewer records than its signed manifest says."));
    return {};
}

Status BundleReader::forEachBlob(const std::function<Status(const QString&, const QByteArray&)>& visit, const QSet<QString>& wanted)
{
    for (const BundleEntryInfo& info : m_manifest.entries) {
        if (!info.name.startsWith(bundle::kBlobPrefix))
            continue;
        const QString hash = info.name.mid(bundle::kBlobPrefix.size());
        if (!wanted.isEmpty() && !wanted.contains(hash))
            continue;
        const auto entry = std::find_if(m_entries.begin(), m_entries.end(), [&](const ZipEntry& e) { return e.name == info.name; });
        auto data = m_zip.readAll(*entry, bundle::kMaxBlobBytes);
        if (!data)
            return data.error();
        const QString actual = crypto::sha256Hex(*data);
        if (actual != hash || actual != info.sha256)
            return Error::invalid(BundleReaderTr::tr("An attachment in the bundle is damaged (its content does not match its hash); "
                                                     "nothing was imported."));
        SCORE_TRY(visit(hash, *data));
    }
    return {};
}

}  // namespace score
