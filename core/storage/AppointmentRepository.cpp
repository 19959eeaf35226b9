#include "core/storage/AppointmentRepository.h"

#include "core/storage/CacheTables.h"

using namespace Qt::StringLiterals;

namespace nm::core {

AppointmentRepository::AppointmentRepository(QSqlDatabase db, RecordStore::Clock clock)
    : Repository<Appointment>(
          std::move(db), CacheTables::appointments(),
          [](const Appointment &appointment) { return appointment.validate(); }, std::move(clock))
{}

Result<QList<Appointment>, RepositoryError>
AppointmentRepository::between(const QDateTime &from, const QDateTime &to,
                               const QUuid &clinicianId) const
{
    QString where = u"start_at >= ? AND start_at < ? AND deleted = 0"_s;
    QVariantList binds{from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    if (!clinicianId.isNull()) {
        where += u" AND clinician_id = ?"_s;
        binds << clinicianId.toString(QUuid::WithoutBraces);
    }
    return loadWhere(where, binds, u"start_at, id"_s);
}

} // namespace nm::core
