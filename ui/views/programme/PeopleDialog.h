#pragma once
// Everyone the workspace knows, in one list with a filter: the programme's counsellors and
// trainers, enterprise managers and improvement team members. Adds, changes and deletes people;
// an empty list says what to do and offers the button that does it.

#include "session/WorkspaceSession.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace score {

class PeopleModel;

class PeopleDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PeopleDialog(WorkspaceSession& session, QWidget* parent = nullptr);

private:
    QString currentId() const;
    void updateButtons();

    WorkspaceSession* m_session;
    PeopleModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_change;
    QPushButton* m_delete;
};

}  // namespace score
