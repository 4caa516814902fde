#pragma once
// Every question the sync view asks a person — which file, which passphrase, import or not,
// trust a changed key, allow a mass delete, restore a backup — behind one interface. The view
// uses DialogPrompter; tests script the answers instead of clicking through message boxes.

#include "storage/Backups.h"
#include "sync/BundleImporter.h"

#include <QString>

#include <optional>

class QWidget;

namespace score {

// A known device signed a bundle with another key than before.
struct KeyChange {
    QString deviceName;
    QString userName;
    QString knownFingerprint;
    QString newFingerprint;
};

// An import that would delete a large share of the records here, alone or with the bundles
// from the same device imported in the last day (MassDeleteCount).
struct MassDelete {
    QString sender;  // device name
    qint64 deleted = 0;
    qint64 records = 0;         // alive records here before the import, or before the earlier bundles
    qint64 earlierDeleted = 0;  // deleted by those earlier bundles
    int earlierBundles = 0;
};

// What an import would do, from a dry run, for the person to decide.
struct ImportPreview {
    QString fileName;
    qint64 fileSize = 0;
    bool encrypted = false;
    ImportSummary summary;
    bool senderKnown = false;       // bundles from this device were imported here before
    bool trustsNewKey = false;      // the person chose to trust a changed key
    bool allowsMassDelete = false;  // the person agreed to a mass delete
};

class SyncPrompter {
public:
    virtual ~SyncPrompter() = default;

    // Empty when the person cancels.
    virtual QString chooseBundleToImport(QWidget* parent, const QString& folder) = 0;
    virtual QString chooseExportFile(QWidget* parent, const QString& suggestedPath) = 0;
    // `problem`: why it is asked again (a wrong passphrase), or empty. nullopt: cancelled.
    virtual std::optional<QString> askPassphrase(QWidget* parent, const QString& fileName, const QString& problem) = 0;
    // True only when the person insists on trusting the new key.
    virtual bool confirmChangedKey(QWidget* parent, const KeyChange& change) = 0;
    virtual bool confirmMassDelete(QWidget* parent, const MassDelete& deletion) = 0;
    // True: import; false: cancel (nothing is written).
    virtual bool reviewImport(QWidget* parent, const ImportPreview& preview) = 0;
    virtual bool confirmRestore(QWidget* parent, const BackupInfo& backup) = 0;
    virtual void showError(QWidget* parent, const QString& message) = 0;
};

// The real thing: file dialogs, message boxes and the import preview dialog.
class DialogPrompter final : public SyncPrompter {
public:
    QString chooseBundleToImport(QWidget* parent, const QString& folder) override;
    QString chooseExportFile(QWidget* parent, const QString& suggestedPath) override;
    std::optional<QString> askPassphrase(QWidget* parent, const QString& fileName, const QString& problem) override;
    bool confirmChangedKey(QWidget* parent, const KeyChange& change) override;
    bool confirmMassDelete(QWidget* parent, const MassDelete& deletion) override;
    bool reviewImport(QWidget* parent, const ImportPreview& preview) override;
    bool confirmRestore(QWidget* parent, const BackupInfo& backup) override;
    void showError(QWidget* parent, const QString& message) override;
};

// Sentences shared by the dialogs and the tests.
QString massDeleteQuestion(const MassDelete& deletion);
QString changedKeyWarning(const KeyChange& change);

}  // namespace score
