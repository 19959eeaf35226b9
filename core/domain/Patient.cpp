#include "core/domain/Patient.h"

#include "core/domain/FieldRules.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

void checkName(FieldErrors &errors, const QString &field, const QString &value,
               const QString &missing, const QString &tooLong)
{
    if (!missing.isEmpty() && FieldRules::isBlank(value))
        errors.add(field, missing);
    else if (FieldRules::characterCount(value) > FieldRules::MaxNameLength)
        errors.add(field, tooLong);
}

} // namespace

FieldErrors Patient::validate(QDate today) const
{
    FieldErrors errors = meta.validate();
    const int maxName = int(FieldRules::MaxNameLength);

    if (mrn.isEmpty())
        errors.add(u"mrn"_s, tr("Enter the MRN."));
    else if (!FieldRules::isMrn(mrn))
        errors.add(u"mrn"_s,
                   tr("The MRN must be 6 to 12 characters long: capital letters A–Z and digits "
                      "0–9, with at most one hyphen between them (for example AB-12345)."));

    checkName(errors, u"given_name"_s, givenName, tr("Enter the given name."),
              tr("The given name can be at most %n characters.", nullptr, maxName));
    checkName(errors, u"family_name"_s, familyName, tr("Enter the family name."),
              tr("The family name can be at most %n characters.", nullptr, maxName));
    checkName(errors, u"preferred_name"_s, preferredName, {},
              tr("The preferred name can be at most %n characters.", nullptr, maxName));

    if (!dateOfBirth.isValid())
        errors.add(u"date_of_birth"_s, tr("Enter the date of birth."));
    else if (dateOfBirth > today)
        errors.add(u"date_of_birth"_s, tr("Date of birth cannot be in the future."));
    else if (dateOfBirth < today.addYears(-MaxAgeYears))
        errors.add(u"date_of_birth"_s,
                   tr("Date of birth cannot be more than %n years ago.", nullptr, MaxAgeYears));

    if (const QString problem = FieldRules::phoneProblem(phone); !problem.isEmpty())
        errors.add(u"phone"_s, problem);
    if (const QString problem = FieldRules::emailProblem(email); !problem.isEmpty())
        errors.add(u"email"_s, problem);

    errors.append(emergencyContact.validate(), u"emergency_contact"_s);

    QSet<QString> seenCodes;
    for (const QString &code : diagnosisCodes) {
        if (!FieldRules::isIcd10Cm(code))
            errors.add(u"diagnosis_codes"_s,
                       tr("“%1” is not an ICD-10-CM code. A code is a capital letter, a digit "
                          "and a capital letter or digit, optionally followed by a dot and 1 to "
                          "4 capital letters or digits, for example F32.1.")
                           .arg(code));
        else if (seenCodes.contains(code))
            errors.add(u"diagnosis_codes"_s, tr("“%1” is listed more than once.").arg(code));
        seenCodes.insert(code);
    }

    for (const QString &allergy : allergies) {
        if (FieldRules::isBlank(allergy)) {
            errors.add(u"allergies"_s, tr("An allergy entry is empty. Fill it in or remove it."));
            break;
        }
    }

    QSet<QUuid> seenClinicians;
    for (const QUuid &clinician : careTeam) {
        if (clinician.isNull())
            errors.add(u"care_team"_s, tr("A care team entry does not name a clinician."));
        else if (seenClinicians.contains(clinician))
            errors.add(u"care_team"_s,
                       tr("A clinician is listed more than once in the care team."));
        seenClinicians.insert(clinician);
    }
    return errors;
}

QJsonObject Patient::toJson() const
{
    QJsonArray flags;
    for (RiskFlag flag : riskFlags)
        flags.append(enumId(flag));

    QJsonObject object{
        {"mrn"_L1, mrn},
        {"given_name"_L1, givenName},
        {"family_name"_L1, familyName},
        {"preferred_name"_L1, preferredName},
        {"date_of_birth"_L1, JsonValues::fromDate(dateOfBirth)},
        {"sex_at_birth"_L1, enumId(sexAtBirth)},
        {"gender_identity"_L1, genderIdentity},
        {"pronouns"_L1, pronouns},
        {"phone"_L1, phone},
        {"email"_L1, email},
        {"address"_L1, address.toJson()},
        {"emergency_contact"_L1, emergencyContact.toJson()},
        {"diagnosis_codes"_L1, QJsonArray::fromStringList(diagnosisCodes)},
        {"allergies"_L1, QJsonArray::fromStringList(allergies)},
        {"risk_flags"_L1, flags},
        {"care_team"_L1, JsonValues::fromUuids(careTeam)},
        {"synthetic"_L1, synthetic},
    };
    meta.writeTo(object);
    return object;
}

Result<Patient, FieldErrors> Patient::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    Patient patient;
    patient.meta = RecordMeta::readFrom(object, errors);
    patient.mrn = reader.string("mrn"_L1);
    patient.givenName = reader.string("given_name"_L1);
    patient.familyName = reader.string("family_name"_L1);
    patient.preferredName = reader.string("preferred_name"_L1);
    patient.dateOfBirth = reader.date("date_of_birth"_L1);
    patient.sexAtBirth = reader.enumValue("sex_at_birth"_L1, SexAtBirth::Unknown);
    patient.genderIdentity = reader.string("gender_identity"_L1);
    patient.pronouns = reader.string("pronouns"_L1);
    patient.phone = reader.string("phone"_L1);
    patient.email = reader.string("email"_L1);

    auto address = Address::fromJson(reader.object("address"_L1));
    if (address)
        patient.address = std::move(address).value();
    else
        reader.appendNested("address"_L1, address.error());
    auto contact = EmergencyContact::fromJson(reader.object("emergency_contact"_L1));
    if (contact)
        patient.emergencyContact = std::move(contact).value();
    else
        reader.appendNested("emergency_contact"_L1, contact.error());

    patient.diagnosisCodes = reader.stringList("diagnosis_codes"_L1);
    patient.allergies = reader.stringList("allergies"_L1);
    patient.riskFlags = reader.enumList<RiskFlag>("risk_flags"_L1);
    patient.careTeam = reader.uuidList("care_team"_L1);
    patient.synthetic = reader.boolean("synthetic"_L1);
    if (!errors.isEmpty())
        return errors;
    return patient;
}

} // namespace nm::core
