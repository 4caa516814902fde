#include "storage/DeviceIndex.h"

#include "util/Uuid.h"

namespace score {

Status DeviceIndex::load()
{
    m_numbers.clear();
    m_devices.clear();
    auto stmt = m_db->prepare(u"SELECT idx, device_id FROM sync_device");
    if (!stmt)
        return stmt.error();
    while (stmt->next()) {
        const int number = static_cast<int>(stmt->integer(0));
        const QUuid device(stmt->text(1));
        m_numbers.insert(device, number);
        m_devices.insert(number, device);
    }
    if (!stmt->ok())
        return Error::io(stmt->error());
    return {};
}

int DeviceIndex::numberOf(const QUuid& device)
{
    const auto it = m_numbers.constFind(device);
    if (it != m_numbers.constEnd())
        return it.value();
    const int number = static_cast<int>(m_devices.size());
    auto stmt = m_db->prepare(u"INSERT INTO sync_device (idx, device_id) VALUES (?1, ?2)");
    if (!stmt) {
        m_lastError = stmt.error();
        return -1;
    }
    stmt->bind(1, qint64(number)).bind(2, uuidText(device));
    m_lastError = stmt->exec();
    if (!m_lastError.ok())
        return -1;
    m_numbers.insert(device, number);
    m_devices.insert(number, device);
    return number;
}

std::optional<QUuid> DeviceIndex::deviceAt(int number) const
{
    const auto it = m_devices.constFind(number);
    if (it == m_devices.constEnd())
        return std::nullopt;
    return it.value();
}

}  // namespace score
