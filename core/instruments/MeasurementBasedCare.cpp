#include "core/instruments/MeasurementBasedCare.h"

#include <cmath>

namespace nm::core {

MeasurementBasedCare::Outcome MeasurementBasedCare::response(double baselineTotal,
                                                             double currentTotal)
{
    Outcome outcome;
    outcome.definition = tr("Response: the total score has fallen by at least 50 % from the "
                            "baseline total.");
    if (baselineTotal <= 0) {
        outcome.reason = tr("Not applicable: the baseline total is 0, so there is nothing to fall "
                            "from.");
        return outcome;
    }
    outcome.applicable = true;
    // 2 × drop ≥ baseline rather than drop / baseline ≥ 0.5: no division, no rounding at the edge.
    outcome.met = 2 * (baselineTotal - currentTotal) >= baselineTotal;
    return outcome;
}

MeasurementBasedCare::Outcome
MeasurementBasedCare::remission(const InstrumentDefinition &instrument, double total)
{
    Outcome outcome;
    const std::optional<int> below = instrument.careRules().remissionBelow;
    if (!below) {
        outcome.definition = tr("Remission is not defined for %1.").arg(instrument.shortTitle());
        outcome.reason = outcome.definition;
        return outcome;
    }
    outcome.definition =
        tr("Remission: a %1 total below %2.").arg(instrument.shortTitle()).arg(*below);
    outcome.applicable = true;
    outcome.met = total < *below;
    return outcome;
}

MeasurementBasedCare::ReliableChange
MeasurementBasedCare::reliableChange(const InstrumentDefinition &instrument, double baseline,
                                     double current)
{
    ReliableChange outcome;
    outcome.change = current - baseline;
    const std::optional<int> points = instrument.careRules().reliableChangePoints;
    if (!points) {
        outcome.definition =
            tr("Reliable change is not defined for %1.").arg(instrument.shortTitle());
        outcome.reason = outcome.definition;
        return outcome;
    }
    outcome.threshold = *points;
    outcome.definition = tr("Reliable change: the %1 total has changed by at least %n point(s) "
                            "from baseline, more than measurement error alone would explain. A "
                            "fall is reliable improvement, a rise reliable deterioration.",
                            nullptr, *points)
                             .arg(instrument.shortTitle());
    outcome.applicable = true;
    if (std::abs(outcome.change) >= *points) {
        outcome.met = true;
        outcome.direction = outcome.change < 0 ? Direction::Improvement : Direction::Deterioration;
    }
    return outcome;
}

} // namespace nm::core
