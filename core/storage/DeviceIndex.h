#pragma once
// The workspace's short numbers for device ids (table sync_device), used inside the stored
// sync clocks. Numbers are local to one workspace file and never leave it.

#include "model/StampCodec.h"
#include "storage/Database.h"

#include <QHash>

#include <vector>

namespace score {

class DeviceIndex final : public DeviceTable {
public:
    explicit DeviceIndex(Database& db) : m_db(&db) {}

    Status load();
    int numberOf(const QUuid& device) override;
    std::optional<QUuid> deviceAt(int number) const override;

    // A failed insert leaves the in-memory table ahead of the file; reload after a rollback.
    const Status& lastError() const { return m_lastError; }

private:
    Database* m_db;
    QHash<QUuid, int> m_numbers;
    QHash<int, QUuid> m_devices;
    Status m_lastError;
};

}  // namespace score
