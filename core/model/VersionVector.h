#pragma once
// A version vector: for each device, the highest change stamp (HLC) known from it.
// Used per record (which changes a record's state incorporates, to tell concurrent edits from
// later ones) and per workspace (what a workspace holds, to make delta bundles).

#include "util/Hlc.h"

#include <QUuid>

#include <optional>
#include <utility>
#include <vector>

namespace score {

class VersionVector {
public:
    using Entry = std::pair<QUuid, Hlc>;

    Hlc get(const QUuid& device) const;
    // Raises the entry of `device` to at least `hlc`.
    void raise(const QUuid& device, Hlc hlc);
    void merge(const VersionVector& other);

    // True when this vector knows the change stamped `s` (its device's entry is at least s.hlc).
    bool knows(const Stamp& s) const { return !s.isNull() && get(s.device) >= s.hlc; }
    // True when every entry of `other` is at most the matching entry here.
    bool dominates(const VersionVector& other) const;

    bool isEmpty() const { return m_entries.empty(); }
    // "device-uuid=hlc-hex,…": the self-contained text form kept for peers in the workspace.
    QString toText() const;
    static std::optional<VersionVector> fromText(QStringView text);
    const std::vector<Entry>& entries() const { return m_entries; }
    friend bool operator==(const VersionVector& a, const VersionVector& b) { return a.m_entries == b.m_entries; }

private:
    std::vector<Entry> m_entries;  // sorted by device id, at most one entry per device
};

}  // namespace score
