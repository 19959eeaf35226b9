#pragma once

#include "core/Result.h"
#include "core/domain/EnumIds.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/RecordMeta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace nm::core {

/// A scheduled visit with one clinician.
struct Appointment {
    Q_DECLARE_TR_FUNCTIONS(Appointment)

public:
    enum class Kind { InPerson, Video };
    enum class Status { Scheduled, Completed, NoShow, Cancelled };

    static constexpr int MinDurationMinutes = 5;
    /// A full working day; anything longer is a typo (e.g. hours entered as minutes × 60).
    static constexpr int MaxDurationMinutes = 480;

    RecordMeta meta;
    QUuid patientId;
    QUuid clinicianId;
    /// UTC.
    QDateTime start;
    /// 0 = not set, which validate() reports.
    int durationMinutes = 0;
    Kind kind = Kind::InPerson;
    Status status = Status::Scheduled;
    QString notes;

    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }

    FieldErrors validate() const;

    QJsonObject toJson() const;
    /// Checks types and formats only; call validate() for the scheduling rules.
    static Result<Appointment, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

template <> struct EnumTraits<Appointment::Kind> {
    static constexpr std::array<EnumId<Appointment::Kind>, 2> ids{{
        {Appointment::Kind::InPerson, "in_person"},
        {Appointment::Kind::Video, "video"},
    }};
};

template <> struct EnumTraits<Appointment::Status> {
    static constexpr std::array<EnumId<Appointment::Status>, 4> ids{{
        {Appointment::Status::Scheduled, "scheduled"},
        {Appointment::Status::Completed, "completed"},
        {Appointment::Status::NoShow, "no_show"},
        {Appointment::Status::Cancelled, "cancelled"},
    }};
};

} // namespace nm::core
