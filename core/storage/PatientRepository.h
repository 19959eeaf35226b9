#pragma once

#include "core/domain/Patient.h"
#include "core/storage/Repository.h"

namespace nm::core {

/// Patients in the cache. Validation uses the local date at the time of each write (a date of
/// birth may not lie in the future), taken from the clock.
class PatientRepository : public Repository<Patient> {
public:
    explicit PatientRepository(QSqlDatabase db, RecordStore::Clock clock = RecordStore::Clock());
};

} // namespace nm::core
