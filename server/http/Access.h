#pragma once

#include "core/domain/Permission.h"

#include <QString>

#include <optional>

namespace nm::server {

/// Who may call a route, declared beside the route in the route table and enforced by one
/// Authorizer for every request, so no handler checks it by hand.
class Access {
public:
    enum class Kind {
        /// Anyone, without credentials (health, metrics, the OpenAPI document, login).
        Public,
        /// A user in the middle of account setup (must enroll in MFA or replace a temporary
        /// password) as well as any fully signed-in user: MFA enrollment, password change.
        AccountSetup,
        /// Any fully signed-in user, whatever their permissions (logout, who am I).
        SignedIn,
        /// A signed-in user holding permission().
        Permission,
    };

    static Access anyone() { return Access(Kind::Public, std::nullopt); }
    static Access accountSetup() { return Access(Kind::AccountSetup, std::nullopt); }
    static Access signedIn() { return Access(Kind::SignedIn, std::nullopt); }
    static Access permission(core::Permission required)
    {
        return Access(Kind::Permission, required);
    }

    Kind kind() const { return m_kind; }
    bool isPublic() const { return m_kind == Kind::Public; }
    /// The permission a Kind::Permission route requires; empty otherwise.
    std::optional<core::Permission> requiredPermission() const { return m_permission; }
    /// The route also needs the caller to be on the care team of the patient named by the path
    /// segment \a parameter (or to hold a live break-glass grant for that patient).
    Access onPatient(QString parameter) const
    {
        Access scoped = *this;
        scoped.m_patientParameter = std::move(parameter);
        return scoped;
    }
    /// The path segment naming the patient; empty when the route is not about one patient.
    QString patientParameter() const { return m_patientParameter; }
    /// "public", "account_setup", "signed_in" or the permission's stable id ("users.manage").
    QString id() const;

    friend bool operator==(const Access &, const Access &) = default;

private:
    Access(Kind kind, std::optional<core::Permission> permission)
        : m_kind(kind)
        , m_permission(permission)
    {}

    Kind m_kind;
    std::optional<core::Permission> m_permission;
    QString m_patientParameter;
};

} // namespace nm::server
