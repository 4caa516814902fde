#include "views/sync/ImportFlow.h"

#include "crypto/BundleCipher.h"
#include "views/sync/SyncTasks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace score {

namespace {
struct ImportFlowTr {
    Q_DECLARE_TR_FUNCTIONS(score::ImportFlow)
};
}  // namespace

ImportFlow::ImportFlow(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent)
    : m_session(&session), m_prompter(&prompter), m_parent(parent)
{
}

ImportFlow::Result ImportFlow::fail(const QString& message)
{
    m_prompter->showError(m_parent, message);
    return {Outcome::Failed, std::nullopt, message};
}

ImportFlow::Result ImportFlow::run(const QString& bundlePath)
{
    const QFileInfo file(bundlePath);
    if (!file.isFile())
        return fail(ImportFlowTr::tr("There is no bundle at %1.").arg(QDir::toNativeSeparators(bundlePath)));

    // A protected bundle is decrypted once, into a private temporary folder under its own file
    // name (the name the workspace remembers); the dry run and the import both read that copy.
    ImportPreview preview;
    preview.fileName = file.fileName();
    preview.fileSize = file.size();
    preview.encrypted = crypto::isEncryptedBundle(bundlePath);
    QString readable = bundlePath;
    QTemporaryDir plainDir;
    if (preview.encrypted) {
        if (!plainDir.isValid())
            return fail(ImportFlowTr::tr("A temporary folder cannot be created to open the protected bundle."));
        readable = plainDir.filePath(file.fileName());
        QString problem;
        for (;;) {
            const std::optional<QString> passphrase = m_prompter->askPassphrase(m_parent, file.fileName(), problem);
            if (!passphrase)
                return {};
            const Status opened = decryptBundle(m_parent, bundlePath, readable, *passphrase);
            if (opened)
                break;
            if (opened.error().kind == Error::Kind::Cancelled)
                return {};
            if (opened.error().kind != Error::Kind::InvalidInput)
                return fail(opened.message());
            problem = opened.message();  // most often a mistyped passphrase: ask again
        }
    }

    ImportOptions options;
    ImportSummary summary;
    for (;;) {
        ImportCheck check = checkImport(m_parent, *m_session, readable, options);
        if (check.refusal == ImportCheck::Refusal::None && check.summary) {
            summary = std::move(*check.summary);
            preview.senderKnown = check.senderKnown;
            break;
        }
        if (check.error.kind == Error::Kind::Cancelled)
            return {};
        if (check.refusal == ImportCheck::Refusal::ChangedKey) {
            if (!m_prompter->confirmChangedKey(m_parent, check.keyChange))
                return {};
            options.trustChangedKey = true;
            preview.trustsNewKey = true;
            continue;
        }
        if (check.refusal == ImportCheck::Refusal::MassDelete && check.summary) {
            if (!m_prompter->confirmMassDelete(m_parent, check.massDelete))
                return {};
            options.allowMassDelete = true;
            preview.allowsMassDelete = true;
            preview.senderKnown = check.senderKnown;
            summary = std::move(*check.summary);
            break;
        }
        return fail(check.error.message);
    }

    preview.summary = summary;
    if (!m_prompter->reviewImport(m_parent, preview))
        return {Outcome::Cancelled, std::move(summary), QString()};

    auto imported = runImport(m_parent, *m_session, readable, options);
    if (!imported) {
        if (imported.error().kind == Error::Kind::Cancelled)
            return {Outcome::Cancelled, std::nullopt, imported.message()};
        // Nothing was written (the import is one transaction), but the view may hold stale data
        // if the failure came late; reloading is cheap and always right.
        m_session->reloadAfterExternalChange();
        return fail(imported.message());
    }
    m_session->reloadAfterExternalChange();
    return {Outcome::Imported, std::move(*imported), QString()};
}

}  // namespace score
