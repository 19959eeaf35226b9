#pragma once

#include "core/domain/EnumIds.h"

namespace nm::core {

/// What a user is in the practice; RolePolicy says what each may do (DESIGN §7).
enum class Role {
    Admin,
    Psychiatrist,
    Nurse,
    Auditor,
    Researcher,
};

template <> struct EnumTraits<Role> {
    static constexpr std::array<EnumId<Role>, 5> ids{{
        {Role::Admin, "admin"},
        {Role::Psychiatrist, "psychiatrist"},
        {Role::Nurse, "nurse"},
        {Role::Auditor, "auditor"},
        {Role::Researcher, "researcher"},
    }};
};

} // namespace nm::core
