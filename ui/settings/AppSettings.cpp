#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace score {

namespace {
constexpr int kSettingsVersion = 1;
constexpr int kMaxRecent = 8;
}  // namespace

AppSettings::AppSettings() { migrate(); }

AppSettings::AppSettings(const QString& path) : m_settings(path, QSettings::IniFormat) { migrate(); }

void AppSettings::migrate()
{
    const int version = m_settings.value(QStringLiteral("settingsVersion"), 0).toInt();
    if (version < 1) {
        // Version 1 is the first layout; nothing older to convert.
        m_settings.setValue(QStringLiteral("settingsVersion"), kSettingsVersion);
    }
}

QString AppSettings::lastWorkspace() const { return m_settings.value(QStringLiteral("workspace/last")).toString(); }
void AppSettings::setLastWorkspace(const QString& path) { m_settings.setValue(QStringLiteral("workspace/last"), path); }

QStringList AppSettings::recentWorkspaces() const
{
    QStringList existing;
    for (const QString& p : m_settings.value(QStringLiteral("workspace/recent")).toStringList())
        if (QFileInfo::exists(p))
            existing << p;
    return existing;
}

void AppSettings::addRecentWorkspace(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = m_settings.value(QStringLiteral("workspace/recent")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("workspace/recent"), recent);
    setLastWorkspace(absolute);
}

bool AppSettings::hasRole() const { return m_settings.contains(QStringLiteral("ui/role")); }
Role AppSettings::role() const
{
    return roleFromName(m_settings.value(QStringLiteral("ui/role"), QStringLiteral("counsellor")).toString());
}
void AppSettings::setRole(Role role) { m_settings.setValue(QStringLiteral("ui/role"), roleName(role)); }
QString AppSettings::language() const { return m_settings.value(QStringLiteral("ui/language")).toString(); }
void AppSettings::setLanguage(const QString& language) { m_settings.setValue(QStringLiteral("ui/language"), language); }
QString AppSettings::lastView() const { return m_settings.value(QStringLiteral("ui/lastView")).toString(); }
void AppSettings::setLastView(const QString& view) { m_settings.setValue(QStringLiteral("ui/lastView"), view); }

QByteArray AppSettings::windowGeometry() const { return m_settings.value(QStringLiteral("window/geometry")).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) { m_settings.setValue(QStringLiteral("window/geometry"), geometry); }
QByteArray AppSettings::windowState() const { return m_settings.value(QStringLiteral("window/state")).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& state) { m_settings.setValue(QStringLiteral("window/state"), state); }

namespace {
// Bundles and reports keep the keys they had before the other purposes were remembered.
QString folderKey(FilePurpose purpose)
{
    switch (purpose) {
    case FilePurpose::Bundles: return QStringLiteral("sync/folder");
    case FilePurpose::Reports: return QStringLiteral("reports/folder");
    case FilePurpose::Photos: return QStringLiteral("photos/folder");
    case FilePurpose::Workspaces: return QStringLiteral("workspace/folder");
    case FilePurpose::Spreadsheets: return QStringLiteral("sheets/folder");
    }
    return QStringLiteral("files/folder");
}
}  // namespace

QString AppSettings::lastFolder(FilePurpose purpose) const { return m_settings.value(folderKey(purpose), documentsFolder()).toString(); }
void AppSettings::setLastFolder(FilePurpose purpose, const QString& folder) { m_settings.setValue(folderKey(purpose), folder); }

QString AppSettings::documentsFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return folder;
}

QString AppSettings::demoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/demo.scoredesk");
}

}  // namespace score
