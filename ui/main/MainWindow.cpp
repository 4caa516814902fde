#include "main/MainWindow.h"

#include "i18n/Language.h"
#include "main/NavigationPane.h"
#include "main/WindowPlacement.h"
#include "storage/ClockRepair.h"
#include "views/programme/ProgrammeActions.h"
#include "widgets/EmptyState.h"
#include "widgets/FittingToolBar.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace score {

MainWindow::MainWindow(WorkspaceSession& session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_session(&session), m_settings(&settings)
{
    setWindowTitle(tr("%1 — SCORE Desk").arg(QFileInfo(session.path()).completeBaseName()));
    setWindowIcon(appIcon("score-desk"));
    setAcceptDrops(true);
    setObjectName(QStringLiteral("MainWindow"));

    m_navigation = new NavigationPane(session, this);
    auto* dock = new QDockWidget(tr("Enterprises"), this);
    dock->setObjectName(QStringLiteral("NavigationDock"));
    dock->setWidget(m_navigation);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_entries = viewEntries();
    m_views.assign(m_entries.size(), nullptr);
    m_noEnterprise = new EmptyState(tr("No enterprise yet"), QString(), m_stack);
    m_noEnterprise->addButton(tr("New enterprise…"), [this] { programme::newEnterprise(*m_session, this, m_navigation->currentCohort()); });
    m_noEnterprise->addButton(tr("New cohort…"), [this] { programme::newCohort(*m_session, this); });
    m_noEnterprise->addButton(tr("Import from a spreadsheet…"), [this] { importSpreadsheet(); });
    m_stack->addWidget(m_noEnterprise);

    buildToolBar();
    buildMenus();
    buildStatusBar();

    connect(&session, &WorkspaceSession::editFailed, this, &MainWindow::showError);
    connect(&session, &WorkspaceSession::syncStatusChanged, this, &MainWindow::updateStatus);
    connect(&session, &WorkspaceSession::roleChanged, this, &MainWindow::applyRole);
    // The first enterprise added (or the last one deleted) changes what the views can show.
    connect(&session, &WorkspaceSession::recordsChanged, this, &MainWindow::showCurrentPage);
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &MainWindow::showCurrentPage);

    placeWindow(*this, settings.windowGeometry(), QSize(1280, 800));
    restoreState(settings.windowState());
    applyRole(session.role());
    if (!showView(settings.lastView()))
        showView(viewOrder(session.role()).value(0));  // the role's first view
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    // Words beside the icons while they fit; a small laptop's screen gets the icons.
    auto* bar = new FittingToolBar(tr("Views"), this);
    addToolBar(bar);
    m_viewBar = bar;
    bar->setObjectName(QStringLiteral("ViewsToolBar"));
    bar->setMovable(false);
    m_viewGroup = new QActionGroup(this);
    // Shortcuts and tooltips come with the role's order (orderViews).
    for (const ViewEntry& entry : m_entries) {
        auto* action = new QAction(entry.icon, entry.title, this);
        action->setCheckable(true);
        action->setData(entry.name);
        connect(action, &QAction::triggered, this, [this, name = entry.name] { showView(name); });
        m_viewGroup->addAction(action);
        bar->addAction(action);
        m_viewActions.push_back(action);
    }
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_viewBarEnd = bar->addWidget(spacer);
    const QString workingAs = tr("Working as ");
    bar->addOptionalWidget(new QLabel(workingAs, bar));
    m_roleBox = new QComboBox(bar);
    m_roleBox->setAccessibleName(tr("Role"));
    m_roleBox->setToolTip(workingAs.trimmed());  // the label goes first when the bar is short
    for (Role role : {Role::Counsellor, Role::Manager, Role::Trainer})
        m_roleBox->addItem(roleLabel(role), roleName(role));
    m_roleBox->setCurrentIndex(m_roleBox->findData(roleName(m_session->role())));
    connect(m_roleBox, &QComboBox::currentIndexChanged, this, [this] {
        const Role role = roleFromName(m_roleBox->currentData().toString());
        m_settings->setRole(role);
        m_session->setRole(role);
    });
    bar->addWidget(m_roleBox);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* create = file->addMenu(tr("&New"));
    create->addAction(tr("&Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspaceRequested);
    create->addSeparator();
    create->addAction(tr("&Cohort…"), QKeySequence(QStringLiteral("Ctrl+Shift+C")), this,
                      [this] { programme::newCohort(*m_session, this); });
    create->addAction(tr("&Enterprise…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")), this,
                      [this] { programme::newEnterprise(*m_session, this, m_navigation->currentCohort()); });
    create->addAction(tr("&Person…"), QKeySequence(QStringLiteral("Ctrl+Shift+M")), this,
                      [this] { programme::newPerson(*m_session, this); });
    file->addAction(tr("&Open workspace…"), QKeySequence::Open, this, [this] { emit openWorkspaceRequested(QString()); });
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList paths = m_settings->recentWorkspaces();
        for (const QString& path : paths)
            recent->addAction(QFileInfo(path).fileName(), this, [this, path] { emit openWorkspaceRequested(path); })->setToolTip(path);
        recent->setEnabled(!paths.isEmpty());
    });
    file->addAction(tr("Open the &demo workspace"), this, &MainWindow::openDemoRequested);
    file->addSeparator();
    file->addAction(tr("&Import from a spreadsheet…"), this, &MainWindow::importSpreadsheet);
    file->addAction(tr("E&xport to a spreadsheet…"), this, &MainWindow::exportSpreadsheet);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // The only Ctrl+F of the window: the filter of the view in front, else the enterprises'.
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        auto* current = qobject_cast<WorkspaceView*>(m_stack->currentWidget());
        if (!current || !current->focusFilter())
            m_navigation->focusFilter();
    });
    edit->addAction(tr("Find &enterprise"), this, [this] { m_navigation->focusFilter(); });
    edit->addSeparator();
    edit->addAction(tr("&People…"), this, [this] { programme::showPeople(*m_session, this); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    for (QAction* a : m_viewActions)
        view->addAction(a);
    m_viewMenuEnd = view->addSeparator();
    QAction* archived = view->addAction(tr("Show &archived cohorts and enterprises"));
    archived->setCheckable(true);
    archived->setChecked(m_session->showArchived());
    connect(archived, &QAction::toggled, m_session, &WorkspaceSession::setShowArchived);
    buildRoleMenu(view->addMenu(tr("Work &as")));
    buildLanguageMenu(view->addMenu(tr("&Language")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SCORE Desk"), this, [this] {
        QMessageBox::about(this, tr("About SCORE Desk"),
                           tr("<h3>SCORE Desk %1</h3><p>Offline-first workbench for counsellors, enterprise managers and "
                              "trainers of the ILO SCORE programme (Sustaining Competitive and Responsible Enterprises).</p>"
                              "<p>Workspace: %2<br>Device: %3</p>")
                               .arg(QStringLiteral(SCORE_VERSION), m_session->path().toHtmlEscaped(),
                                    m_session->workspace().device().deviceName.toHtmlEscaped()));
    });
}

void MainWindow::buildRoleMenu(QMenu* menu)
{
    // An exclusive group: the check shows the role at work, whether it was chosen here, in the
    // toolbar's combo or on the command line.
    m_roleGroup = new QActionGroup(menu);
    for (Role role : {Role::Counsellor, Role::Manager, Role::Trainer}) {
        QAction* action = menu->addAction(roleLabel(role));
        action->setCheckable(true);
        action->setData(roleName(role));
        m_roleGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, role] { m_roleBox->setCurrentIndex(m_roleBox->findData(roleName(role))); });
    }
}

