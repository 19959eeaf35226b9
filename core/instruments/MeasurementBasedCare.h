#pragma once

#include "core/instruments/InstrumentDefinition.h"

#include <QCoreApplication>
#include <QString>

namespace nm::core {

/// Measurement-based-care rules over instrument totals (DESIGN §5). Each outcome carries the
/// rule's definition, worded for clinicians, because a "response" or "remission" marker on a
/// chart must say what it means. Totals are ScoreResult::total values (higher = more severe).
class MeasurementBasedCare {
    Q_DECLARE_TR_FUNCTIONS(MeasurementBasedCare)

public:
    struct Outcome {
        /// False when the rule cannot be applied (baseline 0, or the instrument defines no such
        /// rule); `met` is then false and `reason` says why.
        bool applicable = false;
        bool met = false;
        /// What the rule means, for the clinician (translated).
        QString definition;
        /// Why the rule does not apply; empty when applicable.
        QString reason;
    };

    enum class Direction {
        None,
        Improvement,
        Deterioration,
    };

    struct ReliableChange {
        bool applicable = false;
        /// The change reached the reliable-change index, in either direction.
        bool met = false;
        Direction direction = Direction::None;
        /// current − baseline: negative is improvement.
        double change = 0;
        int threshold = 0;
        QString definition;
        QString reason;
    };

    /// Response: the total dropped by at least 50 % from \a baselineTotal.
    static Outcome response(double baselineTotal, double currentTotal);
    /// Remission: \a total below the instrument's remission cut-off.
    static Outcome remission(const InstrumentDefinition &instrument, double total);
    /// Reliable change: |current − baseline| ≥ the instrument's reliable-change index.
    static ReliableChange reliableChange(const InstrumentDefinition &instrument, double baseline,
                                         double current);
};

} // namespace nm::core
