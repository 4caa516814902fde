#include "sync/BundleExporter.h"

#include "crypto/BundleCipher.h"
#include "crypto/Crypto.h"
#include "storage/BlobStore.h"
#include "storage/ExportSelection.h"
#include "storage/Migrations.h"
#include "storage/SyncState.h"
#include "util/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>

#include <optional>

namespace score {

namespace {
struct BundleExporterTr {
    Q_DECLARE_TR_FUNCTIONS(score::BundleExporter)
};

// Streams record lines into a file while hashing them.
class ChangesFile {
public:
    explicit ChangesFile(const QString& path) : m_file(path) {}
    Status open()
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::io(BundleExporterTr::tr("A temporary file cannot be written (%1).").arg(m_file.errorString()));
        return {};
    }
    Status write(const QByteArray& line)
    {
        m_hash.add(line);
        m_size += line.size();
        if (m_file.write(line) != line.size())
            return Error::io(BundleExporterTr::tr("The bundle could not be written; is the disk full? (%1)").arg(m_file.errorString()));
        return {};
    }
    Status close()
    {
        if (!m_file.flush())
            return Error::io(BundleExporterTr::tr("The bundle could not be written; is the disk full? (%1)").arg(m_file.errorString()));
        m_file.close();
        return {};
    }
    BundleEntryInfo info() { return {bundle::kChangesName, m_size, m_hash.hexDigest()}; }

private:
    QFile m_file;
    crypto::Sha256 m_hash;
    qint64 m_size = 0;
};
}  // namespace