void MainWindow::buildLanguageMenu(QMenu* menu)
{
    // Every widget would need retranslating to switch at once; a restart is simpler and safe
    // (every edit is already saved), so the choice applies from the next start.
    auto* group = new QActionGroup(menu);
    const QString chosen = m_settings->language();
    auto addChoice = [&](const QString& code, const QString& label) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code == m_settings->language())
                return;
            m_settings->setLanguage(code);
            const QString language = chooseLanguage(code, QLocale::system().uiLanguages());
            QMessageBox::information(this, tr("Language"),
                                     tr("SCORE Desk will speak %1 the next time it starts.").arg(nativeLanguageName(language)));
        });
    };
    addChoice(QString(), tr("As the system (%1)").arg(nativeLanguageName(chooseLanguage(QString(), QLocale::system().uiLanguages()))));
    menu->addSeparator();
    for (const QString& code : availableLanguages())
        addChoice(code, nativeLanguageName(code));
}

void MainWindow::buildStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_unsharedLabel = new QLabel(this);
    m_conflictsLabel = new QLabel(this);
    m_conflictsLabel->setTextFormat(Qt::RichText);
    connect(m_conflictsLabel, &QLabel::linkActivated, this, [this] { showView(QStringLiteral("sync")); });
    // Shown only while this device's own changes are dated ahead of today (its clock was ahead):
    // the Exchange page says what to do.
    m_clockLabel = new QLabel(this);
    m_clockLabel->setTextFormat(Qt::RichText);
    m_clockLabel->hide();
    connect(m_clockLabel, &QLabel::linkActivated, this, [this] { showView(QStringLiteral("sync")); });
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_clockLabel);
    statusBar()->addPermanentWidget(m_unsharedLabel);
    statusBar()->addPermanentWidget(m_conflictsLabel);
}

