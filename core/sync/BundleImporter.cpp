#include "sync/BundleImporter.h"

#include "crypto/Crypto.h"
#include "storage/Backups.h"
#include "storage/BlobStore.h"
#include "storage/OwnerCascade.h"
#include "storage/RecordInvariants.h"
#include "storage/SyncState.h"
#include "storage/WorkspaceCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace score {

namespace {
struct BundleImporterTr {
    Q_DECLARE_TR_FUNCTIONS(score::BundleImporter)
};

// The sentence that holds back a bundle stamped beyond the clock bound (kMaxClockSkewMs).
Error clockAhead(Workspace& ws, const BundleManifest& m, const Stamp& newest)
{
    const QString device = newest.device == m.source.deviceId
                               ? m.source.deviceName
                               : BundleImporterTr::tr("%1 (relayed by \"%2\")").arg(uuidText(newest.device).left(8), m.source.deviceName);
    const auto date = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    return Error::refused(BundleImporterTr::tr("The device \"%1\" dates its changes %2, more than a day after this computer's "
                                               "date (%3): its clock is wrong, or this one is. Nothing was imported. Set the "
                                               "right date on the wrong computer; a device whose clock was ahead then re-stamps "
                                               "its changes (scorectl restamp) and sends a new bundle.")
                              .arg(device, date(hlcMillis(newest.hlc)), date(ws.clock().nowMs())));
}

// Checks the sender's key against what this workspace knows (trust on first use).
Status checkSender(Workspace& ws, const BundleManifest& m, const ImportOptions& options, QStringList& warnings)
{
    if (m.source.deviceId == ws.device().deviceId) {
        if (m.source.publicKey != ws.device().publicKey)
            return Error::refused(BundleImporterTr::tr("This bundle claims to come from this very device but carries another key: it "
                                                       "comes from a copy of this workspace or is forged. It was not imported."));
        warnings << BundleImporterTr::tr("This bundle was made by this workspace; importing it changes nothing.");
        return {};
    }
    auto known = SyncState(ws).peer(m.source.deviceId);
    if (!known)
        return known.error();
    if (known->has_value() && (*known)->publicKey != m.source.publicKey) {
        const QString message = BundleImporterTr::tr(
                                    "WARNING: the device \"%1\" signed this bundle with a different key (%2) than before (%3). It may be "
                                    "forged. Nothing was imported; if the device really was reinstalled, import again with "
                                    "--trust-new-key.")
                                    .arg(m.source.deviceName, crypto::fingerprint(m.source.publicKey),
                                         crypto::fingerprint((*known)->publicKey));
        if (!options.trustChangedKey)
            return Error::refused(message);
        warnings << BundleImporterTr::tr("The device \"%1\" now signs with a new key (%2); you chose to trust it.")
                        .arg(m.source.deviceName, crypto::fingerprint(m.source.publicKey));
    }
    return {};
}

// Counts one merge (n = 1), or takes it back (n = -1) when the cascade changed what it did.
void count(EntityImportCounts& c, const ApplyOutcome& o, qint64 n = 1)
{
    switch (o.kind) {
    case ApplyOutcome::Kind::Unchanged: c.unchanged += n; break;
    case ApplyOutcome::Kind::Inserted: c.inserted += n; break;
    case ApplyOutcome::Kind::Updated:
        if (o.deleted())
            c.deleted += n;
        else if (o.restored())
            c.restored += n;
        else
            c.updated += n;
        break;
    }
    c.conflicts += n * o.conflicts;
}

void add(EntityImportCounts& total, const EntityImportCounts& c)
{
    total.inserted += c.inserted;
    total.updated += c.updated;
    total.deleted += c.deleted;
    total.restored += c.restored;
    total.conflicts += c.conflicts;
    total.unchanged += c.unchanged;
}

Result<qint64> liveRecords(Workspace& ws)
{
    qint64 live = 0;
    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        auto n = ws.store().count(spec, false);
        if (!n)
            return n.error();
        live += *n;
    }
    return live;
}

