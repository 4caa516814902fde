#pragma once
// The devices whose bundles were imported into this workspace: their names, the fingerprint
// of the key that signs their bundles (trusted on first use), when they were first seen and
// when their latest bundle arrived.

#include "session/WorkspaceSession.h"
#include "storage/SyncState.h"

#include <QAbstractTableModel>

namespace score {

class DeviceModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Device, User, Fingerprint, FirstSeen, LastBundle, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, SortRole };

    explicit DeviceModel(WorkspaceSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const std::vector<PeerDevice>& devices() const { return m_rows; }
    void reload();

private:
    WorkspaceSession* m_session;
    std::vector<PeerDevice> m_rows;
};

}  // namespace score
