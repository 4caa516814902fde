#pragma once
// Sync ▸ Exchange: send work (a bundle of everything, or of what one device has not seen yet,
// optionally limited to the current enterprise or its cohort, optionally protected by a
// passphrase) and receive it (pick a bundle or drop it on the window; a preview comes first).
// Below: the bundles imported here and what this workspace holds.

#include "session/WorkspaceSession.h"
#include "sync/BundleExporter.h"
#include "views/sync/ImportFlow.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QVBoxLayout;

namespace score {

class ClockNotice;
class ReceivedBundleModel;
class SyncPrompter;

class ExchangePage final : public QWidget {
    Q_OBJECT

public:
    ExchangePage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent = nullptr);

    // The whole import, from the passphrase to the reload; the outcome also shows on the page.
    ImportFlow::Result importBundle(const QString& path);
    // Asks for a file, then exports with the options chosen on the page.
    void exportBundle();

    // Export choices, also for tests: a peer's device id (empty: everything), the scope, the
    // passphrase (empty: none).
    enum class Scope { Workspace, Enterprise, Cohort };
    void setTarget(const QString& deviceId);
    void setScope(Scope scope);
    void setPassphrase(const QString& passphrase);
    const std::optional<ExportSummary>& lastExport() const { return m_lastExport; }
    QString suggestedFileName() const;

    void setActive(bool active);
    void refresh();

signals:
    void conflictsRequested();

private:
    QWidget* buildSend();
    QWidget* buildReceive();
    QWidget* buildReceived();
    QWidget* buildHoldings();
    void chooseAndImport();
    void updateIdentity();
    void updatePeers();
    void updateScope();
    void updateExportButton();
    void updateHoldings();
    void showOutcome(const QString& html, bool problem);
    // While an export or an import runs (the window stays live), neither can be started again.
    void setBusy(bool busy);

    WorkspaceSession* m_session;
    SyncPrompter* m_prompter;
    bool m_active = false;
    bool m_stale = true;
    bool m_busy = false;
    std::optional<ExportSummary> m_lastExport;

    QLabel* m_identity = nullptr;
    ClockNotice* m_clockNotice = nullptr;
    QLabel* m_unshared = nullptr;
    QLabel* m_outcome = nullptr;
    QRadioButton* m_everything = nullptr;
    QRadioButton* m_forDevice = nullptr;
    QComboBox* m_peers = nullptr;
    QComboBox* m_scope = nullptr;
    QCheckBox* m_protect = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_passphraseNote = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    ReceivedBundleModel* m_received = nullptr;
    QTableView* m_receivedTable = nullptr;
    QLabel* m_receivedEmpty = nullptr;
    QGridLayout* m_holdings = nullptr;
    QVBoxLayout* m_holdingNotes = nullptr;  // the sentences below the counts
    QWidget* m_holdingsBox = nullptr;
};

}  // namespace score
