#pragma once
// The changes of a record that lost to a change made without knowledge of them, wherever a merge
// met both (model/Merge.h). The set travels with the record, like its version vector, so that
// the device whose value lost learns it even when the record comes back through a third device
// that already merged both: the version vector then knows the losing change, and only this set
// tells "lost to a concurrent value" from "replaced by someone who saw it".
//
// An entry is a field and the stamp of the value that lost there, or kLife and the stamp that
// decided the losing side of a delete against an edit. Merging is a union kept to the newest
// kMax entries (by stamp): still commutative, associative and idempotent, and bounded whatever
// a record lives through. Nearly every record has none.

#include "util/Hlc.h"

#include <vector>

namespace score {

struct LostStamp {
    int field = -1;  // a field index of the record's kind, or LostStamps::kLife
    Stamp stamp;

    friend bool operator==(const LostStamp& a, const LostStamp& b) = default;
    friend std::strong_ordering operator<=>(const LostStamp& a, const LostStamp& b)
    {
        if (a.stamp != b.stamp)
            return a.stamp <=> b.stamp;
        return a.field <=> b.field;
    }
};

class LostStamps {
public:
    static constexpr int kLife = -1;
    // The bound of the set: the oldest entries go first. Bundles carrying more are refused.
    static constexpr int kMax = 256;

    void add(int field, const Stamp& stamp);
    void merge(const LostStamps& other);
    bool contains(int field, const Stamp& stamp) const;
    // True when merging `other` here would change nothing.
    bool covers(const LostStamps& other) const;

    bool isEmpty() const { return m_entries.empty(); }
    const std::vector<LostStamp>& entries() const { return m_entries; }
    friend bool operator==(const LostStamps& a, const LostStamps& b) = default;

private:
    std::vector<LostStamp> m_entries;  // sorted, no duplicates, at most kMax: the newest ones
};

}  // namespace score