void MainWindow::updateStatus()
{
    const DeviceIdentity& device = m_session->workspace().device();
    m_workspaceLabel->setText(tr("%1 · device %2 · %3").arg(QFileInfo(m_session->path()).fileName(), device.deviceName, device.userName));
    const qint64 unshared = m_session->unsharedChanges();
    m_unsharedLabel->setText(unshared == 0 ? tr("All changes shared")
                                           : tr("%n change(s) not yet in a bundle", nullptr, static_cast<int>(unshared)));
    const bool clockAhead = ownStampsAheadOfClock(m_session->workspace()).has_value();
    m_clockLabel->setVisible(clockAhead);
    if (clockAhead)
        m_clockLabel->setText(tr("<a href=\"sync\">Changes dated after today: held back</a>"));
    const qint64 conflicts = m_session->openConflicts();
    m_conflictsLabel->setText(conflicts == 0 ? tr("No conflicts")
                                             : tr("<a href=\"sync\">%n conflict(s) to review</a>", nullptr, static_cast<int>(conflicts)));
}

void MainWindow::applyRole(Role role)
{
    const int index = m_roleBox->findData(roleName(role));
    if (index != m_roleBox->currentIndex())
        m_roleBox->setCurrentIndex(index);
    for (QAction* action : m_roleGroup->actions())
        action->setChecked(action->data().toString() == roleName(role));
    orderViews(role);
}

void MainWindow::orderViews(Role role)
{
    // Ctrl+1…7 follow the order shown, so Ctrl+1 is always the first view in the bar, as its
    // tooltip and the View menu say; someone who changes role learns the new order from them.
    int n = 0;
    for (const QString& name : viewOrder(role)) {
        const int index = indexOfView(name);
        if (index < 0)
            continue;
        QAction* action = m_viewActions[static_cast<size_t>(index)];
        m_viewBar->insertAction(m_viewBarEnd, action);  // moves it: an action is in a widget once
        m_viewMenu->insertAction(m_viewMenuEnd, action);
        action->setShortcut(++n <= 9 ? QKeySequence(QStringLiteral("Ctrl+%1").arg(n)) : QKeySequence());
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    }
}

int MainWindow::indexOfView(const QString& name) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].name == name)
            return static_cast<int>(i);
    return -1;
}