// What an earlier import's stored summary (ImportSummary::toJson) says it deleted.
struct EarlierImport {
    qint64 deleted = 0;
    qint64 liveBefore = -1;  // unknown: imported by an older SCORE Desk
    bool allowed = false;
};

EarlierImport readEarlierImport(const QString& summaryJson)
{
    EarlierImport e;
    const QJsonObject all = QJsonDocument::fromJson(summaryJson.toUtf8()).object();
    for (auto it = all.begin(); it != all.end(); ++it)
        if (it.value().isObject())
            e.deleted += it.value().toObject().value(QStringLiteral("deleted")).toInteger();
    if (all.value(QStringLiteral("live_before")).isDouble())
        e.liveBefore = all.value(QStringLiteral("live_before")).toInteger();
    e.allowed = all.value(QStringLiteral("mass_delete_allowed")).toBool();
    return e;
}

// This bundle's deletes with those of the bundles from the same device imported here within
// kMassDeleteWindowMs before it, back to the last one whose mass delete a person allowed (that
// answer covered what came before it).
Result<MassDeleteCount> countMassDelete(Workspace& ws, const BundleManifest& m, qint64 deleted, qint64 liveBefore)
{
    MassDeleteCount count{deleted, 0, 0, liveBefore};
    if (deleted == 0)
        return count;
    auto earlier = SyncState(ws).receivedFrom(m.source.deviceId, Clock::isoFromMs(ws.clock().nowMs() - kMassDeleteWindowMs));
    if (!earlier)
        return earlier.error();
    for (const ReceivedBundle& b : *earlier) {
        if (b.bundleId == m.bundleId)
            continue;  // this very bundle, imported before: its deletes are counted now
        const EarlierImport e = readEarlierImport(b.summary);
        if (e.allowed) {
            count = {deleted, 0, 0, liveBefore};
            continue;
        }
        if (e.deleted <= 0 || e.liveBefore < 0)
            continue;
        if (count.earlierBundles == 0)
            count.liveBefore = e.liveBefore;
        count.earlierDeleted += e.deleted;
        ++count.earlierBundles;
    }
    return count;
}

Error massDeleteRefusal(const BundleManifest& m, const MassDeleteCount& c)
{
    const QString share = QString::number(
        qRound(100.0 * static_cast<double>(c.total()) / static_cast<double>(std::max<qint64>(1, c.liveBefore))));
    if (c.earlierBundles == 0)
        return Error::refused(BundleImporterTr::tr("This bundle would delete %1 of the %2 records in this workspace (%3%). Nothing "
                                                   "was imported. If that is intended, import it again allowing mass deletion "
                                                   "(--allow-mass-delete).")
                                  .arg(QString::number(c.deleted), QString::number(c.liveBefore), share));
    return Error::refused(BundleImporterTr::tr("This bundle would delete %1 records, and the bundles from \"%2\" imported here in the "
                                               "last 24 hours (%3 of them) deleted %4: together %5 of the %6 records there were "
                                               "before them (%7%). Nothing was imported. If that is intended, import it again "
                                               "allowing mass deletion (--allow-mass-delete).")
                              .arg(QString::number(c.deleted), m.source.deviceName, QString::number(c.earlierBundles),
                                   QString::number(c.earlierDeleted), QString::number(c.total()), QString::number(c.liveBefore), share));
}

