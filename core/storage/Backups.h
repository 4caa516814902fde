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

// The workspace as it is now, held by a read transaction on a second connection: under WAL that
// connection keeps seeing this state while the workspace's own connection writes. A change can so
// decide only at its end whether it needs a backup of the state before it, and a re-import that
// changes nothing copies nothing (on a large workspace the copy is a fifth of the re-import).
class BackupSnapshot {
public:
    // Call before the change begins its write transaction.
    static Result<BackupSnapshot> hold(const QString& workspacePath);
    // Writes the held state as a new backup (see Backups::create); ends the hold.
    Result<QString> save(const QString& reason);

private:
    QString m_workspacePath;
    Database m_db;
};

}  // namespace score
