#include "main/AppController.h"

#include "demo/DemoGenerator.h"
#include "main/NewWorkspaceDialog.h"
#include "main/WelcomeDialog.h"
#include "programme/ProgrammeEditor.h"
#include "storage/ProgrammeDirectory.h"
#include "storage/WorkspaceSetup.h"
#include "tasks/BackgroundTask.h"
#include "widgets/FileDialogs.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

namespace score {

AppController::AppController(AppSettings& settings, QObject* parent) : QObject(parent), m_settings(&settings) {}

AppController::~AppController()
{
    m_window.reset();
    m_session.reset();
}

QWidget* AppController::dialogParent() { return m_window.get(); }

bool AppController::openWorkspace(const QString& path, bool showErrors)
{
    auto ws = Workspace::open(path);
    if (!ws) {
        m_lastError = ws.message();
        if (showErrors)
            QMessageBox::warning(dialogParent(), tr("SCORE Desk"), ws.message());
        return false;
    }
    m_window.reset();
    m_session = std::make_unique<WorkspaceSession>(std::move(*ws));
    m_session->setRole(startingRole());
    m_settings->addRecentWorkspace(path);
    showWindow();
    return true;
}

Role AppController::startingRole()
{
    if (m_settings->hasRole())
        return m_settings->role();
    // Nobody chose a way of working on this computer yet: work as the person this workspace
    // belongs to (`scorectl init --role trainer` opens with the trainer's views).
    ProgrammeDirectory directory(m_session->workspace());
    auto person = directory.devicePerson();
    if (!person || person->isEmpty())
        return Role::Counsellor;
    auto people = m_session->queries().everyone();
    if (people)
        for (const PersonRow& p : *people)
            if (p.id == *person)
                return roleOfPerson(p.role).value_or(Role::Counsellor);
    return Role::Counsellor;
}

void AppController::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    connect(m_window.get(), &MainWindow::newWorkspaceRequested, this, &AppController::newWorkspace);
    connect(m_window.get(), &MainWindow::openDemoRequested, this, &AppController::openDemo);
    connect(m_window.get(), &MainWindow::openWorkspaceRequested, this, [this](const QString& path) {
        if (path.isEmpty())
            chooseAndOpen();
        else
            openWorkspace(path);
    });
    // Start where the role works: the last view, or the one the role needs most.
    m_session->selectDefaults();
    m_window->show();
}

bool AppController::startInteractively()
{
    const QString last = m_settings->lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last) && openWorkspace(last, false))
        return true;
    for (;;) {
        WelcomeDialog welcome(m_settings->recentWorkspaces());
        if (welcome.exec() != QDialog::Accepted)
            return false;
        switch (welcome.choice()) {
        case WelcomeDialog::Choice::OpenDemo: openDemo(); break;
        case WelcomeDialog::Choice::NewWorkspace: newWorkspace(); break;
        case WelcomeDialog::Choice::OpenFile: chooseAndOpen(); break;
        case WelcomeDialog::Choice::OpenRecent: openWorkspace(welcome.recentPath()); break;
        case WelcomeDialog::Choice::None: return false;
        }
        if (m_session)
            return true;
    }
}

void AppController::chooseAndOpen()
{
    const QString path = chooseFileToOpen(dialogParent(), FilePurpose::Workspaces, tr("Open a workspace"),
                                          tr("SCORE Desk workspaces (*.scoredesk);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void AppController::newWorkspace()
{
    NewWorkspaceDialog dialog(*m_settings, dialogParent());
    if (dialog.exec() == QDialog::Accepted)
        openWorkspace(dialog.path());
}

void AppController::openDemo()
{
    const QString path = AppSettings::demoWorkspacePath();
    if (!QFileInfo::exists(path)) {
        const Status made = runInBackground(dialogParent(), tr("Demo workspace"), tr("Preparing the demo workspace…"),
                                            [path](const ProgressCallback& progress) -> Status {
                                                auto ws = createWorkspace(path, defaultDeviceName(), QStringLiteral("Demo user"));
                                                if (!ws)
                                                    return ws.error();
                                                RecordEditor records(**ws);
                                                ProgrammeEditor programme(**ws, records);
                                                if (auto me = programme.adoptDevicePerson(QStringLiteral("Demo user")); !me)
                                                    return me.error();
                                                DemoOptions options;
                                                options.progress = progress;
                                                auto demo = generateDemo(**ws, options);
                                                if (!demo)
                                                    return demo.error();
                                                return {};
                                            });
        if (!made) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            QMessageBox::warning(dialogParent(), tr("SCORE Desk"), made.message());
            return;
        }
    }
    openWorkspace(path);
}

}  // namespace score
