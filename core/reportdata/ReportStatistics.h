#pragma once
// Small statistics for reports: the median and the mean of the values that are known. Cohort
// reports use medians rather than means because one enterprise with an extreme KPI (a defect
// rate that fell from 0.1 % to 0.01 %) would otherwise speak for the whole cohort.

#include <optional>
#include <vector>

namespace score {

// The middle value (the mean of the two middle values for an even count); none when empty.
std::optional<double> median(std::vector<double> values);
std::optional<double> mean(const std::vector<double>& values);

// Collects the known values of optionals, for median() and mean().
template <typename Range, typename Get>
std::vector<double> knownValues(const Range& range, Get get)
{
    std::vector<double> values;
    for (const auto& item : range)
        if (const std::optional<double> v = get(item))
            values.push_back(*v);
    return values;
}

}  // namespace score
