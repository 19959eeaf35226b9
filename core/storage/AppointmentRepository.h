#pragma once

#include "core/domain/Appointment.h"
#include "core/storage/Repository.h"

#include <QDateTime>

namespace nm::core {

/// Appointments in the cache: create, reschedule and set status are updates of one record.
class AppointmentRepository : public Repository<Appointment> {
public:
    explicit AppointmentRepository(QSqlDatabase db,
                                   RecordStore::Clock clock = RecordStore::Clock());

    /// Appointments starting in [from, to), by start; only \a clinicianId's when it is not null.
    Result<QList<Appointment>, RepositoryError> between(const QDateTime &from, const QDateTime &to,
                                                        const QUuid &clinicianId = {}) const;
};

} // namespace nm::core