Result<ExportSummary> exportBundle(Workspace& ws, const ExportOptions& options)
{
    if (options.outputPath.isEmpty())
        return Error::invalid(BundleExporterTr::tr("Say where to write the bundle."));
    const QFileInfo out(options.outputPath);
    if (!out.absoluteDir().exists())
        return Error::notFound(BundleExporterTr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(out.absolutePath())));

    BundleManifest manifest;
    manifest.schema = options.recordSchema;
    manifest.app = QStringLiteral("SCORE Desk %1").arg(QStringLiteral(SCORE_VERSION));
    manifest.bundleId = uuidText(QUuid::createUuid());
    manifest.createdAt = ws.clock().nowUtc();
    manifest.source = {ws.device().deviceId, ws.device().deviceName, ws.device().userName, ws.device().publicKey};
    manifest.enterprises = options.enterpriseIds;
    manifest.cohorts = options.cohortIds;
    const bool scoped = !options.enterpriseIds.isEmpty() || !options.cohortIds.isEmpty();

    // Read everything in one read transaction: a consistent snapshot even while edits go on.
    std::optional<ReadSnapshot> snapshot(std::in_place, ws);
    SCORE_TRY(snapshot->status());

    auto knowledge = ws.knowledge();
    if (!knowledge)
        return knowledge.error();
    manifest.senderVv = *knowledge;

    VersionVector base;
    if (!options.full) {
        auto peer = SyncState(ws).findPeer(options.forDevice);
        if (!peer)
            return peer.error();
        manifest.mode = BundleMode::Delta;
        manifest.forDevice = peer->deviceId;
        manifest.baseVv = peer->holds;
        base = peer->holds;
    }
    if (scoped)
        manifest.mode = BundleMode::Scoped;

    // Scoped or delta: compute the selection; full: stream every record.
    ExportSelection selection(ws);
    const bool selective = scoped || !options.full;
    if (selective) {
        SCORE_TRY(selection.create());
        if (scoped) {
            for (const QString& id : options.enterpriseIds)
                if (!*ws.store().exists(*EntitySchema::instance().entity(u"enterprise"), id, false))
                    return Error::notFound(BundleExporterTr::tr("There is no enterprise %1 in this workspace.").arg(id));
            for (const QString& id : options.cohortIds)
                if (!*ws.store().exists(*EntitySchema::instance().entity(u"cohort"), id, false))
                    return Error::notFound(BundleExporterTr::tr("There is no cohort %1 in this workspace.").arg(id));
            SCORE_TRY(selection.addScope(options.enterpriseIds, options.cohortIds));
        } else {
            SCORE_TRY(selection.addEverything());
        }
        if (!options.full)
            SCORE_TRY(selection.keepUnknownTo(base));
        SCORE_TRY(selection.closeUnderReferences());
    }

    QTemporaryDir work;
    if (!work.isValid())
        return Error::io(BundleExporterTr::tr("A temporary folder cannot be created for the bundle."));
    ChangesFile changes(work.filePath(bundle::kChangesName));
    SCORE_TRY(changes.open());

    BundleDevices devices;
    QSet<QString> blobs;
    const EntitySpec* attachmentSpec = EntitySchema::instance().entity(u"attachment");
    const int shaField = attachmentSpec->fieldIndex(u"sha256");
    Status writeStatus;
    qint64 written = 0;
    qint64 total = 0;
    if (options.progress) {
        auto n = selective ? selection.count() : Result<qint64>(qint64(0));
        total = n ? *n : 0;
    }
    auto visit = [&](const RecordState& record) {
        writeStatus = changes.write(encodeRecordLine(record, devices, options.recordSchema));
        if (!writeStatus.ok())
            return false;
        ++manifest.counts[record.spec->name];
        ++written;
        if (record.spec == attachmentSpec) {
            const Stamp& s = record.stamps[static_cast<size_t>(shaField)];
            if (options.full || scoped || !base.knows(s))
                blobs.insert(std::get<QString>(record.values[static_cast<size_t>(shaField)]));
        }
        if (options.progress && written % 2000 == 0 && !options.progress(written, total)) {
            writeStatus = Error::cancelled(BundleExporterTr::tr("The export was cancelled; no bundle was written."));
            return false;
        }
        return true;
    };
    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        SCORE_TRY(selective ? selection.forEach(spec, visit) : ws.store().forEach(spec, visit));
        SCORE_TRY(writeStatus);
    }
    SCORE_TRY(changes.close());
    manifest.records = written;
    manifest.entries << changes.info();

    BlobStore store(ws);
    QStringList sortedBlobs(blobs.begin(), blobs.end());
    sortedBlobs.sort();
    for (const QString& hash : std::as_const(sortedBlobs)) {
        auto data = store.get(hash);
        if (!data)
            return Error::failed(
                BundleExporterTr::tr("An attachment's content is missing from this workspace (%1); run a check.").arg(hash.left(12)));
        QFile blobFile(work.filePath(hash));
        if (!blobFile.open(QIODevice::WriteOnly) || blobFile.write(*data) != data->size())
            return Error::io(BundleExporterTr::tr("The bundle could not be written; is the disk full?"));
        manifest.entries << BundleEntryInfo{bundle::kBlobPrefix + hash, data->size(), hash};
    }
    manifest.devices = devices.list();
    snapshot.reset();  // a read-only transaction: ending it cannot lose anything

    const QByteArray manifestJson = manifest.toJson();
    const QByteArray signature = crypto::sign(manifestJson, ws.device().secretKey);
    if (signature.isEmpty())
        return Error::failed(BundleExporterTr::tr("This device's signing key is damaged; the bundle cannot be signed."));

    const bool encrypt = !options.passphrase.isEmpty();
    const QString zipPath = encrypt ? work.filePath(QStringLiteral("bundle.zip")) : options.outputPath;
    ZipWriter zip;
    SCORE_TRY(zip.open(zipPath));
    SCORE_TRY(zip.addBytes(bundle::kManifestName, manifestJson, true));
    SCORE_TRY(zip.addBytes(bundle::kSignatureName, signature, false));
    SCORE_TRY(zip.addFile(bundle::kChangesName, work.filePath(bundle::kChangesName), true));
    for (const QString& hash : std::as_const(sortedBlobs))
        SCORE_TRY(zip.addFile(bundle::kBlobPrefix + hash, work.filePath(hash), false));
    SCORE_TRY(zip.close());
    if (encrypt)
        SCORE_TRY(crypto::encryptFile(zipPath, options.outputPath, options.passphrase,
                                      options.lightKdfForTests ? crypto::testKdfCost() : crypto::defaultKdfCost()));
    // A bundle carries people's names and photos like the workspace: its owner's only, as the
    // workspace is (a USB stick's FAT drops this, but a shared laptop's other users do not read it).
    QFile::setPermissions(options.outputPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Remember what this device has now shared (for "changes not yet shared" in the status bar).
    if (!ws.isReadOnly())
        (void)SyncState(ws).rememberExport(manifest.senderVv.get(ws.device().deviceId));  // a hint only; the bundle is written

    ExportSummary summary;
    summary.bundleId = manifest.bundleId;
    summary.path = options.outputPath;
    summary.mode = manifest.mode;
    summary.records = written;
    summary.counts = manifest.counts;
    summary.blobs = static_cast<int>(sortedBlobs.size());
    summary.bytes = QFileInfo(options.outputPath).size();
    summary.encrypted = encrypt;
    return summary;
}

}  // namespace score
