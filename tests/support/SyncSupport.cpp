#include "support/SyncSupport.h"

#include "crypto/Crypto.h"
#include "sync/BundleFormat.h"
#include "util/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace score::test {

namespace {
// With SCORE_HOSTILE_BUNDLES_DIR set (tools/fuzz sets it while running the "[trust]" tests),
// every bundle those tests write, genuine or forged, is kept there as a seed of the whole-bundle
// fuzz target, so that the fuzzer starts from the attacks the tests reproduce.
void keepAsFuzzSeed(const QString& bundle)
{
    const QString folder = qEnvironmentVariable("SCORE_HOSTILE_BUNDLES_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString name = QFileInfo(bundle).completeBaseName() + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QFile::copy(bundle, QDir(folder).filePath(name + QStringLiteral(".scorebundle")));
}
}  // namespace

Device makeDevice(const TempDir& dir, const QString& name, quint64 seed)
{
    Device d;
    d.name = name;
    d.t = makeWorkspace(dir.path(name + QStringLiteral(".scoredesk")), name, seed);
    return d;
}

QString exportTo(Device& d, const TempDir& dir, const QString& fileName, ExportOptions options)
{
    options.outputPath = dir.path(fileName);
    options.lightKdfForTests = true;
    auto summary = exportBundle(d.ws(), options);
    INFO((summary ? QString() : summary.message()).toStdString());
    REQUIRE(summary.ok());
    keepAsFuzzSeed(options.outputPath);
    return options.outputPath;
}

ImportSummary importFrom(Device& d, const QString& bundle, ImportOptions options)
{
    options.backup = false;
    auto summary = importBundle(d.ws(), bundle, options);
    INFO((summary ? QString() : summary.message()).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

BundleParts readParts(const QString& bundle)
{
    ZipReader zip;
    REQUIRE(zip.open(bundle).ok());
    auto entries = zip.entries(100000);
    REQUIRE(entries.ok());
    BundleParts parts;
    for (const ZipEntry& e : *entries) {
        auto data = zip.readAll(e, qint64(1) << 32);
        REQUIRE(data.ok());
        if (e.name == bundle::kManifestName)
            parts.manifest = QJsonDocument::fromJson(*data).object();
        else if (e.name == bundle::kChangesName)
            parts.changes = *data;
        else if (e.name.startsWith(bundle::kBlobPrefix))
            parts.blobs.insert(e.name.mid(bundle::kBlobPrefix.size()), *data);
    }
    return parts;
}

void forgeBundle(const BundleParts& parts, const QString& path, bool keepEntries)
{
    const crypto::SigningKeys keys = crypto::generateSigningKeys();
    QJsonObject manifest = parts.manifest;
    QJsonObject source = manifest.value(QStringLiteral("source")).toObject();
    source.insert(QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()));
    manifest.insert(QStringLiteral("source"), source);
    if (!keepEntries) {
        QJsonArray entries;
        entries.append(QJsonObject{{QStringLiteral("name"), bundle::kChangesName},
                                   {QStringLiteral("size"), parts.changes.size()},
                                   {QStringLiteral("sha256"), crypto::sha256Hex(parts.changes)}});
        for (auto it = parts.blobs.begin(); it != parts.blobs.end(); ++it)
            entries.append(QJsonObject{{QStringLiteral("name"), QString(bundle::kBlobPrefix + it.key())},
                                       {QStringLiteral("size"), it.value().size()},
                                       {QStringLiteral("sha256"), crypto::sha256Hex(it.value())}});
        manifest.insert(QStringLiteral("entries"), entries);
    }
    const QByteArray json = QJsonDocument(manifest).toJson();
    ZipWriter zip;
    REQUIRE(zip.open(path).ok());
    REQUIRE(zip.addBytes(bundle::kManifestName, json, true).ok());
    REQUIRE(zip.addBytes(bundle::kSignatureName, crypto::sign(json, keys.secretKey), false).ok());
    REQUIRE(zip.addBytes(bundle::kChangesName, parts.changes, true).ok());
    for (auto it = parts.blobs.begin(); it != parts.blobs.end(); ++it)
        REQUIRE(zip.addBytes(bundle::kBlobPrefix + it.key(), it.value(), false).ok());
    for (const auto& [name, data] : parts.extraEntries)
        REQUIRE(zip.addBytes(name, data, true).ok());
    REQUIRE(zip.close().ok());
    keepAsFuzzSeed(path);
}

}  // namespace score::test
