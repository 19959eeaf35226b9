#pragma once

#include "core/domain/Appointment.h"
#include "core/domain/Assessment.h"
#include "core/domain/ClinicalNote.h"
#include "core/domain/EnumIds.h"
#include "core/domain/Medication.h"
#include "core/domain/Observation.h"
#include "core/domain/Patient.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QUuid>

namespace nm::core {

/// A synthetic practice made by DemoPracticeGenerator: plain records, each list in the order it
/// was generated (patient by patient).
struct DemoPractice {
    /// The course a patient's symptoms were generated to follow.
    enum class Archetype {
        /// PHQ-9 falls by at least 50 % and ends in remission (< 5).
        Responder,
        /// PHQ-9 falls by 25–49 %.
        PartialResponder,
        /// PHQ-9 falls by less than 25 %, or worsens.
        NonResponder,
        /// Improves into remission, then worsens again after stopping medication.
        Relapse,
    };

    QList<Patient> patients;
    QList<ClinicalNote> notes;
    QList<Assessment> assessments;
    QList<Medication> medications;
    QList<Appointment> appointments;
    QList<Observation> observations;

    /// Patient id → the course generated for that patient (not part of toJsonLines(): it is
    /// what tests and demos use to find an example, not chart data).
    QMap<QUuid, Archetype> archetypes;
    /// The patient with minute-level heart rate; null unless it was asked for.
    QUuid minuteHeartRatePatient;

    /// Every record as one compact JSON object per line, {"entity":"…","data":{…}}, patients
    /// first, then notes, assessments, medications, appointments and observations. Identical
    /// options give byte-identical output.
    QByteArray toJsonLines() const;
};

template <> struct EnumTraits<DemoPractice::Archetype> {
    static constexpr std::array<EnumId<DemoPractice::Archetype>, 4> ids{{
        {DemoPractice::Archetype::Responder, "responder"},
        {DemoPractice::Archetype::PartialResponder, "partial_responder"},
        {DemoPractice::Archetype::NonResponder, "non_responder"},
        {DemoPractice::Archetype::Relapse, "relapse"},
    }};
};

} // namespace nm::core
