#include "core/domain/Appointment.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"

using namespace Qt::StringLiterals;

namespace nm::core {

FieldErrors Appointment::validate() const
{
    FieldErrors errors = meta.validate();
    if (patientId.isNull())
        errors.add(u"patient_id"_s, tr("The appointment is not linked to a patient."));
    if (clinicianId.isNull())
        errors.add(u"clinician_id"_s, tr("Choose the clinician for the appointment."));
    if (!start.isValid())
        errors.add(u"start"_s, tr("Enter the start date and time of the appointment."));
    if (durationMinutes < MinDurationMinutes || durationMinutes > MaxDurationMinutes)
        errors.add(u"duration_minutes"_s,
                   tr("The duration must be between %1 and %2 minutes (8 hours).")
                       .arg(MinDurationMinutes)
                       .arg(MaxDurationMinutes));
    return errors;
}

QJsonObject Appointment::toJson() const
{
    QJsonObject object{
        {"patient_id"_L1, JsonValues::fromUuid(patientId)},
        {"clinician_id"_L1, JsonValues::fromUuid(clinicianId)},
        {"start"_L1, JsonValues::fromInstant(start)},
        {"duration_minutes"_L1, durationMinutes},
        {"kind"_L1, enumId(kind)},
        {"status"_L1, enumId(status)},
        {"notes"_L1, notes},
    };
    meta.writeTo(object);
    return object;
}

Result<Appointment, FieldErrors> Appointment::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    Appointment appointment;
    appointment.meta = RecordMeta::readFrom(object, errors);
    appointment.patientId = reader.uuid("patient_id"_L1);
    appointment.clinicianId = reader.uuid("clinician_id"_L1);
    appointment.start = reader.instant("start"_L1);
    appointment.durationMinutes = reader.int32("duration_minutes"_L1);
    appointment.kind = reader.enumValue("kind"_L1, Kind::InPerson);
    appointment.status = reader.enumValue("status"_L1, Status::Scheduled);
    appointment.notes = reader.string("notes"_L1);
    if (!errors.isEmpty())
        return errors;
    return appointment;
}

} // namespace nm::core