WorkspaceView* MainWindow::view(size_t index)
{
    if (!m_views[index]) {
        m_views[index] = m_entries[index].create(*m_session, m_stack);
        m_stack->addWidget(m_views[index]);
    }
    return m_views[index];
}

bool MainWindow::showView(const QString& name)
{
    const int index = indexOfView(name);
    if (index < 0)
        return false;
    m_current = static_cast<size_t>(index);
    m_viewActions[m_current]->setChecked(true);
    m_settings->setLastView(name);
    showCurrentPage();
    return true;
}

void MainWindow::importSpreadsheet() { programme::importSpreadsheet(*m_session, this); }

void MainWindow::exportSpreadsheet() { programme::exportSpreadsheet(*m_session, this); }

void MainWindow::showCurrentPage()
{
    if (m_current >= m_entries.size())
        return;
    const ViewEntry& entry = m_entries[m_current];
    if (entry.needsEnterprise && m_session->enterprises().empty()) {
        m_noEnterprise->setText(tr("%1 shows the work of one enterprise. Add the first enterprise of your cohort, or bring "
                                   "the programme's enterprises in from a spreadsheet.")
                                    .arg(entry.title));
        m_stack->setCurrentWidget(m_noEnterprise);
        return;
    }
    m_stack->setCurrentWidget(view(m_current));
}

QString MainWindow::currentViewName() const { return m_current < m_entries.size() ? m_entries[m_current].name : QString(); }

bool MainWindow::isViewBuilt(const QString& name) const
{
    const int index = indexOfView(name);
    return index >= 0 && m_views[static_cast<size_t>(index)] != nullptr;
}

void MainWindow::takeScreenshot(const QString& view, const QString& path, std::function<void(bool, QString)> done, QSize size)
{
    if (!view.isEmpty() && !showView(view)) {
        QStringList names;
        for (const ViewEntry& entry : m_entries)
            names << entry.name;
        const QString message = tr("There is no view called \"%1\"; the views are: %2.").arg(view, names.join(QStringLiteral(", ")));
        QTimer::singleShot(0, this, [done, message] { done(false, message); });  // always after the event loop runs
        return;
    }
    if (m_session->currentEnterprise().isEmpty())
        m_session->selectDefaults();  // opening a workspace chose them already
    if (auto* current = qobject_cast<WorkspaceView*>(m_stack->currentWidget()))
        current->prepareForScreenshot();
    resize(size);
    show();
    // Let layouts settle and charts animate to their final state before grabbing.
    QPointer<MainWindow> self(this);
    QTimer::singleShot(600, this, [self, path, done, size] {
        if (!self)
            return;
        QApplication::processEvents();
        const QPixmap pixmap = self->grab();
        const bool ok = !pixmap.isNull() && pixmap.save(path, "PNG");
        QString message = ok ? QString() : tr("The screenshot could not be written to %1.").arg(path);
        // A window that cannot be made as small as asked is pictured at its smallest; say so.
        if (ok && self->size() != size)
            message = tr("The window cannot be made %1×%2; it was pictured at %3×%4.")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(self->width())
                          .arg(self->height());
        done(ok, message);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

bool MainWindow::openFile(const QString& path)
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].opensFiles && view(i)->openFile(path)) {
            showView(m_entries[i].name);
            return true;
        }
    }
    showError(
        tr("SCORE Desk cannot open %1 here: open a bundle (.scorebundle) or a workspace (.scoredesk).").arg(QFileInfo(path).fileName()));
    return false;
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.isEmpty())
            continue;
        if (path.endsWith(QStringLiteral(".scoredesk"))) {
            emit openWorkspaceRequested(path);
            return;
        }
        if (openFile(path))
            event->acceptProposedAction();
        return;
    }
}

void MainWindow::showError(const QString& message) { QMessageBox::warning(this, tr("SCORE Desk"), message); }

}  // namespace score
