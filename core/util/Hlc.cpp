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
    const QByteArray ra = a.toRfc4122();
    const QByteArray rb = b.toRfc4122();
    return std::memcmp(ra.constData(), rb.constData(), 16);
}

}  // namespace score
