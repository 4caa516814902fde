#include "model/VersionVector.h"

#include <algorithm>

namespace score {

namespace {
auto lowerBound(const std::vector<VersionVector::Entry>& entries, const QUuid& device)
{
    return std::lower_bound(entries.begin(), entries.end(), device,
                            [](const VersionVector::Entry& e, const QUuid& d) { return compareDevices(e.first, d) < 0; });
}
}  // namespace

Hlc VersionVector::get(const QUuid& device) const
{
    const auto it = lowerBound(m_entries, device);
    return (it != m_entries.end() && it->first == device) ? it->second : 0;
}

void VersionVector::raise(const QUuid& device, Hlc hlc)
{
    if (hlc == 0)
        return;
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), device,
                               [](const Entry& e, const QUuid& d) { return compareDevices(e.first, d) < 0; });
    if (it != m_entries.end() && it->first == device) {
        it->second = std::max(it->second, hlc);
        return;
    }
    m_entries.insert(it, {device, hlc});
}

void VersionVector::merge(const VersionVector& other)
{
    for (const auto& [device, hlc] : other.m_entries)
        raise(device, hlc);
}

QString VersionVector::toText() const
{
    QString text;
    for (const auto& [device, hlc] : m_entries) {
        if (!text.isEmpty())
            text += u',';
        text += device.toString(QUuid::WithoutBraces) + u'=' + QString::number(hlc, 16);
    }
    return text;
}

std::optional<VersionVector> VersionVector::fromText(QStringView text)
{
    VersionVector vv;
    if (text.isEmpty())
        return vv;
    for (QStringView part : text.split(u',')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq != 36)
            return std::nullopt;
        const QUuid device(part.left(eq));
        bool ok = false;
        const Hlc hlc = part.mid(eq + 1).toULongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
        vv.raise(device, hlc);
    }
    return vv;
}

bool VersionVector::dominates(const VersionVector& other) const
{
    return std::all_of(other.m_entries.begin(), other.m_entries.end(), [this](const Entry& e) { return get(e.first) >= e.second; });
}

}  // namespace score
