#pragma once
// The left pane: a filter box over the tree of cohorts and enterprises. Choosing an enterprise
// makes it the session's current enterprise.

#include "session/WorkspaceSession.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace score {

class NavigationModel;

class NavigationPane final : public QWidget {
    Q_OBJECT

public:
    explicit NavigationPane(WorkspaceSession& session, QWidget* parent = nullptr);
    void focusFilter();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCurrent(const QString& enterpriseId);

    WorkspaceSession* m_session;
    NavigationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    bool m_following = false;  // showing the session's choice, not making one
};

}  // namespace score
