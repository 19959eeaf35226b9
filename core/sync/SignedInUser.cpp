#include "core/sync/SignedInUser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nm::core {

std::optional<SignedInUser> SignedInUser::fromJson(const QJsonObject &object)
{
    SignedInUser user;
    user.id = QUuid::fromString(object.value("id"_L1).toString());
    user.username = object.value("username"_L1).toString();
    user.displayName = object.value("display_name"_L1).toString();
    if (user.id.isNull() || user.username.isEmpty())
        return std::nullopt;
    const QJsonArray roles = object.value("roles"_L1).toArray();
    for (const QJsonValue &id : roles) {
        if (const std::optional<Role> role = enumFromId<Role>(id.toString()))
            user.roles.append(*role);
    }
    const QJsonArray permissions = object.value("permissions"_L1).toArray();
    for (const QJsonValue &id : permissions) {
        if (const auto permission = enumFromId<Permission>(id.toString()))
            user.permissions.append(*permission);
    }
    return user;
}

} // namespace nm::core
