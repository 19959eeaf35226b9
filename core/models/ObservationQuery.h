#pragma once

#include "core/Result.h"
#include "core/domain/Observation.h"
#include "core/models/ObservationSeries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>

namespace nm::core {

/// The read side of observations: time ranges of one series, straight from the
/// observations_series index (patient_id, kind, at).
class ObservationQuery {
    Q_DECLARE_TR_FUNCTIONS(ObservationQuery)

public:
    /// \a patientId's observations of \a kind with from <= at < to, ordered by time, tombstones
    /// left out.
    static Result<ObservationSeries, QString> series(const QSqlDatabase &db, const QUuid &patientId,
                                                     Observation::Kind kind, const QDateTime &from,
                                                     const QDateTime &to);
};

} // namespace nm::core
