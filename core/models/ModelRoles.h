#pragma once

#include <Qt>

namespace nm::core {

/// Custom item-data roles shared by every model of core/models, so proxies and views can ask any
/// of them for the same thing.
struct ModelRoles {
    enum Role {
        /// The unformatted value a proxy sorts on: a QString sort key, a QDate, a qint64 or a
        /// double. Never a translated or formatted text.
        RawValueRole = Qt::UserRole + 1,
        /// The record's id (QUuid).
        IdRole,
        /// The patient's risk flag ids (QStringList), e.g. "suicide_risk".
        RiskFlagsRole,
        /// Patient name parts and MRN (QString), for filters that must not parse display text.
        FamilyNameRole,
        GivenNameRole,
        PreferredNameRole,
        MrnRole,
        /// The patient's date of birth (QDate; invalid when unknown).
        DateOfBirthRole,
        /// The clinicians on the patient's care team (QList<QUuid>).
        CareTeamRole,
        /// Whether the record is a tombstone (bool).
        DeletedRole,
    };
};

} // namespace nm::core
