#include "model/LostStamps.h"

#include <algorithm>
#include <iterator>

namespace score {

void LostStamps::add(int field, const Stamp& stamp)
{
    const LostStamp entry{field, stamp};
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry);
    if (at != m_entries.end() && *at == entry)
        return;
    if (static_cast<int>(m_entries.size()) >= kMax) {
        // Full: an entry older than all kept ones stays out, any other pushes out the oldest.
        if (at == m_entries.begin())
            return;
        m_entries.insert(at, entry);
        m_entries.erase(m_entries.begin());
        return;
    }
    m_entries.insert(at, entry);
}

void LostStamps::merge(const LostStamps& other)
{
    if (other.m_entries.empty() || covers(other))
        return;
    std::vector<LostStamp> all;
    all.reserve(m_entries.size() + other.m_entries.size());
    std::set_union(m_entries.begin(), m_entries.end(), other.m_entries.begin(), other.m_entries.end(), std::back_inserter(all));
    if (all.size() > static_cast<size_t>(kMax))
        all.erase(all.begin(), all.end() - kMax);
    m_entries = std::move(all);
}

bool LostStamps::contains(int field, const Stamp& stamp) const
{
    return std::binary_search(m_entries.begin(), m_entries.end(), LostStamp{field, stamp});
}

bool LostStamps::covers(const LostStamps& other) const
{
    const bool full = static_cast<int>(m_entries.size()) >= kMax;
    return std::all_of(other.m_entries.begin(), other.m_entries.end(), [&](const LostStamp& e) {
        return std::binary_search(m_entries.begin(), m_entries.end(), e) || (full && e < m_entries.front());
    });
}

}  // namespace score
