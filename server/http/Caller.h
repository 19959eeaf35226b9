#pragma once

#include "core/domain/Permission.h"
#include "core/domain/Role.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace nm::server {

/// Who is calling: the signed-in user behind a verified access token, as the Authorizer read
/// them from the database for this request (so a role change or a deactivation takes effect at
/// once, not when the token expires).
struct Caller {
    /// What a session may do. A Setup session belongs to a user who must first enroll in MFA or
    /// change a temporary password; it reaches only routes declared Access::accountSetup().
    enum class Scope { Full, Setup };

    QUuid userId;
    QString username;
    QString displayName;
    QList<nm::core::Role> roles;
    QList<nm::core::Permission> permissions;
    /// The session (refresh-token family) the access token belongs to.
    QUuid sessionId;
    QUuid deviceId;
    Scope scope = Scope::Full;

    bool holds(nm::core::Permission permission) const { return permissions.contains(permission); }
};

} // namespace nm::server
