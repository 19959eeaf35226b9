#include "server/store/AuditTrail.h"

#include "server/store/SqlSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

QVariant idOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
}

} // namespace

AuditTrail::AuditTrail(const ServerDatabase &database)
    : m_database(database)
{}

nm::core::Status<QString> AuditTrail::record(const Event &event, qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO audit_events (id, at, actor_id, action, target_id, patient_id, "
              "request_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(nowMs);
    q.addBindValue(idOrNull(event.actorId));
    q.addBindValue(event.action);
    q.addBindValue(event.targetId.isEmpty() ? QVariant() : QVariant(event.targetId));
    q.addBindValue(idOrNull(event.patientId));
    q.addBindValue(event.requestId.isEmpty() ? QVariant()
                                             : QVariant(QString::fromLatin1(event.requestId)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlFailure(u"Recording the audit event"_s, q);
    return nm::core::Done{};
}

} // namespace nm::server
