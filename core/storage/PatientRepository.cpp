#include "core/storage/PatientRepository.h"

#include "core/storage/CacheTables.h"

namespace nm::core {

PatientRepository::PatientRepository(QSqlDatabase db, RecordStore::Clock clock)
    : Repository<Patient>(
          std::move(db), CacheTables::patients(),
          [now = clock.now](const Patient &patient) {
              return patient.validate(now().toLocalTime().date());
          },
          clock)
{}

} // namespace nm::core
