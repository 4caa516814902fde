#include "util/Clock.h"

namespace score {

QString Clock::nowIso() const { return isoFromMs(nowMs()); }

QString Clock::isoFromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

qint64 SystemClock::nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

}  // namespace score
