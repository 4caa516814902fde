#pragma once
// Every setting of the desktop app, typed and defaulted in one place (QSettings underneath).
// A settings version is stored; migrate() upgrades older layouts step by step.

#include "session/Role.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace score {

class AppSettings {
public:
    AppSettings();

    QString lastWorkspace() const;
    void setLastWorkspace(const QString& path);
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString& path);

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

    QString bundleFolder() const;
    void setBundleFolder(const QString& folder);
    QString reportFolder() const;
    void setReportFolder(const QString& folder);

    // Where new workspaces and the demo go by default.
    static QString defaultWorkspaceFolder();
    static QString demoWorkspacePath();

private:
    void migrate();
    mutable QSettings m_settings;
};

}  // namespace score
