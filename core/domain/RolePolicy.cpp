#include "core/domain/RolePolicy.h"

namespace nm::core {

QList<Permission> RolePolicy::permissionsFor(Role role)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        // No clinical data: administering accounts does not need the charts.
        return {P::UsersManage, P::AuditRead};
    case Role::Psychiatrist:
        return {P::ClinicalRead,      P::ClinicalWrite,     P::NotesSign,
                P::MedicationsWrite,  P::ObservationsWrite, P::AssessmentsWrite,
                P::AppointmentsWrite, P::BreakGlass};
    case Role::Nurse:
        // Reads the chart and records observations, assessments and appointments; cannot
        // write notes, sign them or change medications.
        return {P::ClinicalRead, P::ObservationsWrite, P::AssessmentsWrite, P::AppointmentsWrite};
    case Role::Auditor:
        return {P::AuditRead};
    case Role::Researcher:
        return {P::ExportDeidentified};
    }
    return {};
}

QList<Permission> RolePolicy::permissionsFor(const QList<Role> &roles)
{
    QList<Permission> granted;
    for (Role role : roles)
        granted.append(permissionsFor(role));
    QList<Permission> ordered;
    for (Permission permission : enumValues<Permission>()) {
        if (granted.contains(permission))
            ordered.append(permission);
    }
    return ordered;
}

QStringList RolePolicy::permissionIds(const QList<Role> &roles)
{
    QStringList ids;
    for (Permission permission : permissionsFor(roles))
        ids.append(enumId(permission));
    return ids;
}

bool RolePolicy::allows(const QList<Role> &roles, Permission permission)
{
    for (Role role : roles) {
        if (permissionsFor(role).contains(permission))
            return true;
    }
    return false;
}

} // namespace nm::core
