#pragma once
// Sync ▸ Conflicts: the values that lost a merge. For the chosen one, both values in full with
// who set them and when; "Apply the other value" makes the losing value win (a new edit that
// travels with the next bundle), "Dismiss" keeps what is there.

#include "session/WorkspaceSession.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace score {

class ConflictModel;
class SyncPrompter;

class ConflictsPage final : public QWidget {
    Q_OBJECT

public:
    ConflictsPage(WorkspaceSession& session, SyncPrompter& prompter, QWidget* parent = nullptr);

    ConflictModel* model() const { return m_model; }
    void select(int row);
    // The chosen conflict: its other value becomes the value (false and a message if refused).
    bool applyOther();
    bool dismiss();
    void setActive(bool active);

private:
    qint64 currentId() const;
    void listChanged();
    void showCurrent();

    WorkspaceSession* m_session;
    SyncPrompter* m_prompter;
    ConflictModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QCheckBox* m_showReviewed;
    QWidget* m_detail;
    QLabel* m_detailTitle;
    QLabel* m_keptHeading;
    QLabel* m_otherHeading;
    QPlainTextEdit* m_kept;
    QPlainTextEdit* m_other;
    QPushButton* m_apply;
    QPushButton* m_dismiss;
};

}  // namespace score
