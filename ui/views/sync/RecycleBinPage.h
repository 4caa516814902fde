#pragma once
// Sync ▸ Recycle bin: deleted records, newest first, with who deleted them and when; "Restore"
// brings one back with what was deleted together with it, as an edit that can be undone.

#include "session/WorkspaceSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace score {

class RecycleBinModel;
class SyncPrompter;

class RecycleBinPage final : public QWidget {
    Q_OBJECT

public:
    RecycleBinPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent = nullptr);

    RecycleBinModel* model() const { return m_model; }
    // Selects the row of the model (not of the filtered view) `row`.
    void select(int row);
    bool restoreSelected();
    void setActive(bool active);
    // Puts the keyboard in the filter; false while the bin is empty (no filter shown).
    bool focusFilter();

private:
    void updateButtons();

    WorkspaceSession* m_session;
    SyncPrompter* m_prompter;
    RecycleBinModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_selection;
    QPushButton* m_restore;
};

}  // namespace score
