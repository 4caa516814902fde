#pragma once
// Hybrid logical clock (Kulkarni et al., 2014) packed into 64 bits: 48 bits of wall-clock
// milliseconds and a 16-bit counter. A stamp issued here is greater than every stamp this
// device has issued or seen, whatever the wall clock says, so an edit made after seeing
// another edit always wins over it. A wall clock that jumps backwards never makes it go back.

#include "util/Clock.h"

#include <QUuid>

#include <compare>
#include <cstdint>

namespace score {

using Hlc = quint64;

constexpr qint64 hlcMillis(Hlc h) { return static_cast<qint64>(h >> 16); }
constexpr Hlc makeHlc(qint64 ms, quint32 counter) { return (static_cast<Hlc>(ms) << 16) | (counter & 0xFFFF); }

// The clock policy between devices (README, "What sync guarantees").
// A received change may be stamped at most this far ahead of the receiver's clock. One day
// covers time zones set wrong (at most 14 hours off UTC) and clocks that drift for months,
// yet stops a date typed in the wrong year or a reset battery from dragging every device's
// hybrid clock along; a bundle stamped later is held back, not applied.
constexpr qint64 kMaxClockSkewMs = qint64(24) * 3600 * 1000;
// 3000-01-01T00:00Z. No clock shows a later date by mistake, and stamps must stay far below
// the top of the 64-bit range, where the next tick would overflow: later ones are refused
// outright as damaged or forged.
constexpr qint64 kLatestStampMs = 32503680000000;
constexpr bool isPossibleStamp(Hlc h) { return hlcMillis(h) < kLatestStampMs; }

class HybridClock {
public:
    explicit HybridClock(const Clock& wall, Hlc last = 0) : m_wall(&wall), m_last(last) {}

    // A new stamp for a local change.
    Hlc tick();
    // Takes a stamp received from another device into account.
    void observe(Hlc remote);
    Hlc last() const { return m_last; }
    void setWallClock(const Clock& wall) { m_wall = &wall; }
    // Sets the clock back to `last` (only ClockRepair, after re-stamping a wrong clock's changes).
    void resetTo(Hlc last) { m_last = last; }

private:
    const Clock* m_wall;
    Hlc m_last;
};

// Orders device ids the same way on every machine: by their 16 bytes, big-endian.
int compareDevices(const QUuid& a, const QUuid& b);

// A change stamp: when (HLC) and where (device). The order is total and the same everywhere.
struct Stamp {
    Hlc hlc = 0;
    QUuid device;

    bool isNull() const { return hlc == 0; }
    friend bool operator==(const Stamp& a, const Stamp& b) { return a.hlc == b.hlc && a.device == b.device; }
    friend std::strong_ordering operator<=>(const Stamp& a, const Stamp& b)
    {
        if (a.hlc != b.hlc)
            return a.hlc <=> b.hlc;
        return compareDevices(a.device, b.device) <=> 0;
    }
};

}  // namespace score
