#pragma once
// Helpers for list models whose rows carry an `id`: finding a row, and telling whether a
// reload brought the same records in the same order (then the model updates in place, so the
// selection and the scroll position stay where the user left them).

#include <QString>

#include <algorithm>
#include <vector>

namespace score {

template <typename Row>
int rowOfId(const std::vector<Row>& rows, const QString& id)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& row) { return row.id == id; });
    return it == rows.end() ? -1 : static_cast<int>(it - rows.begin());
}

template <typename Row>
bool sameIds(const std::vector<Row>& a, const std::vector<Row>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Row& x, const Row& y) { return x.id == y.id; });
}

}  // namespace score
