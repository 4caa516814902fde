#pragma once
// The sync work that runs off the GUI thread, with a cancellable progress dialog. Each call
// opens its own connection to the workspace file (SQLite connections stay on their thread),
// with the session's clock, and closes it when done; the session reloads afterwards.

#include "session/WorkspaceSession.h"
#include "sync/BundleExporter.h"
#include "sync/BundleImporter.h"
#include "views/sync/SyncPrompter.h"

#include <functional>

class QWidget;

namespace score {

// Runs `work` on a worker thread with a connection of its own to the session's workspace.
Status runOnOwnConnection(QWidget* parent, WorkspaceSession& session, const QString& title, const QString& label,
                          const std::function<Status(Workspace& ws, const ProgressCallback& progress)>& work);

// A dry run of an import, and — when the core refused it to protect data — why.
struct ImportCheck {
    enum class Refusal { None, ChangedKey, MassDelete, Other };
    Refusal refusal = Refusal::None;
    Error error;                           // when the dry run failed
    std::optional<ImportSummary> summary;  // when it succeeded (or would, once a mass delete is allowed)
    bool senderKnown = false;
    KeyChange keyChange;
    MassDelete massDelete;
};

// Dry run of importing `bundlePath` (a plain bundle) with `options` (dryRun is forced).
ImportCheck checkImport(QWidget* parent, WorkspaceSession& session, const QString& bundlePath, ImportOptions options);

Result<ImportSummary> runImport(QWidget* parent, WorkspaceSession& session, const QString& bundlePath, ImportOptions options);
Result<ExportSummary> runExport(QWidget* parent, WorkspaceSession& session, ExportOptions options);

// Decrypts a passphrase-protected bundle into `plainPath` in the background.
Status decryptBundle(QWidget* parent, const QString& bundlePath, const QString& plainPath, const QString& passphrase);

}  // namespace score
