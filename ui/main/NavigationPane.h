#pragma once
// The left pane: a filter box over the tree of cohorts and enterprises. Choosing an enterprise
// makes it the session's current enterprise. Its context menu adds, changes, moves, archives and
// deletes cohorts and enterprises; an empty workspace shows what to do first instead of a tree.

#include "session/WorkspaceSession.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace score {

class NavigationModel;

class NavigationPane final : public QWidget {
    Q_OBJECT

public:
    explicit NavigationPane(WorkspaceSession& session, QWidget* parent = nullptr);
    void focusFilter();
    // The cohort in view: the one chosen in the tree, or the current enterprise's.
    QString currentCohort() const;
    QTreeView* tree() const { return m_tree; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCurrent(const QString& enterpriseId);
    void showContextMenu(const QPoint& at);
    void updateEmptyState();

    WorkspaceSession* m_session;
    NavigationModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QStackedWidget* m_pages;
    QWidget* m_empty;
    bool m_following = false;  // showing the session's choice, not making one
};

}  // namespace score
