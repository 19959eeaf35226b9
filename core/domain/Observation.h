#pragma once

#include "core/Result.h"
#include "core/domain/EnumIds.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/RecordMeta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QUuid>

namespace nm::core {

/// One measurement at one time: a wearable sample, a daily total or a self-rating.
struct Observation {
    Q_DECLARE_TR_FUNCTIONS(Observation)

public:
    enum class Kind {
        SleepMinutes,
        Steps,
        RestingHeartRate,
        HrvRmssd,
        Mood,
        HeartRate,
        Spo2,
        RespiratoryRate,
        WeightKg,
    };

    /// The values a kind can plausibly take, inclusive, and the one unit it is recorded in.
    /// Outside the range is a device or entry error, not a clinical finding.
    struct KindSpec {
        double minimum;
        double maximum;
        const char *unit;
    };
    static KindSpec specFor(Kind kind);
    static QLatin1StringView unitFor(Kind kind) { return QLatin1StringView(specFor(kind).unit); }
    /// The kind's name for people, e.g. "Resting heart rate".
    static QString label(Kind kind);

    RecordMeta meta;
    QUuid patientId;
    /// UTC.
    QDateTime at;
    Kind kind = Kind::HeartRate;
    double value = 0;
    /// Must equal unitFor(kind).
    QString unit;
    /// Where it came from, e.g. "apple_health", "fitbit", "manual".
    QString source;

    FieldErrors validate() const;

    QJsonObject toJson() const;
    /// Checks types and formats only; call validate() for the plausibility rules.
    static Result<Observation, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const Observation &, const Observation &) = default;
};

template <> struct EnumTraits<Observation::Kind> {
    static constexpr std::array<EnumId<Observation::Kind>, 9> ids{{
        {Observation::Kind::SleepMinutes, "sleep_minutes"},
        {Observation::Kind::Steps, "steps"},
        {Observation::Kind::RestingHeartRate, "resting_hr"},
        {Observation::Kind::HrvRmssd, "hrv_rmssd"},
        {Observation::Kind::Mood, "mood_0_10"},
        {Observation::Kind::HeartRate, "heart_rate"},
        {Observation::Kind::Spo2, "spo2"},
        {Observation::Kind::RespiratoryRate, "respiratory_rate"},
        {Observation::Kind::WeightKg, "weight_kg"},
    }};
};

} // namespace nm::core
