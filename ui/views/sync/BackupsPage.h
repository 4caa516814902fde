#pragma once
// Sync ▸ Backups: the automatic copies of this workspace (before imports, upgrades, restores)
// and bringing one back. A restore first backs up the current state, then continues as a new
// device, so that changes already sent from here are not lost to colleagues.

#include "session/WorkspaceSession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace score {

class BackupModel;
class SyncPrompter;

class BackupsPage final : public QWidget {
    Q_OBJECT

public:
    BackupsPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent = nullptr);

    BackupModel* model() const { return m_model; }
    void select(int row);
    // Asks, then restores the chosen backup; false when cancelled or refused.
    bool restoreSelected();
    void refresh();

private:
    void updateButtons();
    void showOutcome(const QString& text, bool problem);

    WorkspaceSession* m_session;
    SyncPrompter* m_prompter;
    BackupModel* m_model;
    QLabel* m_folder;
    QLabel* m_outcome;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_restore;
    QPushButton* m_open;
};

}  // namespace score
