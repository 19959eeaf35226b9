#pragma once

#include <benchmark/benchmark.h>
#include <string>
#include <utility>

namespace nm::bench {

/// The two sides of a comparison: a name suffix ("/encrypted") and the value the workload gets.
template <typename Side> struct Sides {
    std::pair<const char *, Side> subject;
    std::pair<const char *, Side> baseline;
};

/// Registers \a rounds alternating single runs of \a workload on each side, named
/// "<name><suffix>". Alternating (rather than all subject runs, then all baseline ones) exposes
/// both sides to the same background load and disk state; RatioReporter takes each side's median.
template <typename Side, typename... Extra>
void registerAlternatingRuns(const std::string &name, const Sides<Side> &sides, int rounds,
                             void (*workload)(benchmark::State &, Side, Extra...), Extra... extra)
{
    for (int round = 0; round < rounds; ++round) {
        for (const auto &[suffix, side] : {sides.subject, sides.baseline}) {
            benchmark::RegisterBenchmark((name + suffix).c_str(), workload, side, extra...)
                ->Iterations(1)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
}

} // namespace nm::bench
