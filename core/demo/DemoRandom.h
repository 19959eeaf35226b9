#pragma once

#include <QDateTime>
#include <QUuid>

#include <array>
#include <cstdint>

namespace nm::core {

/// The demo generator's only source of randomness: xoshiro256** seeded through SplitMix64. Every
/// helper uses integer arithmetic or the IEEE-exact operations (+, −, ×, ÷, comparisons), never
/// std:: distributions or libm transcendental functions, so one seed gives the same numbers with
/// any compiler, standard library or platform.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed);

    /// The next 64 random bits.
    quint64 next();
    /// An independent stream derived from this one and \a salt, so that one part of the practice
    /// (e.g. a patient's wearables) does not shift every draw after it when its length changes.
    DemoRandom fork(quint64 salt);

    /// Uniform in [0, 1), 53 random bits.
    double uniform();
    /// Uniform in [low, high).
    double uniform(double low, double high);
    /// Uniform integer in [low, high], both inclusive; unbiased.
    int between(int low, int high);
    /// True with probability \a p.
    bool chance(double p);
    /// Approximately standard normal: the Irwin–Hall sum of 12 uniforms minus 6 (no logarithms or
    /// cosines, whose last bits differ between maths libraries). Bounded to ±6, which suits data
    /// that must stay inside plausible ranges.
    double normal();
    double normal(double mean, double sd) { return mean + sd * normal(); }
    /// A time-ordered (version 7) UUID for a record made at \a createdAt, its random bits
    /// from this stream; see TimeOrderedUuid.
    QUuid uuid(const QDateTime &createdAt);

    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(between(0, int(N) - 1))];
    }

private:
    std::array<quint64, 4> m_state{};
};

} // namespace nm::core
