#pragma once

#include "core/Result.h"
#include "core/demo/DemoPractice.h"
#include "core/demo/DemoPracticeOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nm::core {

/// Builds a synthetic practice for tests, benchmarks and demonstrations: patients with plausible
/// courses (responders, partial responders, non-responders, a relapse, PHQ-9 item-9 flags),
/// assessments scored by the real ScoringEngine, medication changes, notes from templates,
/// appointments and daily wearable data. Every patient is marked synthetic and named from
/// generated syllables. The same options always give the same practice, byte for byte.
class DemoPracticeGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoPracticeGenerator)

public:
    static constexpr int MaxPatients = 100000;
    static constexpr int MaxDays = 3660;

    /// Fails only on unusable options (no valid today, a count out of range, no clinicians) or if
    /// the built-in instruments cannot be loaded.
    static Result<DemoPractice, QString> generate(const DemoPracticeOptions &options);

    /// The lower-case syllables every generated given and family name is made of.
    static QStringList nameSyllables();
};

} // namespace nm::core
