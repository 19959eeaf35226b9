#pragma once

#include "core/domain/Medication.h"
#include "core/storage/Repository.h"

namespace nm::core {

/// A patient's medications in the cache; a dose change or a stop is an update with its reason.
class MedicationRepository : public Repository<Medication> {
public:
    explicit MedicationRepository(QSqlDatabase db, RecordStore::Clock clock = RecordStore::Clock());

    /// The patient's medications that are not deleted, by start date.
    Result<QList<Medication>, RepositoryError> forPatient(const QUuid &patientId) const;
};

} // namespace nm::core
