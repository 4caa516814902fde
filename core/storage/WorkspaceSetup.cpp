#include "storage/WorkspaceSetup.h"

#include "storage/BuiltinContent.h"

#include <QFile>
#include <QSysInfo>

namespace score {

Result<std::unique_ptr<Workspace>> createWorkspace(const QString& path, const QString& deviceName, const QString& userName,
                                                   const WorkspaceOptions& options)
{
    auto ws = Workspace::create(path, deviceName.isEmpty() ? defaultDeviceName() : deviceName,
                                userName.isEmpty() ? defaultUserName() : userName, options);
    if (!ws)
        return ws.error();
    if (auto s = installBuiltinContent(**ws); !s) {
        ws->reset();
        removeWorkspaceFiles(path);
        return s.error();
    }
    return ws;
}

void removeWorkspaceFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QString defaultDeviceName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("laptop") : host;
}

QString defaultUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("SCORE user") : user;
}

}  // namespace score
