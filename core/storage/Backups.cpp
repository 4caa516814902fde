#include "storage/Backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace score {

namespace {
struct BackupsTr {
    Q_DECLARE_TR_FUNCTIONS(score::Backups)
};
constexpr auto kStampFormat = "yyyyMMdd-HHmmsszzz";
}  // namespace

Backups::Backups(QString workspacePath, int keep)
    : m_workspacePath(std::move(workspacePath)), m_folder(m_workspacePath + QStringLiteral(".backups")), m_keep(keep)
{
}

Result<QString> Backups::create(const Database& db, const QString& reason)
{
    if (!QDir().mkpath(m_folder))
        return Error::io(BackupsTr::tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
    // Backups are copies of the workspace, people's names and photos included: the folder is
    // its owner's only (the copies themselves are created so by Database).
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QString::fromLatin1(kStampFormat));
    const QString base = QFileInfo(m_workspacePath).completeBaseName();
    QString path = QStringLiteral("%1/%2-%3-%4.scoredesk").arg(m_folder, base, stamp, reason);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1/%2-%3-%4-%5.scoredesk").arg(m_folder, base, stamp, reason).arg(n);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto s = db.backupTo(partial); !s) {
        QFile::remove(partial);
        return Error::io(BackupsTr::tr("The backup could not be written: %1").arg(s.message()));
    }
    // Only a complete copy gets the final name, so a half-written backup is never offered.
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error::io(BackupsTr::tr("The backup could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    }
    prune();
    return path;
}

QList<BackupInfo> Backups::list() const
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{8}-\\d{9})-([a-z0-9-]+?)(-\\d+)?\\.scoredesk$"));
    QList<BackupInfo> result;
    std::vector<std::pair<BackupInfo, int>> ordered;
    const QDir dir(m_folder);
    const auto entries = dir.entryInfoList({QStringLiteral("*.scoredesk")}, QDir::Files, QDir::Name);
    for (const QFileInfo& fi : entries) {
        const auto match = pattern.match(fi.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = fi.absoluteFilePath();
        info.fileName = fi.fileName();
        info.createdAt = QDateTime::fromString(match.captured(1), QString::fromLatin1(kStampFormat));
        info.createdAt.setTimeSpec(Qt::UTC);
        info.reason = match.captured(2);
        info.size = fi.size();
        // Copies made in the same millisecond are numbered -2, -3… in the order they were made.
        const int order = match.hasCaptured(3) ? match.captured(3).mid(1).toInt() : 1;
        ordered.push_back({info, order});
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.first.createdAt != b.first.createdAt ? a.first.createdAt > b.first.createdAt : a.second > b.second;
    });
    for (auto& [info, order] : ordered)
        result.push_back(std::move(info));
    return result;
}

Result<BackupSnapshot> BackupSnapshot::hold(const QString& workspacePath)
{
    BackupSnapshot snapshot;
    snapshot.m_workspacePath = workspacePath;
    auto db = Database::open(workspacePath, Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    snapshot.m_db = std::move(*db);
    SCORE_TRY(snapshot.m_db.execute(u"BEGIN"));
    // A deferred transaction takes its snapshot at its first read.
    auto read = snapshot.m_db.scalar(u"SELECT count(*) FROM sqlite_schema");
    if (!read)
        return read.error();
    return snapshot;
}

Result<QString> BackupSnapshot::save(const QString& reason)
{
    auto saved = Backups(m_workspacePath).create(m_db, reason);
    m_db.close();
    return saved;
}

void Backups::prune() const
{
    const auto all = list();
    for (int i = m_keep; i < all.size(); ++i)
        QFile::remove(all[i].path);
}

}  // namespace score
