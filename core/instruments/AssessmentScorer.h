#pragma once

#include "core/Result.h"
#include "core/domain/Assessment.h"
#include "core/domain/FieldErrors.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/instruments/ScoringContext.h"

#include <QCoreApplication>

namespace nm::core {

/// Fills an assessment's derived fields (instrument version, total, subscales, band, flags) from
/// its item responses with the ScoringEngine. The workstation scores with it when an assessment
/// is completed, and the server scores again with it to refuse a record whose stored scores do
/// not follow from its answers (DESIGN §5): one implementation, so they cannot disagree.
class AssessmentScorer {
    Q_DECLARE_TR_FUNCTIONS(AssessmentScorer)

public:
    explicit AssessmentScorer(const InstrumentRegistry &instruments);

    /// \a assessment with its derived fields computed; field errors (instrument_id, responses)
    /// for an unknown instrument or answers that are not the instrument's options.
    Result<Assessment, FieldErrors> score(Assessment assessment,
                                          const ScoringContext &context = {}) const;
    /// Whether the derived fields \a assessment carries are the ones its answers give.
    static bool sameScores(const Assessment &stored, const Assessment &computed);

private:
    const InstrumentRegistry &m_instruments;
};

} // namespace nm::core
