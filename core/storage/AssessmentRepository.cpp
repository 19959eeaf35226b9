#include "core/storage/AssessmentRepository.h"

#include "core/instruments/ScoringEngine.h"
#include "core/storage/CacheTables.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nm::core {

AssessmentRepository::AssessmentRepository(QSqlDatabase db, const InstrumentRegistry &instruments,
                                           RecordStore::Clock clock)
    : Repository<Assessment>(
          std::move(db), CacheTables::assessments(),
          [](const Assessment &assessment) { return assessment.validate(); }, clock)
    , m_instruments(instruments)
    , m_now(clock.now)
{}

Status<RepositoryError> AssessmentRepository::saveInProgress(const Assessment &assessment)
{
    if (assessment.status != Assessment::Status::InProgress)
        return RepositoryError{RepositoryError::Kind::Invalid,
                               tr("A completed assessment is saved with complete()"),
                               {}};
    auto existing = load(assessment.meta.id);
    if (!existing)
        return existing.error();
    return existing.value() ? update(assessment) : create(assessment);
}

Result<Assessment, RepositoryError> AssessmentRepository::complete(Assessment assessment,
                                                                   const ScoringContext &context)
{
    const InstrumentDefinition *definition = m_instruments.find(assessment.instrumentId);
    if (!definition) {
        FieldErrors fields;
        fields.add(u"instrument_id"_s,
                   tr("The instrument \"%1\" is not known to this version of Novamind.")
                       .arg(assessment.instrumentId));
        return RepositoryError{RepositoryError::Kind::Invalid, tr("Some fields need attention"),
                               fields};
    }
    QMap<QString, std::optional<int>> responses;
    for (const Assessment::ItemResponse &response : std::as_const(assessment.responses)) {
        // Every answer option scores a whole number; anything else was not an option.
        if (response.score && *response.score != std::round(*response.score)) {
            FieldErrors fields;
            fields.add(u"responses"_s,
                       tr("The answer to item %1 is not one of its options.").arg(response.itemId));
            return RepositoryError{RepositoryError::Kind::Invalid,
                                   tr("Some answers need attention"), fields};
        }
        responses.insert(response.itemId,
                         response.score ? std::optional<int>(int(*response.score)) : std::nullopt);
    }
    auto scored = ScoringEngine::score(*definition, responses, context);
    if (!scored) {
        FieldErrors fields;
        fields.add(u"responses"_s, scored.error());
        return RepositoryError{RepositoryError::Kind::Invalid, tr("Some answers need attention"),
                               fields};
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
    if (!assessment.administeredAt.isValid())
        assessment.administeredAt =
            QDateTime::fromMSecsSinceEpoch(m_now().toMSecsSinceEpoch(), Qt::UTC);
    assessment.status = Assessment::Status::Completed;

    auto existing = load(assessment.meta.id);
    if (!existing)
        return existing.error();
    const auto stored = existing.value() ? update(assessment) : create(assessment);
    if (!stored)
        return stored.error();
    return assessment;
}

Result<QList<Assessment>, RepositoryError>
AssessmentRepository::forPatient(const QUuid &patientId, const QString &instrumentId) const
{
    QString where = u"patient_id = ? AND deleted = 0"_s;
    QVariantList binds{patientId.toString(QUuid::WithoutBraces)};
    if (!instrumentId.isEmpty()) {
        where += u" AND instrument_id = ?"_s;
        binds << instrumentId;
    }
    return loadWhere(where, binds, u"administered_at, id"_s);
}

} // namespace nm::core
