#include "core/instruments/AssessmentScorer.h"

#include "core/instruments/ScoringEngine.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nm::core {

AssessmentScorer::AssessmentScorer(const InstrumentRegistry &instruments)
    : m_instruments(instruments)
{}

Result<Assessment, FieldErrors> AssessmentScorer::score(Assessment assessment,
                                                        const ScoringContext &context) const
{
    FieldErrors fields;
    const InstrumentDefinition *definition = m_instruments.find(assessment.instrumentId);
    if (!definition) {
        fields.add(u"instrument_id"_s,
                   tr("The instrument \"%1\" is not known to this version of Novamind.")
                       .arg(assessment.instrumentId));
        return fields;
    }
    QMap<QString, std::optional<int>> responses;
    for (const Assessment::ItemResponse &response : std::as_const(assessment.responses)) {
        // Every answer option scores a whole number; anything else was not an option.
        if (response.score && *response.score != std::round(*response.score)) {
            fields.add(u"responses"_s,
                       tr("The answer to item %1 is not one of its options.").arg(response.itemId));
            return fields;
        }
        responses.insert(response.itemId,
                         response.score ? std::optional<int>(int(*response.score)) : std::nullopt);
    }
    auto scored = ScoringEngine::score(*definition, responses, context);
    if (!scored) {
        fields.add(u"responses"_s, scored.error());
        return fields;
    }
    const ScoreResult &result = scored.value();
    assessment.instrumentVersion = definition->version();
    assessment.totalScore = result.total;
    assessment.subscaleScores.clear();
    for (const ScoreResult::SubscaleScore &subscale : result.subscales) {
        if (subscale.score)
            assessment.subscaleScores.insert(subscale.id, *subscale.score);
    }
    assessment.band = result.band ? result.band->id : QString();
    assessment.flags.clear();
    for (const ScoreResult::RaisedFlag &flag : result.flags)
        assessment.flags << flag.id;
    return assessment;
}

bool AssessmentScorer::sameScores(const Assessment &stored, const Assessment &computed)
{
    QStringList storedFlags = stored.flags;
    QStringList computedFlags = computed.flags;
    storedFlags.sort();
    computedFlags.sort();
    return stored.instrumentVersion == computed.instrumentVersion &&
           stored.totalScore == computed.totalScore &&
           stored.subscaleScores == computed.subscaleScores && stored.band == computed.band &&
           storedFlags == computedFlags;
}

} // namespace nm::core