Status checkReferences(Workspace& ws)
{
    auto dangling = danglingReferences(ws);
    if (!dangling)
        return dangling.error();
    if (!dangling->empty()) {
        const DanglingReference& first = dangling->front();
        const QString example =
            BundleImporterTr::tr("a %1 refers to a missing %2").arg(entityDisplayName(first.table), entityDisplayName(first.missingTable));
        return Error::invalid(BundleImporterTr::tr("The bundle refers to records it does not carry (%1 references, e.g. %2); nothing "
                                                   "was imported.")
                                  .arg(dangling->size())
                                  .arg(example));
    }
    return {};
}
// Content that no record of the bundle or of this workspace refers to would stay here unseen,
// never be sent on, and make this workspace differ from its peers: the whole bundle is refused
// before any of it is read (a bundle SCORE Desk writes carries only content its records use).
Status refuseUnreferencedBlobs(BlobStore& blobs, const QStringList& carried, const QSet<QString>& referencedByBundle)
{
    QStringList stray;
    for (const QString& hash : carried)
        if (!referencedByBundle.contains(hash))
            stray << hash;
    if (stray.isEmpty())
        return {};
    auto referencedHere = blobs.referencedHashes();
    if (!referencedHere)
        return referencedHere.error();
    stray.removeIf([&](const QString& hash) { return referencedHere->contains(hash); });
    if (stray.isEmpty())
        return {};
    return Error::invalid(BundleImporterTr::tr("The bundle carries photos or documents that no record refers to (%1, e.g. content "
                                               "%2), so it was refused and nothing was imported.")
                              .arg(stray.size())
                              .arg(stray.first().left(12)));
}

// A bundle whose records would leave what `check` rejects.
Status refuseBroken(const QString& problem)
{
    return Error::invalid(
        BundleImporterTr::tr("The bundle carries a record that breaks the workspace's rules, so nothing was imported: %1").arg(problem));
}

}  // namespace

bool ImportSummary::changedAnything() const
{
    return totals.inserted + totals.updated + totals.deleted + totals.restored > 0 || blobsAdded > 0;
}

QString ImportSummary::toJson() const
{
    QJsonObject entitiesJson;
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        const EntityImportCounts& c = it.value();
        entitiesJson.insert(it.key(), QJsonObject{{QStringLiteral("new"), c.inserted},
                                                  {QStringLiteral("updated"), c.updated},
                                                  {QStringLiteral("deleted"), c.deleted},
                                                  {QStringLiteral("restored"), c.restored},
                                                  {QStringLiteral("conflicts"), c.conflicts}});
    }
    // Beside the kinds (no kind has these names); what the next import's mass-delete question needs.
    entitiesJson.insert(QStringLiteral("live_before"), liveBefore);
    if (massDeleteAllowed)
        entitiesJson.insert(QStringLiteral("mass_delete_allowed"), true);
    return QString::fromUtf8(QJsonDocument(entitiesJson).toJson(QJsonDocument::Compact));
}

