#include "storage/ClockRepair.h"

#include <QCoreApplication>

#include <map>

namespace score {

namespace {
struct ClockRepairTr {
    Q_DECLARE_TR_FUNCTIONS(score::ClockRepair)
};

QString dateText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }
}  // namespace

std::optional<qint64> ownStampsAheadOfClock(Workspace& ws)
{
    const qint64 latest = hlcMillis(ws.hlc().last());
    if (latest > ws.clock().nowMs() + kMaxClockSkewMs)
        return latest;
    return std::nullopt;
}

Result<RestampSummary> restampOwnFutureChanges(Workspace& ws)
{
    const QUuid self = ws.device().deviceId;
    const Hlc limit = makeHlc(ws.clock().nowMs() + kMaxClockSkewMs, 0xFFFF);
    RestampSummary summary;
    const Hlc before = ws.hlc().last();
    SCORE_TRY(ws.begin());
    auto result = [&]() -> Status {
        // First pass: this device's future stamps, and the newest stamp that stays (the floor
        // the clock starts again from, so a re-stamped change still follows all it has seen).
        std::map<Hlc, Hlc> renamed;
        Hlc floor = makeHlc(ws.clock().nowMs(), 0);
        Stamp othersAhead;
        for (const EntitySpec& spec : EntitySchema::instance().entities()) {
            SCORE_TRY(ws.store().forEach(spec, [&](const RecordState& r) {
                for (const auto& [device, hlc] : r.vv.entries()) {
                    if (hlc <= limit)
                        floor = std::max(floor, hlc);
                    else if (device == self)
                        renamed.emplace(hlc, 0);
                    else if (othersAhead.isNull())
                        othersAhead = Stamp{hlc, device};
                }
                return true;
            }));
        }
        if (!othersAhead.isNull())
            return Error::refused(ClockRepairTr::tr("Other devices' changes are also dated after this computer's date (up to %1, "
                                                    "today is %2 here): this computer's clock is probably the wrong one. Set its "
                                                    "date first; nothing was re-stamped.")
                                      .arg(dateText(hlcMillis(othersAhead.hlc)), dateText(ws.clock().nowMs())));
        ws.hlc().resetTo(floor);
        for (auto& [old, fresh] : renamed) {  // in their original order
            summary.claimedMs = std::max(summary.claimedMs, hlcMillis(old));
            fresh = ws.hlc().tick();
        }
        summary.changes = static_cast<qint64>(renamed.size());
        auto fix = [&](Stamp& s) {
            if (s.device != self)
                return false;
            const auto it = renamed.find(s.hlc);
            if (it == renamed.end())
                return false;
            s.hlc = it->second;
            return true;
        };
        // Second pass: rewrite the records that carry them (stamps, version vector, lost set alike).
        std::vector<RecordState> changed;
        if (!renamed.empty()) {
            for (const EntitySpec& spec : EntitySchema::instance().entities()) {
                SCORE_TRY(ws.store().forEach(spec, [&](const RecordState& r) {
                    if (r.vv.get(self) <= limit)
                        return true;
                    RecordState fixed = r;
                    for (Stamp& s : fixed.stamps)
                        fix(s);
                    fix(fixed.deletedStamp);
                    fix(fixed.restoredStamp);
                    VersionVector vv;
                    for (const auto& [device, hlc] : r.vv.entries()) {
                        Stamp s{hlc, device};
                        fix(s);
                        vv.raise(device, s.hlc);
                    }
                    fixed.vv = vv;
                    // The lost set names stamps too (rarely this device's own future ones).
                    LostStamps lost;
                    for (LostStamp e : r.lost.entries()) {
                        fix(e.stamp);
                        lost.add(e.field, e.stamp);
                    }
                    fixed.lost = lost;
                    changed.push_back(std::move(fixed));
                    return true;
                }));
            }
        }
        for (const RecordState& r : changed)
            SCORE_TRY(ws.store().update(r));
        summary.records = static_cast<qint64>(changed.size());
        return ws.setStoredClock(ws.hlc().last());
    }();
    if (!result.ok()) {
        ws.rollback();
        ws.hlc().resetTo(before);
        return result.error();
    }
    if (auto committed = ws.commit(); !committed) {
        ws.hlc().resetTo(before);
        return committed.error();
    }
    return summary;
}

}  // namespace score
