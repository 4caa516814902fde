#include "models/BackupModel.h"

#include <QLocale>
#include <QRegularExpression>

namespace score {

BackupModel::BackupModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    // Backups are taken by imports and restores, which both end with a reload.
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &BackupModel::reload);
}

void BackupModel::reload()
{
    beginResetModel();
    m_rows = Backups(m_session->path()).list();
    endResetModel();
}

int BackupModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int BackupModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const BackupInfo* BackupModel::backupAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

QString BackupModel::reasonText(const QString& reason)
{
    if (reason == u"before-import")
        return tr("Before importing a bundle");
    if (reason == u"before-restore")
        return tr("Before restoring a backup");
    static const QRegularExpression upgrade(QStringLiteral("^before-upgrade-v(\\d+)$"));
    if (const auto m = upgrade.match(reason); m.hasMatch())
        return tr("Before upgrading the workspace from version %1").arg(m.captured(1));
    QString readable = reason;
    readable.replace(u'-', u' ');
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return readable;
}

QVariant BackupModel::data(const QModelIndex& index, int role) const
{
    const BackupInfo* b = index.isValid() ? backupAt(index.row()) : nullptr;
    if (!b)
        return {};
    switch (role) {
    case PathRole: return b->path;
    case SortRole:
        switch (index.column()) {
        case When: return b->createdAt;
        case Size: return b->size;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: {
            // To the second: two backups can be a minute apart (a restore backs up first).
            const QDateTime local = b->createdAt.toLocalTime();
            return tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                    QLocale().toString(local.time(), QStringLiteral("HH:mm:ss")));
        }
        case Reason: return reasonText(b->reason);
        case Size: return QLocale().formattedDataSize(b->size);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: return b->path;
    default: return {};
    }
}

QVariant BackupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("Taken");
    case Reason: return tr("Why");
    case Size: return tr("Size");
    default: return {};
    }
}

}  // namespace score
