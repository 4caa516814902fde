#pragma once
// Importing a bundle as a person does it: the passphrase if the bundle is protected, a dry run
// whose result is shown before anything is written, explicit questions when the core refused
// to protect data (a changed key, a mass delete), then the import itself in the background.
// Cancelling at any point leaves the workspace exactly as it was.

#include "session/WorkspaceSession.h"
#include "views/sync/SyncPrompter.h"

#include <optional>

class QWidget;

namespace score {

class ImportFlow {
public:
    enum class Outcome { Imported, Cancelled, Failed };
    struct Result {
        Outcome outcome = Outcome::Cancelled;
        std::optional<ImportSummary> summary;
        QString message;  // the refusal or failure, as the core said it
    };

    ImportFlow(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent);

    Result run(const QString& bundlePath);

private:
    Result fail(const QString& message);

    WorkspaceSession* m_session;
    SyncPrompter* m_prompter;
    QWidget* m_parent;
};

}  // namespace score
