#include "server/sync/SyncEntity.h"

#include "core/domain/Appointment.h"
#include "core/domain/Assessment.h"
#include "core/domain/ClinicalNote.h"
#include "core/domain/Medication.h"
#include "core/domain/Observation.h"
#include "core/domain/Patient.h"

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::Permission;

namespace nm::server {

namespace {

// fromJson checks types; validate() the rules. Both are the workstation's own.
template <typename T> FieldErrors checked(const QJsonObject &record)
{
    auto decoded = T::fromJson(record);
    if (!decoded)
        return decoded.error();
    return decoded.value().validate();
}

FieldErrors checkedPatient(const QJsonObject &record, QDate today)
{
    auto decoded = nm::core::Patient::fromJson(record);
    if (!decoded)
        return decoded.error();
    return decoded.value().validate(today);
}

bool never(const QJsonObject &)
{
    return false;
}

bool signedNote(const QJsonObject &record)
{
    return record.value(u"status"_s).toString() == "signed"_L1;
}

bool completedAssessment(const QJsonObject &record)
{
    return record.value(u"status"_s).toString() == "completed"_L1;
}

} // namespace

QString SyncEntity::patientIdOf(const QString &id, const QJsonObject &record) const
{
    return name == "patient"_L1 ? id : record.value(u"patient_id"_s).toString();
}

const QList<SyncEntity> &SyncEntity::all()
{
    static const QList<SyncEntity> entities{
        // Who is on the care team is decided by administrators on the server (care_team), so
        // the patient's care_team field is the server's to fill.
        {u"patient"_s,
         u"patients"_s,
         Permission::ClinicalWrite,
         checkedPatient,
         never,
         {u"care_team"_s}},
        {u"clinical_note"_s,
         u"clinical_notes"_s,
         Permission::ClinicalWrite,
         [](const QJsonObject &record, QDate) { return checked<nm::core::ClinicalNote>(record); },
         signedNote,
         {}},
        {u"assessment"_s,
         u"assessments"_s,
         Permission::AssessmentsWrite,
         [](const QJsonObject &record, QDate) { return checked<nm::core::Assessment>(record); },
         completedAssessment,
         {}},
        {u"medication"_s,
         u"medications"_s,
         Permission::MedicationsWrite,
         [](const QJsonObject &record, QDate) { return checked<nm::core::Medication>(record); },
         never,
         {}},
        {u"appointment"_s,
         u"appointments"_s,
         Permission::AppointmentsWrite,
         [](const QJsonObject &record, QDate) { return checked<nm::core::Appointment>(record); },
         never,
         {}},
        {u"observation"_s,
         u"observations"_s,
         Permission::ObservationsWrite,
         [](const QJsonObject &record, QDate) { return checked<nm::core::Observation>(record); },
         never,
         {}},
    };
    return entities;
}

const SyncEntity *SyncEntity::find(QStringView name)
{
    for (const SyncEntity &entity : all()) {
        if (entity.name == name)
            return &entity;
    }
    return nullptr;
}

} // namespace nm::server
