#pragma once

#include "core/domain/EnumIds.h"

namespace nm::core {

/// What the server checks before an action and the client checks before showing it. The ids are
/// sent in the login response (`permissions[]`), so they never change once shipped.
enum class Permission {
    /// Accounts, roles, care teams, devices (the admin console).
    UsersManage,
    /// Read the audit trail.
    AuditRead,
    /// Read the charts of assigned patients.
    ClinicalRead,
    /// Write the charts of assigned patients: demographics, diagnoses, risk flags, draft notes.
    ClinicalWrite,
    /// Sign notes, making them immutable.
    NotesSign,
    /// Start, change and stop medications.
    MedicationsWrite,
    ObservationsWrite,
    AssessmentsWrite,
    AppointmentsWrite,
    /// Export data with identifiers removed.
    ExportDeidentified,
    /// Open an unassigned patient for a limited time after giving a reason; audited.
    BreakGlass,
};

template <> struct EnumTraits<Permission> {
    static constexpr std::array<EnumId<Permission>, 11> ids{{
        {Permission::UsersManage, "users.manage"},
        {Permission::AuditRead, "audit.read"},
        {Permission::ClinicalRead, "clinical.read"},
        {Permission::ClinicalWrite, "clinical.write"},
        {Permission::NotesSign, "notes.sign"},
        {Permission::MedicationsWrite, "medications.write"},
        {Permission::ObservationsWrite, "observations.write"},
        {Permission::AssessmentsWrite, "assessments.write"},
        {Permission::AppointmentsWrite, "appointments.write"},
        {Permission::ExportDeidentified, "export.deidentified"},
        {Permission::BreakGlass, "break_glass"},
    }};
};

} // namespace nm::core
