#include "models/DeviceModel.h"

#include "crypto/Crypto.h"

#include <QFontDatabase>
#include <QLocale>

namespace score {

namespace {
QString whenIso(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
}  // namespace

DeviceModel::DeviceModel(WorkspaceSession& session, QObject* parent) : QAbstractTableModel(parent), m_session(&session)
{
    reload();
    // Peers are remembered by imports, which always end with a reload of the workspace.
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &DeviceModel::reload);
}

void DeviceModel::reload()
{
    beginResetModel();
    auto rows = SyncState(m_session->workspace()).peers();
    m_rows = rows ? std::move(*rows) : std::vector<PeerDevice>();
    endResetModel();
}

int DeviceModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int DeviceModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeviceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const PeerDevice& p = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case IdRole: return p.deviceId.toString(QUuid::WithoutBraces);
    case SortRole:
        switch (index.column()) {
        case FirstSeen: return p.firstSeen;
        case LastBundle: return p.lastSeen;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Device: return p.deviceName;
        case User: return p.userName;
        case Fingerprint: return crypto::fingerprint(p.publicKey);
        case FirstSeen: return whenIso(p.firstSeen);
        case LastBundle: return whenIso(p.lastSeen);
        default: return {};
        }
    case Qt::FontRole:
        if (index.column() == Fingerprint)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Device)
            return tr("Device id %1").arg(p.deviceId.toString(QUuid::WithoutBraces));
        if (index.column() == Fingerprint)
            return tr("Compare this with the key fingerprint shown on that device (Sync ▸ Devices) to be sure its bundles "
                      "really come from it.");
        return {};
    default: return {};
    }
}

QVariant DeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Device: return tr("Device");
    case User: return tr("User");
    case Fingerprint: return tr("Key fingerprint");
    case FirstSeen: return tr("First seen");
    case LastBundle: return tr("Latest bundle imported");
    default: return {};
    }
}

}  // namespace score
