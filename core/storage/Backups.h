#pragma once
// Rotating copies of a workspace taken with SQLite's backup API before risky operations
// (imports, upgrades, restores). They live in "<workspace>.backups/"; the newest `keep` stay.

#include "storage/Database.h"

#include <QDateTime>
#include <QList>

namespace score {

struct BackupInfo {
    QString path;
    QString fileName;
    QDateTime createdAt;  // UTC, from the file name
    QString reason;       // "before-import", "before-upgrade-v1", "before-restore"…
    qint64 size = 0;
};

class Backups {
public:
    static constexpr int kDefaultKeep = 10;

    explicit Backups(QString workspacePath, int keep = kDefaultKeep);

    // Copies the open database into a new backup file and prunes old ones; returns its path.
    Result<QString> create(const Database& db, const QString& reason);
    // Newest first.
    QList<BackupInfo> list() const;
    const QString& folder() const { return m_folder; }

private:
    void prune() const;

    QString m_workspacePath;
    QString m_folder;
    int m_keep;
};

}  // namespace score
