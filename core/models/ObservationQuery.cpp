#include "core/models/ObservationQuery.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::core {

Result<ObservationSeries, QString>
ObservationQuery::series(const QSqlDatabase &db, const QUuid &patientId, Observation::Kind kind,
                         const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q(db);
    // Forward-only: the driver need not keep the rows it has already handed over.
    q.setForwardOnly(true);
    q.prepare(u"SELECT at, value FROM observations "
              "WHERE patient_id = ? AND kind = ? AND at >= ? AND at < ? AND deleted = 0 "
              "ORDER BY at"_s);
    q.addBindValue(patientId.toString(QUuid::WithoutBraces));
    q.addBindValue(QString(enumId(kind)));
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return failure(tr("The observations could not be read: %1").arg(q.lastError().text()));
    ObservationSeries series;
    while (q.next()) {
        series.times.append(q.value(0).toLongLong());
        series.values.append(q.value(1).toDouble());
    }
    return series;
}

} // namespace nm::core
