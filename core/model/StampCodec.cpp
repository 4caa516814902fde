#include "model/StampCodec.h"

namespace score {

QString hlcHex(Hlc hlc) { return QString::number(hlc, 16); }

std::optional<Hlc> parseHlcHex(QStringView text)
{
    if (text.isEmpty() || text.size() > 16)
        return std::nullopt;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return std::nullopt;
    bool ok = false;
    const Hlc value = text.toULongLong(&ok, 16);
    if (!ok || value == 0)
        return std::nullopt;
    return value;
}

namespace {

QString stampText(const Stamp& s, DeviceTable& devices) { return hlcHex(s.hlc) + u'@' + QString::number(devices.numberOf(s.device)); }

std::optional<Stamp> parseStamp(QStringView text, const DeviceTable& devices)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    const auto hlc = parseHlcHex(text.left(at));
    bool ok = false;
    const QStringView numberText = text.mid(at + 1);
    if (numberText.isEmpty() || numberText.size() > 6)
        return std::nullopt;
    const int number = numberText.toInt(&ok);
    if (!hlc || !ok || number < 0)
        return std::nullopt;
    const auto device = devices.deviceAt(number);
    if (!device)
        return std::nullopt;
    return Stamp{*hlc, *device};
}

}  // namespace

QString encodeStamps(const RecordState& state, DeviceTable& devices)
{
    // The base is the most common stamp: for most records every field has the creation stamp.
    const auto& stamps = state.stamps;
    size_t best = 0;
    int bestCount = 0;
    for (size_t i = 0; i < stamps.size(); ++i) {
        int count = 0;
        for (size_t j = i; j < stamps.size(); ++j)
            count += stamps[j] == stamps[i] ? 1 : 0;
        if (count > bestCount) {
            bestCount = count;
            best = i;
        }
        if (bestCount * 2 > static_cast<int>(stamps.size()))
            break;
    }
    const Stamp base = stamps.empty() ? Stamp{} : stamps[best];
    QString text = stampText(base, devices);
    for (size_t i = 0; i < stamps.size(); ++i) {
        if (stamps[i] == base)
            continue;
        text += u';' + state.spec->fields[i].name + u'=' + stampText(stamps[i], devices);
    }
    if (!state.deletedStamp.isNull())
        text += QStringLiteral(";_del=") + stampText(state.deletedStamp, devices);
    if (!state.restoredStamp.isNull())
        text += QStringLiteral(";_res=") + stampText(state.restoredStamp, devices);
    return text;
}

bool decodeStamps(QStringView text, RecordState& state, const DeviceTable& devices)
{
    bool first = true;
    for (QStringView part : text.split(u';')) {
        if (first) {
            const auto base = parseStamp(part, devices);
            if (!base)
                return false;
            std::fill(state.stamps.begin(), state.stamps.end(), *base);
            first = false;
            continue;
        }
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return false;
        const QStringView name = part.left(eq);
        const auto stamp = parseStamp(part.mid(eq + 1), devices);
        if (!stamp)
            return false;
        if (name == u"_del") {
            state.deletedStamp = *stamp;
        } else if (name == u"_res") {
            state.restoredStamp = *stamp;
        } else {
            const int field = state.spec->fieldIndex(name);
            if (field < 0)
                return false;
            state.stamps[static_cast<size_t>(field)] = *stamp;
        }
    }
    return !first;
}

QString encodeVersionVector(const VersionVector& vv, DeviceTable& devices)
{
    QString text;
    for (const auto& [device, hlc] : vv.entries()) {
        if (!text.isEmpty())
            text += u',';
        text += QString::number(devices.numberOf(device)) + u'=' + hlcHex(hlc);
    }
    return text;
}

bool decodeVersionVector(QStringView text, VersionVector& vv, const DeviceTable& devices)
{
    if (text.isEmpty())
        return true;
    for (QStringView part : text.split(u',')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || eq > 6)
            return false;
        bool ok = false;
        const int number = part.left(eq).toInt(&ok);
        const auto hlc = parseHlcHex(part.mid(eq + 1));
        if (!ok || !hlc)
            return false;
        const auto device = devices.deviceAt(number);
        if (!device)
            return false;
        vv.raise(*device, *hlc);
    }
    return true;
}

namespace {
constexpr QStringView kLifeName = u"_life";
}

QString encodeLostStamps(const RecordState& state, DeviceTable& devices)
{
    QString text;
    for (const LostStamp& e : state.lost.entries()) {
        if (!text.isEmpty())
            text += u';';
        text += (e.field == LostStamps::kLife ? kLifeName.toString() : state.spec->fields[static_cast<size_t>(e.field)].name) + u'='
                + stampText(e.stamp, devices);
    }
    return text;
}

bool decodeLostStamps(QStringView text, RecordState& state, const DeviceTable& devices)
{
    if (text.isEmpty())
        return true;
    if (text.count(u';') >= LostStamps::kMax)
        return false;
    for (QStringView part : text.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return false;
        const QStringView name = part.left(eq);
        const int field = name == kLifeName ? LostStamps::kLife : state.spec->fieldIndex(name);
        if (field < 0 && name != kLifeName)
            return false;
        const auto stamp = parseStamp(part.mid(eq + 1), devices);
        if (!stamp)
            return false;
        state.lost.add(field, *stamp);
    }
    return true;
}

}  // namespace score
