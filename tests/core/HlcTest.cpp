#include "util/Hlc.h"
#include "model/StampCodec.h"
#include "model/VersionVector.h"

#include <catch2/catch.hpp>

#include <QHash>

#include <cstring>

using namespace score;

namespace {
// A device table over a plain list, as a bundle's manifest provides.
class ListDevices final : public DeviceTable {
public:
    int numberOf(const QUuid& d) override
    {
        const auto i = m_list.indexOf(d);
        if (i >= 0)
            return static_cast<int>(i);
        m_list << d;
        return static_cast<int>(m_list.size() - 1);
    }
    std::optional<QUuid> deviceAt(int n) const override
    {
        if (n < 0 || n >= m_list.size())
            return std::nullopt;
        return m_list[n];
    }

private:
    QList<QUuid> m_list;
};
}  // namespace

TEST_CASE("HLC stamps always increase, even when the wall clock goes back")
{
    ManualClock wall(1'000'000);
    HybridClock hlc(wall);
    const Hlc a = hlc.tick();
    const Hlc b = hlc.tick();
    REQUIRE(b > a);
    REQUIRE(hlcMillis(a) == 1'000'000);
    wall.setMs(500'000);  // the laptop's clock was set back by hand
    const Hlc c = hlc.tick();
    REQUIRE(c > b);
    REQUIRE(hlcMillis(c) == 1'000'000);
    wall.setMs(2'000'000);
    REQUIRE(hlcMillis(hlc.tick()) == 2'000'000);
}

TEST_CASE("An HLC moves past every stamp it observes")
{
    ManualClock wall(1'000);
    HybridClock hlc(wall);
    const Hlc remote = makeHlc(9'000'000, 7);  // a device whose clock runs far ahead
    hlc.observe(remote);
    REQUIRE(hlc.tick() > remote);
}

TEST_CASE("The HLC counter rolls into the next millisecond instead of overflowing")
{
    ManualClock wall(10);
    HybridClock hlc(wall, makeHlc(10, 0xFFFF));
    const Hlc next = hlc.tick();
    REQUIRE(hlcMillis(next) == 11);
    REQUIRE(next > makeHlc(10, 0xFFFF));
}

TEST_CASE("Stamps order by HLC, then by device id, the same way everywhere")
{
    const QUuid low(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    const QUuid high(QStringLiteral("ffffffff-0000-4000-8000-000000000001"));
    REQUIRE(Stamp{5, high} < Stamp{6, low});
    REQUIRE(Stamp{5, low} < Stamp{5, high});
    REQUIRE(Stamp{5, low} == Stamp{5, low});
}

TEST_CASE("Version vectors raise, merge and dominate")
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    VersionVector x;
    x.raise(a, 10);
    x.raise(a, 5);
    REQUIRE(x.get(a) == 10);
    VersionVector y;
    y.raise(b, 3);
    REQUIRE_FALSE(x.dominates(y));
    x.merge(y);
    REQUIRE(x.dominates(y));
    REQUIRE(x.knows(Stamp{3, b}));
    REQUIRE_FALSE(x.knows(Stamp{4, b}));
}

TEST_CASE("Stamps and version vectors survive their text encoding")
{
    EntitySpec spec;
    spec.name = QStringLiteral("thing");
    for (const char* n : {"a", "b", "c"}) {
        FieldSpec f;
        f.name = QString::fromLatin1(n);
        spec.fields.push_back(f);
    }
    const QUuid d1 = QUuid::createUuid();
    const QUuid d2 = QUuid::createUuid();
    RecordState s(spec, QStringLiteral("id"));
    s.stamps = {Stamp{100, d1}, Stamp{100, d1}, Stamp{250, d2}};
    s.deletedStamp = Stamp{300, d2};
    s.vv.raise(d1, 100);
    s.vv.raise(d2, 300);

    ListDevices devices;
    const QString stamps = encodeStamps(s, devices);
    const QString vv = encodeVersionVector(s.vv, devices);
    REQUIRE(stamps == QStringLiteral("64@0;c=fa@1;_del=12c@1"));

    RecordState back(spec, QStringLiteral("id"));
    REQUIRE(decodeStamps(stamps, back, devices));
    REQUIRE(decodeVersionVector(vv, back.vv, devices));
    REQUIRE(back.stamps == s.stamps);
    REQUIRE(back.deletedStamp == s.deletedStamp);
    REQUIRE(back.vv == s.vv);

    RecordState bad(spec, QStringLiteral("id"));
    REQUIRE_FALSE(decodeStamps(u"64@0;zz=fa@1", bad, devices));
    REQUIRE_FALSE(decodeStamps(u"64@7", bad, devices));
    REQUIRE_FALSE(decodeStamps(u"xyz@0", bad, devices));
    REQUIRE_FALSE(decodeVersionVector(u"0=", bad.vv, devices));
}

TEST_CASE("Device ids compare like their bytes in network order")
{
    for (int i = 0; i < 200; ++i) {
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        const int bytes = std::memcmp(a.toRfc4122().constData(), b.toRfc4122().constData(), 16);
        REQUIRE((compareDevices(a, b) < 0) == (bytes < 0));
        REQUIRE((compareDevices(a, b) == 0) == (bytes == 0));
    }
}
