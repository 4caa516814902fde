#pragma once
// Every setting of the desktop app, typed and defaulted in one place (QSettings underneath).
// A settings version is stored; migrate() upgrades older layouts step by step.

#include "session/Role.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace score {

// What a file dialog is for; each purpose remembers the folder last used for it.
enum class FilePurpose { Bundles, Reports, Photos, Workspaces, Spreadsheets };

class AppSettings {
public:
    AppSettings();
    // Settings kept in the INI file `path` instead of the user's (tests).
    explicit AppSettings(const QString& path);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString& path);
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path);

    // The way of working chosen on this computer; until one is chosen, a workspace opens in the
    // role of the person it belongs to.
    bool hasRole() const;
    Role role() const;
    void setRole(Role role);
    // Empty: follow the system's language.
    QString language() const;
    void setLanguage(const QString& language);
    QString lastView() const;
    void setLastView(const QString& view);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // The folder last chosen in a file dialog for `purpose`; by default the user's Documents.
    QString lastFolder(FilePurpose purpose) const;
    void setLastFolder(FilePurpose purpose, const QString& folder);

    // The user's Documents folder (as the desktop names it), whether or not it exists yet.
    static QString documentsFolder();
    // Where the demo workspace goes.
    static QString demoWorkspacePath();

private:
    void migrate();
    mutable QSettings m_settings;
};

}  // namespace score
