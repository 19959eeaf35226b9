#pragma once

#include "core/Result.h"
#include "core/instruments/InstrumentDefinition.h"
#include "core/instruments/ScoreResult.h"
#include "core/instruments/ScoringContext.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace nm::core {

/// Scores answers against an InstrumentDefinition. It knows rule kinds (totals, missing-item
/// rules, bands, flags, criteria, thresholds, risk levels, skip logic), never instruments: what
/// makes one instrument differ from another lives in its definition.
class ScoringEngine {
    Q_DECLARE_TR_FUNCTIONS(ScoringEngine)

public:
    /// item id → answer score; std::nullopt (or no entry) = unanswered.
    using Responses = QMap<QString, std::optional<int>>;

    /// Refuses unknown item ids, scores that are not one of the item's options, and answers to
    /// items the skip logic leaves out; the message names the instrument and the item.
    static Result<ScoreResult, QString> score(const InstrumentDefinition &definition,
                                              const Responses &responses,
                                              const ScoringContext &context = {});
};

} // namespace nm::core
