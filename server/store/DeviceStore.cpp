#include "server/store/DeviceStore.h"

#include "server/store/SqlSupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

QDateTime timeOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

constexpr auto Columns = "id, user_id, name, created_at, last_seen_at, revoked_at";

DeviceStore::Device deviceFrom(const QSqlQuery &q)
{
    return {QUuid::fromString(q.value(0).toString()),
            QUuid::fromString(q.value(1).toString()),
            q.value(2).toString(),
            timeOrNull(q.value(3)),
            timeOrNull(q.value(4)),
            timeOrNull(q.value(5))};
}

} // namespace

DeviceStore::DeviceStore(const ServerDatabase &database)
    : m_database(database)
{}

nm::core::Result<DeviceStore::Claim, QString>
DeviceStore::claim(const QUuid &deviceId, const QUuid &userId, const QString &name, qint64 nowMs)
{
    auto existing = find(deviceId);
    if (!existing)
        return existing.error();
    QSqlQuery q(m_database.connection());
    if (const std::optional<Device> &device = existing.value()) {
        if (device->userId != userId)
            return Claim::OtherUser;
        if (device->revokedAt.isValid())
            return Claim::Revoked;
        q.prepare(u"UPDATE devices SET name = ?, last_seen_at = ? WHERE id = ?"_s);
        q.addBindValue(name);
        q.addBindValue(nowMs);
        q.addBindValue(idText(deviceId));
    } else {
        q.prepare(u"INSERT INTO devices (id, user_id, name, created_at, last_seen_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(idText(deviceId));
        q.addBindValue(idText(userId));
        q.addBindValue(name);
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
    }
    if (!q.exec())
        return sqlFailure(u"Registering the device"_s, q);
    return Claim::Registered;
}

nm::core::Result<std::optional<DeviceStore::Device>, QString>
DeviceStore::find(const QUuid &deviceId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT %1 FROM devices WHERE id = ?"_s.arg(QLatin1StringView(Columns)));
    q.addBindValue(idText(deviceId));
    if (!q.exec())
        return sqlFailure(u"Reading the device"_s, q);
    if (!q.next())
        return std::optional<Device>();
    return std::optional<Device>(deviceFrom(q));
}

nm::core::Result<QList<DeviceStore::Device>, QString>
DeviceStore::list(std::optional<QUuid> userId) const
{
    QSqlQuery q(m_database.connection());
    const QString where = userId ? u" WHERE user_id = ?"_s : QString();
    q.prepare(u"SELECT %1 FROM devices%2 ORDER BY last_seen_at DESC, id"_s.arg(
        QLatin1StringView(Columns), where));
    if (userId)
        q.addBindValue(idText(*userId));
    if (!q.exec())
        return sqlFailure(u"Listing devices"_s, q);
    QList<Device> devices;
    while (q.next())
        devices.append(deviceFrom(q));
    return devices;
}

nm::core::Result<bool, QString> DeviceStore::revoke(const QUuid &deviceId, qint64 nowMs)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return u"Revoking the device failed: cannot begin a transaction"_s;
    QSqlQuery q(db);
    q.prepare(u"UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"_s);
    q.addBindValue(nowMs);
    q.addBindValue(idText(deviceId));
    if (!q.exec()) {
        db.rollback();
        return sqlFailure(u"Revoking the device"_s, q);
    }
    if (q.numRowsAffected() == 0) {
        db.rollback();
        return false;
    }
    QSqlQuery sessions(db);
    sessions.prepare(u"UPDATE sessions SET revoked_at = ?, revoked_reason = 'device_revoked' "
                     "WHERE device_id = ? AND revoked_at IS NULL"_s);
    sessions.addBindValue(nowMs);
    sessions.addBindValue(idText(deviceId));
    if (!sessions.exec() || !db.commit()) {
        db.rollback();
        return sqlFailure(u"Revoking the device's sessions"_s, sessions);
    }
    return true;
}

} // namespace nm::server
