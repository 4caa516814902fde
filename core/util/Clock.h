#pragma once
// Wall-clock time as a seam: production code reads the system clock, tests and the demo
// generator inject a manual one so that stamps, dates and ids are reproducible.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace score {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    QDate today() const { return nowUtc().date(); }
    // ISO 8601 with milliseconds and 'Z', the format of every stored timestamp.
    QString nowIso() const;
    static QString isoFromMs(qint64 ms);
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
    static const SystemClock& instance();
};

// A clock that only moves when told to; used by tests and by the demo generator.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 ms = 0) : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void setMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 delta) { m_ms += delta; }
    void setDateTime(const QDateTime& dt) { m_ms = dt.toMSecsSinceEpoch(); }

private:
    qint64 m_ms;
};

}  // namespace score
