#pragma once
// Helpers for sync tests: devices with their own clocks, bundles written to the test folder,
// and a forge that rebuilds a bundle with altered parts and a fresh valid signature.

#include "support/TestSupport.h"
#include "sync/BundleExporter.h"
#include "sync/BundleImporter.h"

#include <QJsonObject>
#include <QMap>

namespace score::test {

struct Device {
    QString name;
    TestWorkspace t;
    Workspace& ws() { return *t.ws; }
};

Device makeDevice(const TempDir& dir, const QString& name, quint64 seed);

// Exports with the given options (output path filled in) and requires success.
QString exportTo(Device& d, const TempDir& dir, const QString& fileName, ExportOptions options = {});
ImportSummary importFrom(Device& d, const QString& bundle, ImportOptions options = {});

// The parts of a bundle, to alter and re-sign.
struct BundleParts {
    QJsonObject manifest;
    QByteArray changes;
    QMap<QString, QByteArray> blobs;  // by sha256
    QList<QPair<QString, QByteArray>> extraEntries;
};
BundleParts readParts(const QString& bundle);
// Writes the parts as a bundle signed by a new key (whose public key goes into the manifest);
// entry hashes and sizes are recomputed unless `keepEntries`.
void forgeBundle(const BundleParts& parts, const QString& path, bool keepEntries = false);

}  // namespace score::test
