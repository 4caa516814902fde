#pragma once
// Writes a bundle of this workspace's records: all of them (full), only what one peer lacks
// according to the version vector its own bundles carried (delta), optionally limited to some
// enterprises or cohorts (scoped). The bundle is closed under references, signed with this
// device's key and, with a passphrase, encrypted as a whole. The file appears complete or not
// at all.

#include "storage/Workspace.h"
#include "sync/BundleFormat.h"
#include "sync/BundleReader.h"

namespace score {

struct ExportOptions {
    QString outputPath;
    bool full = true;           // false: a delta for `forDevice`
    QString forDevice;          // id, id prefix or name of a device known here
    QStringList enterpriseIds;  // scope (empty: everything)
    QStringList cohortIds;
    QString passphrase;                       // empty: not encrypted
    bool lightKdfForTests = false;            // tests only: a cheap Argon2id profile
    int recordSchema = kRecordSchemaVersion;  // tests only: write as an older SCORE Desk did
    ProgressCallback progress;
};

struct ExportSummary {
    QString bundleId;
    QString path;
    BundleMode mode = BundleMode::Full;
    qint64 records = 0;
    QMap<QString, qint64> counts;
    int blobs = 0;
    qint64 bytes = 0;
    bool encrypted = false;
};

Result<ExportSummary> exportBundle(Workspace& ws, const ExportOptions& options);

}  // namespace score
