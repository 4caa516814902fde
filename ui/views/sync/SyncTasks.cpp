#include "views/sync/SyncTasks.h"

#include "crypto/BundleCipher.h"
#include "crypto/Crypto.h"
#include "storage/SyncState.h"
#include "sync/BundleReader.h"
#include "tasks/BackgroundTask.h"

#include <QCoreApplication>

namespace score {

namespace {
struct SyncTasksTr {
    Q_DECLARE_TR_FUNCTIONS(score::SyncTasks)
};
}  // namespace

Status runOnOwnConnection(QWidget* parent, WorkspaceSession& session, const QString& title, const QString& label,
                          const std::function<Status(Workspace&, const ProgressCallback&)>& work)
{
    const QString path = session.path();
    WorkspaceOptions options;
    options.clock = &session.workspace().clock();  // tests run on a manual clock; so does this connection
    return runInBackground(parent, title, label, [&](const ProgressCallback& progress) -> Status {
        auto ws = Workspace::open(path, options);
        if (!ws)
            return ws.error();
        return work(**ws, progress);
    });
}

ImportCheck checkImport(QWidget* parent, WorkspaceSession& session, const QString& bundlePath, ImportOptions options)
{
    ImportCheck check;
    options.dryRun = true;
    const Status ran = runOnOwnConnection(
        parent, session, SyncTasksTr::tr("Import a bundle"), SyncTasksTr::tr("Reading the bundle and working out what it would change…"),
        [&](Workspace& ws, const ProgressCallback& progress) -> Status {
            options.progress = progress;
            auto first = importBundle(ws, bundlePath, options);
            if (first) {
                auto known = SyncState(ws).peer(first->manifest.source.deviceId);
                check.senderKnown = known && known->has_value();
                check.summary = std::move(*first);
                return {};
            }
            if (first.error().kind != Error::Kind::Conflict)
                return first.error();

            // Refused to protect data: a changed key, a mass delete, or a copy of this very
            // workspace (which no answer makes acceptable). Tell them apart from the facts.
            auto reader = BundleReader::open(bundlePath);
            if (!reader)
                return first.error();
            const BundleManifest manifest = (*reader)->manifest();
            reader->reset();
            if (manifest.source.deviceId == ws.device().deviceId) {
                check.refusal = ImportCheck::Refusal::Other;
                return first.error();
            }
            auto known = SyncState(ws).peer(manifest.source.deviceId);
            if (!known)
                return known.error();
            check.senderKnown = known->has_value();
            if (known->has_value() && (*known)->publicKey != manifest.source.publicKey && !options.trustChangedKey) {
                check.refusal = ImportCheck::Refusal::ChangedKey;
                check.keyChange = {manifest.source.deviceName, manifest.source.userName, crypto::fingerprint((*known)->publicKey),
                                   crypto::fingerprint(manifest.source.publicKey)};
                return first.error();
            }
            if (options.allowMassDelete) {
                check.refusal = ImportCheck::Refusal::Other;
                return first.error();
            }
            // What the import would do if the deletes were allowed: the numbers for the question
            // and the preview that follows a yes.
            ImportOptions allowed = options;
            allowed.allowMassDelete = true;
            auto second = importBundle(ws, bundlePath, allowed);
            if (!second)
                return second.error();
            const MassDeleteCount& counted = second->massDelete;
            check.refusal = ImportCheck::Refusal::MassDelete;
            check.massDelete = {manifest.source.deviceName, counted.deleted, counted.liveBefore, counted.earlierDeleted,
                                counted.earlierBundles};
            check.summary = std::move(*second);
            return first.error();
        });
    if (!ran) {
        check.error = ran.error();
        if (check.refusal == ImportCheck::Refusal::None && ran.error().kind == Error::Kind::Conflict)
            check.refusal = ImportCheck::Refusal::Other;
        if (check.refusal != ImportCheck::Refusal::MassDelete)
            check.summary.reset();
    }
    return check;
}

Result<ImportSummary> runImport(QWidget* parent, WorkspaceSession& session, const QString& bundlePath, ImportOptions options)
{
    options.dryRun = false;
    std::optional<ImportSummary> summary;
    const Status ran = runOnOwnConnection(parent, session, SyncTasksTr::tr("Import a bundle"), SyncTasksTr::tr("Importing the bundle…"),
                                          [&](Workspace& ws, const ProgressCallback& progress) -> Status {
                                              options.progress = progress;
                                              auto result = importBundle(ws, bundlePath, options);
                                              if (!result)
                                                  return result.error();
                                              summary = std::move(*result);
                                              return {};
                                          });
    if (!ran)
        return ran.error();
    return std::move(*summary);
}

Result<ExportSummary> runExport(QWidget* parent, WorkspaceSession& session, ExportOptions options)
{
    std::optional<ExportSummary> summary;
    const Status ran = runOnOwnConnection(parent, session, SyncTasksTr::tr("Export a bundle"), SyncTasksTr::tr("Writing the bundle…"),
                                          [&](Workspace& ws, const ProgressCallback& progress) -> Status {
                                              options.progress = progress;
                                              auto result = exportBundle(ws, options);
                                              if (!result)
                                                  return result.error();
                                              summary = std::move(*result);
                                              return {};
                                          });
    if (!ran)
        return ran.error();
    return std::move(*summary);
}

Status decryptBundle(QWidget* parent, const QString& bundlePath, const QString& plainPath, const QString& passphrase)
{
    return runInBackground(parent, SyncTasksTr::tr("Import a bundle"), SyncTasksTr::tr("Opening the protected bundle…"),
                           [&](const ProgressCallback& progress) -> Status {
                               SCORE_TRY(crypto::decryptFile(bundlePath, plainPath, passphrase, bundle::kMaxTotalBytes));
                               if (!progress(0, 0))
                                   return Error::cancelled(SyncTasksTr::tr("Opening the bundle was cancelled."));
                               return {};
                           });
}

}  // namespace score
