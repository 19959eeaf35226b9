#pragma once

#include "core/Result.h"
#include "core/domain/Address.h"
#include "core/domain/EmergencyContact.h"
#include "core/domain/EnumIds.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/RecordMeta.h"
#include "core/domain/RiskFlag.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace nm::core {

/// A patient's demographic and safety record (DESIGN §5).
struct Patient {
    Q_DECLARE_TR_FUNCTIONS(Patient)

public:
    enum class SexAtBirth { Unknown, Female, Male, Intersex };

    /// Oldest date of birth accepted, in years before today.
    static constexpr int MaxAgeYears = 130;

    RecordMeta meta;
    /// Medical record number; see FieldRules::isMrn().
    QString mrn;
    QString givenName;
    QString familyName;
    QString preferredName;
    QDate dateOfBirth;
    SexAtBirth sexAtBirth = SexAtBirth::Unknown;
    /// Free text, in the patient's own words.
    QString genderIdentity;
    QString pronouns;
    QString phone;
    QString email;
    Address address;
    EmergencyContact emergencyContact;
    /// Primary diagnoses, ICD-10-CM codes in the order the clinician lists them.
    QStringList diagnosisCodes;
    QStringList allergies;
    QList<RiskFlag> riskFlags;
    /// User ids of the clinicians assigned to this patient.
    QList<QUuid> careTeam;
    /// Demo data, generated rather than about a real person.
    bool synthetic = false;

    /// Every problem at once. \a today is the practice's local date, a parameter so the
    /// date-of-birth limits do not depend on when a test runs.
    FieldErrors validate(QDate today) const;

    QJsonObject toJson() const;
    /// Checks types and formats only; call validate() for the clinical rules.
    static Result<Patient, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const Patient &, const Patient &) = default;
};

template <> struct EnumTraits<Patient::SexAtBirth> {
    static constexpr std::array<EnumId<Patient::SexAtBirth>, 4> ids{{
        {Patient::SexAtBirth::Female, "female"},
        {Patient::SexAtBirth::Male, "male"},
        {Patient::SexAtBirth::Intersex, "intersex"},
        {Patient::SexAtBirth::Unknown, "unknown"},
    }};
};

} // namespace nm::core
