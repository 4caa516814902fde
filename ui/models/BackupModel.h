#pragma once
// The automatic copies of the workspace (before imports, upgrades and restores), newest first:
// when, why and how large.

#include "session/WorkspaceSession.h"
#include "storage/Backups.h"

#include <QAbstractTableModel>

namespace score {

class BackupModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Reason, Size, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1, SortRole };

    explicit BackupModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const BackupInfo* backupAt(int row) const;
    // "Before an import", "Before upgrading to version 2"…
    static QString reasonText(const QString& reason);
    void reload();

private:
    WorkspaceSession* m_session;
    QList<BackupInfo> m_rows;
};

}  // namespace score
