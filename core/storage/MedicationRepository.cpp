#include "core/storage/MedicationRepository.h"

#include "core/storage/CacheTables.h"

using namespace Qt::StringLiterals;

namespace nm::core {

MedicationRepository::MedicationRepository(QSqlDatabase db, RecordStore::Clock clock)
    : Repository<Medication>(
          std::move(db), CacheTables::medications(),
          [](const Medication &medication) { return medication.validate(); }, std::move(clock))
{}

Result<QList<Medication>, RepositoryError>
MedicationRepository::forPatient(const QUuid &patientId) const
{
    return loadWhere(u"patient_id = ? AND deleted = 0"_s,
                     {patientId.toString(QUuid::WithoutBraces)}, u"start_date, id"_s);
}

} // namespace nm::core
