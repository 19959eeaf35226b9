#pragma once

#include <benchmark/benchmark.h>
#include <map>
#include <string>
#include <vector>

namespace nm::bench {

/// Console output as usual, plus every run's real time by benchmark name, so main() can end with
/// the machine-readable comparison lines the issues ask for, from the median of each name's runs:
///   RATIO <name> <subject median / baseline median>
///   FIGURE <name> <median in the benchmark's unit>
class RatioReporter final : public benchmark::ConsoleReporter {
public:
    /// Without colour: escape codes would otherwise start the RATIO lines that scripts look for.
    RatioReporter()
        : ConsoleReporter(OO_Tabular)
    {}

    void ReportRuns(const std::vector<Run> &runs) override;

    /// Prints "RATIO name value"; records a failure when either median is missing.
    void printRatio(const std::string &name, const std::string &subject,
                    const std::string &baseline);
    /// Prints "FIGURE name value"; records a failure when the median is missing.
    void printFigure(const std::string &name, const std::string &benchmark);
    /// False when a requested figure could not be computed (a benchmark failed or was filtered).
    bool complete() const { return m_complete; }

private:
    /// The median of \a name's runs, or a negative value when it has none.
    double median(const std::string &name) const;

    std::map<std::string, std::vector<double>> m_samples;
    bool m_complete = true;
};

} // namespace nm::bench
