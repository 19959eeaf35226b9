#pragma once

#include "core/domain/Permission.h"
#include "core/domain/Role.h"

#include <QList>
#include <QStringList>

namespace nm::core {

/// The one mapping from roles to permissions (DESIGN §7), used by the server to enforce and by
/// the client to hide what a role cannot do. Clinical permissions apply to the patients whose
/// care team includes the user; BreakGlass is how a psychiatrist reaches any other patient.
class RolePolicy {
public:
    /// What \a role grants, in Permission's declaration order.
    static QList<Permission> permissionsFor(Role role);
    /// The union over \a roles, each permission once, in Permission's declaration order.
    static QList<Permission> permissionsFor(const QList<Role> &roles);
    /// The ids of permissionsFor(roles), as the login response lists them.
    static QStringList permissionIds(const QList<Role> &roles);
    static bool allows(const QList<Role> &roles, Permission permission);
};

} // namespace nm::core
