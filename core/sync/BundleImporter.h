#pragma once
// Imports a bundle into a workspace: atomic (one transaction, rolled back on any problem),
// idempotent (re-importing changes nothing) and order-independent (record merges commute).
// Before writing, the workspace is backed up. A dry run computes exactly the same summary and
// writes nothing; the GUI preview uses it.

#include "storage/Workspace.h"
#include "sync/BundleReader.h"

#include <QMap>

namespace score {

// Deletes imported from one device within this time of this computer's clock add up for the
// mass-delete question: a day holds one sitting's exchanges, so a deletion cut into several
// bundles is still asked about, while the ordinary deletes of different days never add up.
// This computer's clock, because the sender's dates are the sender's to choose.
constexpr qint64 kMassDeleteWindowMs = 24LL * 60 * 60 * 1000;

struct ImportOptions {
    bool dryRun = false;
    bool allowMassDelete = false;
    bool trustChangedKey = false;  // accept a known device presenting a new key
    QString passphrase;
    // An import whose deletes — its own, including those of records deleted with their owner,
    // added to those of the bundles from the same device imported here in the last
    // kMassDeleteWindowMs — are more than this share of the live records before the first of
    // them (and at least massDeleteMinimum) needs allowMassDelete.
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

// The deletes the mass-delete question weighs (see ImportOptions::massDeleteShare).
struct MassDeleteCount {
    qint64 deleted = 0;         // by this bundle, records deleted with their owner included
    qint64 earlierDeleted = 0;  // by the earlier bundles from the same device in the window
    int earlierBundles = 0;     // those bundles (the ones that deleted anything)
    qint64 liveBefore = 0;      // live records here before the first of them (this one if alone)
    qint64 total() const { return deleted + earlierDeleted; }
};

struct ImportSummary {
    BundleManifest manifest;
    bool dryRun = false;
    // Per kind; a record deleted or restored because its owner was counts under its own kind.
    QMap<QString, EntityImportCounts> entities;
    EntityImportCounts totals;
    qint64 liveBefore = 0;  // live records here before the import
    MassDeleteCount massDelete;
    bool massDeleteAllowed = false;  // it deleted enough to ask, and allowMassDelete let it
    int blobsAdded = 0;
    QString previouslyImportedAt;  // when this same bundle was imported before, if ever
    QString backupPath;            // empty when nothing changed, so nothing was backed up
    QStringList warnings;          // bundle from this device, a new key trusted…

    bool changedAnything() const;
    // The counts per kind, as {"kind": {"new": …, "deleted": …}, …}, with "live_before" and,
    // when set, "mass_delete_allowed" beside them (kept with each imported bundle).
    QString toJson() const;
};

// When the summary is an error of kind Conflict (mass delete, changed key), the message says
// which option lets it through.
Result<ImportSummary> importBundle(Workspace& ws, const QString& bundlePath, const ImportOptions& options = {});

}  // namespace score
