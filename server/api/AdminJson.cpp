#include "server/api/AdminJson.h"

#include "core/domain/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using nm::core::JsonValues;

namespace nm::server {

QJsonObject AdminJson::user(const nm::core::User &user)
{
    // User::toJson() is already the account's wire form and holds no secret.
    return user.toJson();
}

QJsonObject AdminJson::device(const DeviceStore::Device &device)
{
    return {
        {"id"_L1, JsonValues::fromUuid(device.id)},
        {"user_id"_L1, JsonValues::fromUuid(device.userId)},
        {"name"_L1, device.name},
        {"created_at"_L1, JsonValues::fromInstant(device.createdAt)},
        {"last_seen_at"_L1, JsonValues::fromInstant(device.lastSeenAt)},
        {"revoked_at"_L1, JsonValues::fromInstant(device.revokedAt)},
    };
}

QJsonObject AdminJson::careTeam(const QUuid &patientId, const QList<CareTeamStore::Member> &members)
{
    QJsonArray list;
    for (const CareTeamStore::Member &member : members)
        list.append(QJsonObject{
            {"user_id"_L1, JsonValues::fromUuid(member.userId)},
            {"username"_L1, member.username},
            {"display_name"_L1, member.displayName},
            {"roles"_L1, QJsonArray::fromStringList(member.roles)},
            {"assigned_by"_L1, JsonValues::fromUuid(member.assignedBy)},
            {"assigned_at"_L1, JsonValues::fromInstant(member.assignedAt)},
        });
    return {{"patient_id"_L1, JsonValues::fromUuid(patientId)}, {"members"_L1, list}};
}

QJsonObject AdminJson::grant(const BreakGlassStore::Grant &grant, const QDateTime &now)
{
    return {
        {"id"_L1, JsonValues::fromUuid(grant.id)},
        {"user_id"_L1, JsonValues::fromUuid(grant.userId)},
        {"username"_L1, grant.username},
        {"patient_id"_L1, JsonValues::fromUuid(grant.patientId)},
        {"reason"_L1, grant.reason},
        {"granted_at"_L1, JsonValues::fromInstant(grant.grantedAt)},
        {"expires_at"_L1, JsonValues::fromInstant(grant.expiresAt)},
        {"active"_L1, grant.expiresAt > now},
    };
}

} // namespace nm::server
