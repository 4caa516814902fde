#pragma once
// Imports a bundle into a workspace: atomic (one transaction, rolled back on any problem),
// idempotent (re-importing changes nothing) and order-independent (record merges commute).
// Before writing, the workspace is backed up. A dry run computes exactly the same summary and
// writes nothing; the GUI preview uses it.

#include "storage/Workspace.h"
#include "sync/BundleReader.h"

#include <QMap>

namespace score {

struct ImportOptions {
    bool dryRun = false;
    bool allowMassDelete = false;
    bool trustChangedKey = false;  // accept a known device presenting a new key
    QString passphrase;
    // An import that would delete more than this share of the live records (and at least
    // massDeleteMinimum of them), counting those that go with a deleted owner, needs allowMassDelete.
    double massDeleteShare = 0.25;
    qint64 massDeleteMinimum = 20;
    // Backs the workspace up as it was before the import, when the import changes anything.
    bool backup = true;
    ProgressCallback progress;
    // Test seam: called at each stage of the import ("begun", "record" after every record,
    // "blobs", "cascade", "checked", "recorded"); an error returned here makes the import fail there.
    std::function<Status(const char* stage)> faultInjector;
};

struct EntityImportCounts {
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    qint64 restored = 0;
    qint64 conflicts = 0;
    qint64 unchanged = 0;
};

struct ImportSummary {
    BundleManifest manifest;
    bool dryRun = false;
    // Per kind; a record deleted or restored because its owner was counts under its own kind.
    QMap<QString, EntityImportCounts> entities;
    EntityImportCounts totals;
    int blobsAdded = 0;
    QString previouslyImportedAt;  // when this same bundle was imported before, if ever
    QString backupPath;            // empty when nothing changed, so nothing was backed up
    QStringList warnings;          // bundle from this device, a new key trusted…

    bool changedAnything() const;
    QString toJson() const;
};

// When the summary is an error of kind Conflict (mass delete, changed key), the message says
// which option lets it through.
Result<ImportSummary> importBundle(Workspace& ws, const QString& bundlePath, const ImportOptions& options = {});

}  // namespace score
