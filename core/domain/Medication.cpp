#include "core/domain/Medication.h"

#include "core/domain/FieldRules.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nm::core {

QStringList Medication::units()
{
    // A closed list: a typo such as "mgg" would otherwise make a dose unreadable in the twin's
    // charts and ambiguous to the next clinician.
    return {u"mg"_s,      u"mcg"_s,      u"g"_s,       u"mL"_s,    u"units"_s,
            u"IU"_s,      u"mEq"_s,      u"mmol"_s,    u"drops"_s, u"puffs"_s,
            u"tablets"_s, u"capsules"_s, u"patches"_s, u"sprays"_s};
}

FieldErrors Medication::validate() const
{
    FieldErrors errors = meta.validate();
    if (patientId.isNull())
        errors.add(u"patient_id"_s, tr("The medication is not linked to a patient."));

    if (FieldRules::isBlank(name))
        errors.add(u"name"_s, tr("Enter the medication name."));
    else if (FieldRules::characterCount(name) > MaxNameLength)
        errors.add(u"name"_s, tr("The medication name can be at most %n characters.", nullptr,
                                 int(MaxNameLength)));

    if (dose && (!std::isfinite(*dose) || *dose <= 0))
        errors.add(u"dose"_s, tr("The dose must be greater than 0."));
    if (unit.isEmpty()) {
        if (dose)
            errors.add(u"unit"_s, tr("Choose the unit of the dose, for example mg."));
    } else if (!units().contains(unit)) {
        errors.add(u"unit"_s, tr("The unit must be one of: %1.").arg(units().join(u", "_s)));
    }

    if (!startDate.isValid())
        errors.add(u"start_date"_s, tr("Enter the date the medication was started."));
    if (stopDate.isValid()) {
        if (startDate.isValid() && stopDate < startDate)
            errors.add(u"stop_date"_s, tr("The stop date cannot be before the start date."));
        if (FieldRules::isBlank(reasonStopped))
            errors.add(u"reason_stopped"_s, tr("Enter the reason the medication was stopped."));
    } else if (!reasonStopped.isEmpty()) {
        errors.add(u"stop_date"_s, tr("A reason for stopping is given, but no stop date. Enter "
                                      "the stop date, or clear the reason."));
    }
    return errors;
}

QJsonObject Medication::toJson() const
{
    QJsonObject object{
        {"patient_id"_L1, JsonValues::fromUuid(patientId)},
        {"name"_L1, name},
        {"dose"_L1, JsonValues::fromNumber(dose)},
        {"unit"_L1, unit},
        {"route"_L1, enumId(route)},
        {"frequency"_L1, frequency},
        {"start_date"_L1, JsonValues::fromDate(startDate)},
        {"stop_date"_L1, JsonValues::fromDate(stopDate)},
        {"reason_stopped"_L1, reasonStopped},
        {"prescriber_id"_L1, JsonValues::fromUuid(prescriberId)},
    };
    meta.writeTo(object);
    return object;
}

Result<Medication, FieldErrors> Medication::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    Medication medication;
    medication.meta = RecordMeta::readFrom(object, errors);
    medication.patientId = reader.uuid("patient_id"_L1);
    medication.name = reader.string("name"_L1);
    medication.dose = reader.number("dose"_L1);
    medication.unit = reader.string("unit"_L1);
    medication.route = reader.enumValue("route"_L1, Route::Oral);
    medication.frequency = reader.string("frequency"_L1);
    medication.startDate = reader.date("start_date"_L1);
    medication.stopDate = reader.date("stop_date"_L1);
    medication.reasonStopped = reader.string("reason_stopped"_L1);
    medication.prescriberId = reader.uuid("prescriber_id"_L1);
    if (!errors.isEmpty())
        return errors;
    return medication;
}

} // namespace nm::core
