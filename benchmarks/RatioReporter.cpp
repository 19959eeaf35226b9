#include "benchmarks/RatioReporter.h"

#include <algorithm>
#include <cstdio>

namespace nm::bench {

void RatioReporter::ReportRuns(const std::vector<Run> &runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        if (run.run_type == Run::RT_Iteration && !run.error_occurred)
            m_samples[run.run_name.function_name].push_back(run.GetAdjustedRealTime());
    }
}

double RatioReporter::median(const std::string &name) const
{
    // The median, not the mean: one slow outlier (a page-cache flush, another process) must not
    // decide a ratio.
    const auto found = m_samples.find(name);
    if (found == m_samples.end() || found->second.empty())
        return -1;
    std::vector<double> sorted = found->second;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

void RatioReporter::printRatio(const std::string &name, const std::string &subject,
                               const std::string &baseline)
{
    const double s = median(subject);
    const double b = median(baseline);
    if (s < 0 || b <= 0) {
        std::printf("RATIO %s unavailable\n", name.c_str());
        m_complete = false;
        return;
    }
    std::printf("RATIO %s %.3f\n", name.c_str(), s / b);
}

void RatioReporter::printFigure(const std::string &name, const std::string &benchmark)
{
    const double f = median(benchmark);
    if (f < 0) {
        std::printf("FIGURE %s unavailable\n", name.c_str());
        m_complete = false;
        return;
    }
    std::printf("FIGURE %s %.1f\n", name.c_str(), f);
}

} // namespace nm::bench
