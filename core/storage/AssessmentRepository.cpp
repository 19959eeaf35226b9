#include "core/storage/AssessmentRepository.h"

#include "core/instruments/AssessmentScorer.h"
#include "core/storage/CacheTables.h"

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
    auto scored = AssessmentScorer(m_instruments).score(std::move(assessment), context);
    if (!scored)
        return RepositoryError{RepositoryError::Kind::Invalid, tr("Some answers need attention"),
                               scored.error()};
    assessment = std::move(scored).value();
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
