#pragma once

#include "core/domain/Permission.h"
#include "core/domain/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace nm::core {

/// Who the server says is signed in: the "user" member of the login and session answers. The
/// permissions decide what the workstation shows; the server enforces them again on every call.
struct SignedInUser {
    QUuid id;
    QString username;
    QString displayName;
    QList<Role> roles;
    QList<Permission> permissions;

    bool holds(Permission permission) const { return permissions.contains(permission); }

    /// std::nullopt when the id or username is missing. Role and permission ids this build does
    /// not know (a newer server) are skipped, so nothing unknown is ever granted.
    static std::optional<SignedInUser> fromJson(const QJsonObject &object);
};

} // namespace nm::core
