#pragma once
// The main window: the navigation pane, the view bar and the current view, menus with
// shortcuts, and a status bar (workspace, device, changes not yet shared, conflicts). It
// arranges views; it holds no data and no business logic.

#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"
#include "views/ViewFactory.h"

#include <QMainWindow>

#include <vector>

class QMenu;
class QActionGroup;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace score {

class EmptyState;
class NavigationPane;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(WorkspaceSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool showView(const QString& name);
    // Offers a file to the views (a bundle goes to the sync view); false if none takes it.
    bool openFile(const QString& path);
    QString currentViewName() const;
    // Views are built when first shown; this one has been (or is the current one).
    bool isViewBuilt(const QString& name) const;
    // Shows `view` with real data selected at `size` (1280×800 unless told), waits until it
    // has painted, writes the PNG and calls `done` with the outcome.
    void takeScreenshot(const QString& view, const QString& path, std::function<void(bool ok, QString message)> done,
                        QSize size = QSize(1280, 800));

signals:
    void newWorkspaceRequested();
    void openWorkspaceRequested(const QString& path);  // empty: ask for a file
    void openDemoRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu* menu);
    void buildToolBar();
    void buildRoleMenu(QMenu* menu);
    void buildStatusBar();
    void updateStatus();
    void applyRole(Role role);
    // The view bar, the View menu and Ctrl+1…7 in the role's order (viewOrder()).
    void orderViews(Role role);
    void showError(const QString& message);
    // The current view, or what to do first when it shows an enterprise's work and there is none.
    void showCurrentPage();
    void importSpreadsheet();
    void exportSpreadsheet();
    int indexOfView(const QString& name) const;
    // The view at `index`, built now if it has not been shown yet.
    WorkspaceView* view(size_t index);

    WorkspaceSession* m_session;
    AppSettings* m_settings;
    NavigationPane* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::vector<ViewEntry> m_entries;
    std::vector<WorkspaceView*> m_views;  // parallel to m_entries; null until first shown
    size_t m_current = 0;                 // the view chosen (shown, or its empty page)
    EmptyState* m_noEnterprise = nullptr;
    std::vector<QAction*> m_viewActions;
    QActionGroup* m_viewGroup = nullptr;
    QComboBox* m_roleBox = nullptr;
    QToolBar* m_viewBar = nullptr;
    QAction* m_viewBarEnd = nullptr;  // the view actions go before it, in the bar
    QMenu* m_viewMenu = nullptr;
    QAction* m_viewMenuEnd = nullptr;  // and before it, in the View menu
    QActionGroup* m_roleGroup = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_unsharedLabel = nullptr;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_conflictsLabel = nullptr;
};

}  // namespace score
