#include "server/store/BreakGlassStore.h"

#include "server/store/SqlSupport.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

BreakGlassStore::BreakGlassStore(const ServerDatabase &database)
    : m_database(database)
{}

nm::core::Result<BreakGlassStore::Grant, QString>
BreakGlassStore::grant(const QUuid &userId, const QUuid &patientId, const QString &reason,
                       qint64 nowMs, qint64 durationMs)
{
    Grant grant{QUuid::createUuid(),    userId, {}, patientId, reason.trimmed(), utc(nowMs),
                utc(nowMs + durationMs)};
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO break_glass_grants (id, user_id, patient_id, reason, granted_at, "
              "expires_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(idText(grant.id));
    q.addBindValue(idText(userId));
    q.addBindValue(idText(patientId));
    q.addBindValue(grant.reason);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs + durationMs);
    if (!q.exec())
        return sqlFailure(u"Recording the break-glass grant"_s, q);
    return grant;
}

nm::core::Result<QList<BreakGlassStore::Grant>, QString>
BreakGlassStore::since(qint64 sinceMs) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT g.id, g.user_id, u.username, g.patient_id, g.reason, g.granted_at, "
              "g.expires_at FROM break_glass_grants g JOIN users u ON u.id = g.user_id "
              "WHERE g.granted_at >= ? ORDER BY g.granted_at DESC"_s);
    q.addBindValue(sinceMs);
    if (!q.exec())
        return sqlFailure(u"Listing break-glass grants"_s, q);
    QList<Grant> grants;
    while (q.next())
        grants.append({QUuid::fromString(q.value(0).toString()),
                       QUuid::fromString(q.value(1).toString()), q.value(2).toString(),
                       QUuid::fromString(q.value(3).toString()), q.value(4).toString(),
                       utc(q.value(5).toLongLong()), utc(q.value(6).toLongLong())});
    return grants;
}

} // namespace nm::server