Result<ImportSummary> importBundle(Workspace& ws, const QString& bundlePath, const ImportOptions& options)
{
    auto opened = BundleReader::open(bundlePath, options.passphrase);
    if (!opened)
        return opened.error();
    BundleReader& reader = **opened;
    const BundleManifest& manifest = reader.manifest();

    ImportSummary summary;
    summary.manifest = manifest;
    summary.dryRun = options.dryRun;
    SCORE_TRY(checkSender(ws, manifest, options, summary.warnings));

    SyncState sync(ws);
    if (auto before = sync.receivedBundle(manifest.bundleId); before && before->has_value())
        summary.previouslyImportedAt = (*before)->importedAt;

    auto backupFailed = [](const QString& why) {
        return Error::io(BundleImporterTr::tr("Nothing was imported because the workspace could not be backed up first: %1").arg(why));
    };
    // The state before the import, written out as a backup only if the import changes something.
    std::optional<BackupSnapshot> before;
    if (!options.dryRun && options.backup) {
        auto held = BackupSnapshot::hold(ws.path());
        if (!held)
            return backupFailed(held.message());
        before = std::move(*held);
    }

    auto knowledge = ws.knowledge();
    if (!knowledge)
        return knowledge.error();
    const VersionVector known = *knowledge;

    auto fault = [&](const char* stage) -> Status { return options.faultInjector ? options.faultInjector(stage) : Status(); };
    SCORE_TRY(ws.begin());
    auto result = [&]() -> Status {
        SCORE_TRY(fault("begun"));
        auto liveBefore = liveRecords(ws);
        if (!liveBefore)
            return liveBefore.error();
        summary.liveBefore = *liveBefore;

        ApplyOptions apply;
        apply.origin = ApplyOptions::Origin::Import;
        apply.bundleId = manifest.bundleId;
        apply.bundleSigner = manifest.source.deviceId;
        // Deletes and restores reach what the deleted or restored records own, as local ones do.
        OwnerCascade cascade(ws, apply);
        const EntitySpec* attachmentSpec = EntitySchema::instance().entity(u"attachment");
        const auto shaField = static_cast<size_t>(attachmentSpec->fieldIndex(u"sha256"));
        QSet<QString> neededBlobs;      // content that records changed here now need
        QSet<QString> referencedBlobs;  // content any attachment record of the bundle refers to
        RecordInvariants invariants(ws);
        // What the records of this bundle incorporate, learned from the records themselves.
        VersionVector learned;
        // A record whose stored stamps are exactly the incoming ones, and whose stored version
        // vector and lost set cover the incoming ones, would merge to itself: its fields need not
        // be read.
        // This is decided per record from what is stored here, never from what a workspace or
        // a manifest says it knows, so no claim can make a genuine change be skipped.
        auto holdsAlready = [&](const RecordState& record) {
            auto local = ws.store().loadClock(*record.spec, record.id);
            if (!local || !local->has_value())
                return false;  // new here, or unreadable: the full merge decides (and reports)
            const RecordState& here = **local;
            return here.stamps == record.stamps && here.deletedStamp == record.deletedStamp && here.restoredStamp == record.restoredStamp
                   && here.vv.dominates(record.vv) && here.lost.covers(record.lost);
        };

        SCORE_TRY(reader.forEachRecord(
            [&](RecordState&& record) -> Status {
                SCORE_TRY(fault("record"));
                EntityImportCounts& c = summary.entities[record.spec->name];
                // The clock policy: a stamp more than a day ahead of this computer's clock must
                // not move this workspace's hybrid clock, so the bundle is held back before the
                // record is merged (merging observes its stamps). Its vv covers all its stamps.
                for (const auto& [device, hlc] : record.vv.entries())
                    if (hlcMillis(hlc) > ws.clock().nowMs() + kMaxClockSkewMs)
                        return clockAhead(ws, manifest, Stamp{hlc, device});
                learned.merge(record.vv);
                // The reader found this very state here already (holdsAlready): nothing to merge,
                // and the content it refers to is referred to here as well.
                if (record.fieldsSkipped) {
                    ++c.unchanged;
                    return {};
                }
                if (record.spec == attachmentSpec)
                    referencedBlobs.insert(std::get<QString>(record.values[shaField]));
                // What `check` would reject is refused before it is written: an id that is not
                // the one its natural key gives (the bundle carries the whole key when it sets it).
                if (RecordInvariants::carriesNaturalKey(record))
                    if (const QStringList broken = invariants.ownProblems(record); !broken.isEmpty())
                        return refuseBroken(broken.front());
                auto outcome = ws.writer().apply(record, apply);
                if (!outcome)
                    return outcome.error();
                count(c, *outcome);
                SCORE_TRY(invariants.noteImported(record, *outcome));
                SCORE_TRY(cascade.noteApplied(record, *outcome));
                if (record.spec == attachmentSpec && outcome->kind != ApplyOutcome::Kind::Unchanged)
                    neededBlobs.insert(std::get<QString>(record.values[shaField]));
                return {};
            },
            options.progress, holdsAlready));

        // Attachment content: refuse what no record refers to, verify and store what arrived,
        // then make sure nothing is missing.
        BlobStore blobs(ws);
        SCORE_TRY(refuseUnreferencedBlobs(blobs, reader.blobHashes(), referencedBlobs));
        SCORE_TRY(reader.forEachBlob([&](const QString& hash, const QByteArray& data) -> Status {
            auto present = blobs.contains(hash);
            if (!present)
                return present.error();
            if (!*present) {
                SCORE_TRY(blobs.putVerified(hash, data));
                ++summary.blobsAdded;
            }
            return {};
        }));
        SCORE_TRY(fault("blobs"));
        // Once every record is merged (an owner's restore may come after its delete, a record
        // after its owner): what the cascade deleted or restored counts as this bundle's doing.
        SCORE_TRY(cascade.settle());
        for (const OwnerCascade::Effect& e : cascade.effects()) {
            EntityImportCounts& c = summary.entities[e.spec->name];
            if (e.before)
                count(c, *e.before, -1);
            count(c, e.after);
        }
        SCORE_TRY(fault("cascade"));
        for (const QString& hash : std::as_const(neededBlobs)) {
            auto present = blobs.contains(hash);
            if (!present)
                return present.error();
            if (!*present)
                return Error::invalid(BundleImporterTr::tr("The bundle lists a photo or document it does not carry (content %1), and "
                                                           "this workspace does not have it either; nothing was imported.")
                                          .arg(hash.left(12)));
        }
        SCORE_TRY(checkReferences(ws));
        // A comment or an attachment must belong to a record that exists, an answer to an item
        // of its checklist, once all is merged (a record may come before what it refers to).
        auto broken = invariants.pendingProblems();
        if (!broken)
            return broken.error();
        if (!broken->isEmpty())
            return refuseBroken(broken->front());
        SCORE_TRY(fault("checked"));

        for (auto it = summary.entities.begin(); it != summary.entities.end(); ++it)
            add(summary.totals, it.value());

        auto massDelete = countMassDelete(ws, manifest, summary.totals.deleted, *liveBefore);
        if (!massDelete)
            return massDelete.error();
        summary.massDelete = *massDelete;
        const MassDeleteCount& md = summary.massDelete;
        const bool many = md.deleted > 0 && md.total() >= options.massDeleteMinimum
                          && static_cast<double>(md.total()) > options.massDeleteShare * static_cast<double>(md.liveBefore);
        if (many && !options.allowMassDelete)
            return massDeleteRefusal(manifest, md);
        summary.massDeleteAllowed = many;

        // What this workspace now holds, learned from the records it merged: when the bundle was
        // complete (full), or complete relative to what we already held (a delta made for us),
        // every change its records incorporate is here now. The manifest's version vector is the
        // sender's claim and is never taken as knowledge: it only says what to send the sender.
        // Knowledge is itself only a hint for what others send here; imports never skip a record
        // because of it, so a full bundle always brings every change it carries.
        const bool complete = manifest.mode == BundleMode::Full
                              || (manifest.mode == BundleMode::Delta && manifest.forDevice == ws.device().deviceId
                                  && known.dominates(manifest.baseVv));
        if (complete)
            SCORE_TRY(ws.raiseKnowledge(learned));
        if (manifest.source.deviceId != ws.device().deviceId) {
            SCORE_TRY(sync.rememberPeer(manifest.source.deviceId, manifest.source.deviceName, manifest.source.userName,
                                        manifest.source.publicKey, manifest.bundleId, manifest.senderVv));
        }
        SCORE_TRY(
            sync.rememberBundle({manifest.bundleId, manifest.source.deviceId, manifest.createdAt.toString(Qt::ISODateWithMs),
                                 ws.clock().nowIso(), QFileInfo(bundlePath).fileName(), bundleModeName(manifest.mode), summary.toJson()}));
        return fault("recorded");
    }();

    if (!result.ok() || options.dryRun) {
        ws.rollback();
        if (!result.ok())
            return result.error();
        return summary;
    }
    if (before && summary.changedAnything()) {
        auto backup = before->save(QStringLiteral("before-import"));
        if (!backup) {
            ws.rollback();
            return backupFailed(backup.message());
        }
        summary.backupPath = *backup;
    }
    if (auto committed = ws.commit(); !committed)
        return Error::io(BundleImporterTr::tr("The import could not be saved; the workspace is unchanged. %1").arg(committed.message()));
    return summary;
}

}  // namespace score
