#pragma once

#include "core/Result.h"
#include "core/domain/EnumIds.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/RecordMeta.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace nm::core {

/// One medication course on the chart: started, possibly stopped, with the prescriber.
struct Medication {
    Q_DECLARE_TR_FUNCTIONS(Medication)

public:
    enum class Route {
        Oral,
        Sublingual,
        Intramuscular,
        Intravenous,
        Subcutaneous,
        Transdermal,
        Inhaled,
        Other
    };

    static constexpr qsizetype MaxNameLength = 200;

    RecordMeta meta;
    QUuid patientId;
    /// As prescribed, e.g. "sertraline".
    QString name;
    /// Amount per administration; no value when not recorded.
    std::optional<double> dose;
    /// One of units(); required when a dose is given.
    QString unit;
    Route route = Route::Oral;
    /// Free text, e.g. "once daily", "at bedtime as needed".
    QString frequency;
    QDate startDate;
    /// No date while the medication is current.
    QDate stopDate;
    QString reasonStopped;
    /// User id of the prescriber; null when prescribed outside the practice.
    QUuid prescriberId;

    bool isStopped() const { return stopDate.isValid(); }

    /// The dose units accepted, spelled as they must be written ("mL", not "ml").
    static QStringList units();

    FieldErrors validate() const;

    QJsonObject toJson() const;
    /// Checks types and formats only; call validate() for the clinical rules.
    static Result<Medication, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const Medication &, const Medication &) = default;
};

template <> struct EnumTraits<Medication::Route> {
    static constexpr std::array<EnumId<Medication::Route>, 8> ids{{
        {Medication::Route::Oral, "oral"},
        {Medication::Route::Sublingual, "sublingual"},
        {Medication::Route::Intramuscular, "im"},
        {Medication::Route::Intravenous, "iv"},
        {Medication::Route::Subcutaneous, "sc"},
        {Medication::Route::Transdermal, "transdermal"},
        {Medication::Route::Inhaled, "inhaled"},
        {Medication::Route::Other, "other"},
    }};
};

} // namespace nm::core
