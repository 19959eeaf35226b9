#pragma once

#include "core/domain/Assessment.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/instruments/ScoringContext.h"
#include "core/storage/Repository.h"

#include <QCoreApplication>

namespace nm::core {

/// Assessments in the cache. Scores are never taken from the caller: complete() computes the
/// total, subscales, band and flags from the item responses with the shared scoring engine (the
/// same one the server uses to check them), then stores the assessment as final.
class AssessmentRepository : public Repository<Assessment> {
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    AssessmentRepository(QSqlDatabase db, const InstrumentRegistry &instruments,
                         RecordStore::Clock clock = RecordStore::Clock());

    /// Creates or updates an assessment that is still being administered.
    Status<RepositoryError> saveInProgress(const Assessment &assessment);
    /// Scores \a assessment, marks it completed (administered now unless already set) and
    /// stores it; the stored assessment is returned. Answers the engine rejects (an unknown item,
    /// a score out of range) are an Invalid error naming the responses.
    Result<Assessment, RepositoryError> complete(Assessment assessment,
                                                 const ScoringContext &context = {});
    /// The patient's assessments that are not deleted, by time of administration; only one
    /// instrument's when \a instrumentId is not empty.
    Result<QList<Assessment>, RepositoryError> forPatient(const QUuid &patientId,
                                                          const QString &instrumentId = {}) const;

private:
    const InstrumentRegistry &m_instruments;
    std::function<QDateTime()> m_now;
};

} // namespace nm::core
