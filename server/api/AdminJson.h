#pragma once

#include "core/domain/User.h"
#include "server/store/BreakGlassStore.h"
#include "server/store/CareTeamStore.h"
#include "server/store/DeviceStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace nm::server {

/// The JSON shapes of the admin API (DESIGN §7), in one place so every route answers a user, a
/// device, a care team or a break-glass grant alike. Times are ISO 8601 UTC strings, absent ones
/// null. Nothing here ever carries a password hash, an MFA secret or a cache key.
class AdminJson {
public:
    AdminJson() = delete;

    /// {id, username, display_name, email, roles[], active, mfa_enrolled, must_change_password}
    static QJsonObject user(const nm::core::User &user);
    /// {id, user_id, name, created_at, last_seen_at, revoked_at}
    static QJsonObject device(const DeviceStore::Device &device);
    /// {patient_id, members:[{user_id, username, display_name, roles[], assigned_by,
    /// assigned_at}]}
    static QJsonObject careTeam(const QUuid &patientId,
                                const QList<CareTeamStore::Member> &members);
    /// {id, user_id, username, patient_id, reason, granted_at, expires_at, active}; active while
    /// the grant has not expired at \a now.
    static QJsonObject grant(const BreakGlassStore::Grant &grant, const QDateTime &now);
};

} // namespace nm::server
