#include "util/Hlc.h"

#include <cstring>

namespace score {

Hlc HybridClock::tick()
{
    const qint64 wallMs = m_wall->nowMs();
    const qint64 lastMs = hlcMillis(m_last);
    if (wallMs > lastMs) {
        m_last = makeHlc(wallMs, 0);
    } else {
        const quint32 counter = static_cast<quint32>(m_last & 0xFFFF);
        m_last = counter < 0xFFFF ? m_last + 1 : makeHlc(lastMs + 1, 0);
    }
    return m_last;
}

void HybridClock::observe(Hlc remote)
{
    if (remote > m_last)
        m_last = remote;
}

int compareDevices(const QUuid& a, const QUuid& b)
{
    // The same order as comparing the 16 bytes in network order (RFC 4122), without allocating.
    if (a.data1 != b.data1)
        return a.data1 < b.data1 ? -1 : 1;
    if (a.data2 != b.data2)
        return a.data2 < b.data2 ? -1 : 1;
    if (a.data3 != b.data3)
        return a.data3 < b.data3 ? -1 : 1;
    return std::memcmp(a.data4, b.data4, sizeof a.data4);
}

}  // namespace score
