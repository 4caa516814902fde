#pragma once
// Which workspace the desktop app has open: starting up (the --db argument, the last workspace,
// or the welcome dialog), opening another one, creating one, or the demo. It owns the session
// and its window.

#include "main/MainWindow.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"

#include <QObject>

#include <memory>

namespace score {

class AppController final : public QObject {
    Q_OBJECT

public:
    explicit AppController(AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // Opens `path` (replacing any open workspace). Errors are shown as sentences; returns success.
    bool openWorkspace(const QString& path, bool showErrors = true);
    // At start-up with no --db: the last workspace, else the welcome dialog. False: user quit.
    bool startInteractively();
    void newWorkspace();
    void chooseAndOpen();
    void openDemo();

    MainWindow* window() { return m_window.get(); }
    WorkspaceSession* session() { return m_session.get(); }
    const QString& lastError() const { return m_lastError; }

private:
    void showWindow();
    Role startingRole();
    QWidget* dialogParent();

    AppSettings* m_settings;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_lastError;
};

}  // namespace score
