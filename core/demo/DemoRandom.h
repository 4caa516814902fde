#pragma once
// A seeded random source whose every draw is defined here (std::mt19937_64 is specified by the
// standard; the standard distributions are not), so a seed gives the same data on every machine.

#include <QStringList>

#include <cmath>
#include <random>
#include <vector>

namespace score {

class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [low, high].
    int range(int low, int high) { return high <= low ? low : low + static_cast<int>(next() % static_cast<quint64>(high - low + 1)); }
    double uniform(double low, double high) { return low + (high - low) * unit(); }
    bool chance(double p) { return unit() < p; }
    // Normal deviate (Box–Muller).
    double normal(double mean, double sd)
    {
        const double u1 = std::max(unit(), 1e-12);
        const double u2 = unit();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<size_t>(range(0, static_cast<int>(items.size()) - 1))];
    }
    const QString& pick(const QStringList& items) { return items[range(0, static_cast<int>(items.size()) - 1)]; }
    // Picks an index with the given weights.
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = unit() * total;
        int i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<size_t>(next() % i)]);
    }

private:
    std::mt19937_64 m_engine;
};

}  // namespace score
