#include "core/domain/Observation.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nm::core {

Observation::KindSpec Observation::specFor(Kind kind)
{
    switch (kind) {
    case Kind::SleepMinutes:
        return {0, 1440, "min"}; // at most a whole day
    case Kind::Steps:
        return {0, 200000, "steps"}; // a daily total; ultramarathons stay under this
    case Kind::RestingHeartRate:
        return {20, 250, "bpm"};
    case Kind::HrvRmssd:
        return {0, 300, "ms"};
    case Kind::Mood:
        return {0, 10, "score"};
    case Kind::HeartRate:
        return {20, 250, "bpm"};
    case Kind::Spo2:
        return {50, 100, "%"};
    case Kind::RespiratoryRate:
        return {4, 60, "breaths/min"};
    case Kind::WeightKg:
        return {1, 500, "kg"};
    }
    return {0, 0, ""};
}

QString Observation::label(Kind kind)
{
    switch (kind) {
    case Kind::SleepMinutes:
        return tr("Sleep");
    case Kind::Steps:
        return tr("Steps");
    case Kind::RestingHeartRate:
        return tr("Resting heart rate");
    case Kind::HrvRmssd:
        return tr("Heart rate variability (RMSSD)");
    case Kind::Mood:
        return tr("Mood");
    case Kind::HeartRate:
        return tr("Heart rate");
    case Kind::Spo2:
        return tr("Oxygen saturation");
    case Kind::RespiratoryRate:
        return tr("Respiratory rate");
    case Kind::WeightKg:
        return tr("Weight");
    }
    return {};
}

FieldErrors Observation::validate() const
{
    FieldErrors errors = meta.validate();
    if (patientId.isNull())
        errors.add(u"patient_id"_s, tr("The observation is not linked to a patient."));
    if (!at.isValid())
        errors.add(u"at"_s, tr("Enter the date and time of the observation."));

    const KindSpec spec = specFor(kind);
    const QLatin1StringView expectedUnit(spec.unit);
    if (!std::isfinite(value) || value < spec.minimum || value > spec.maximum) {
        const QString minimum = QString::number(spec.minimum);
        const QString maximum = QString::number(spec.maximum);
        // A rating has no unit worth saying ("between 0 and 10 score" reads as a typo).
        if (expectedUnit == "score"_L1)
            errors.add(u"value"_s,
                       tr("%1 must be between %2 and %3.").arg(label(kind), minimum, maximum));
        else
            errors.add(u"value"_s, tr("%1 must be between %2 and %3 %4.")
                                       .arg(label(kind), minimum, maximum, expectedUnit));
    }
    if (unit != expectedUnit)
        errors.add(u"unit"_s, tr("%1 must be recorded in “%2”.").arg(label(kind), expectedUnit));
    return errors;
}

QJsonObject Observation::toJson() const
{
    QJsonObject object{
        {"patient_id"_L1, JsonValues::fromUuid(patientId)},
        {"at"_L1, JsonValues::fromInstant(at)},
        {"kind"_L1, enumId(kind)},
        {"value"_L1, value},
        {"unit"_L1, unit},
        {"source"_L1, source},
    };
    meta.writeTo(object);
    return object;
}

Result<Observation, FieldErrors> Observation::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    Observation observation;
    observation.meta = RecordMeta::readFrom(object, errors);
    observation.patientId = reader.uuid("patient_id"_L1);
    observation.at = reader.instant("at"_L1);
    observation.kind = reader.enumValue("kind"_L1, Kind::HeartRate);
    // A missing value is not 0 bpm: make it an error rather than a plausible-looking default.
    if (const std::optional<double> value = reader.number("value"_L1))
        observation.value = *value;
    else if (!errors.contains(u"value"))
        errors.add(u"value"_s, tr("Expected a number."));
    observation.unit = reader.string("unit"_L1);
    observation.source = reader.string("source"_L1);
    if (!errors.isEmpty())
        return errors;
    return observation;
}

} // namespace nm::core
