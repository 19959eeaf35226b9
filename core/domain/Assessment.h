#pragma once

#include "core/Result.h"
#include "core/domain/EnumIds.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/RecordMeta.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace nm::core {

/// One administration of a standardized instrument (PHQ-9, GAD-7, …). Scores are computed by
/// core/instruments and stored here; immutable once completed (DESIGN §5).
struct Assessment {
    Q_DECLARE_TR_FUNCTIONS(Assessment)

public:
    enum class Status { InProgress, Completed };

    /// One item's answer. Responses are a list, not a map, so the instrument's item order
    /// survives storage and JSON (a JSON object's keys have no order).
    struct ItemResponse {
        QString itemId;
        /// No value = the item was not answered (instruments have rules for missing items).
        std::optional<double> score;

        friend bool operator==(const ItemResponse &, const ItemResponse &) = default;
    };

    RecordMeta meta;
    QUuid patientId;
    /// The definition's id in core/instruments, e.g. "phq9".
    QString instrumentId;
    /// The definition's version, from 1; scores are only comparable within one version.
    int instrumentVersion = 1;
    QList<ItemResponse> responses;
    QDateTime administeredAt;
    Status status = Status::InProgress;
    /// No value when the instrument's missing-item rule allows no total.
    std::optional<double> totalScore;
    /// Subscale id → score.
    QMap<QString, double> subscaleScores;
    /// Severity band id from the instrument definition, e.g. "moderate"; empty when none.
    QString band;
    /// Safety and screening flags raised by scoring, e.g. "suicide_risk".
    QStringList flags;
    /// User id of the clinician who administered it.
    QUuid administeredBy;

    FieldErrors validate() const;

    QJsonObject toJson() const;
    /// Checks types and formats only; call validate() for the clinical rules.
    static Result<Assessment, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const Assessment &, const Assessment &) = default;
};

template <> struct EnumTraits<Assessment::Status> {
    static constexpr std::array<EnumId<Assessment::Status>, 2> ids{{
        {Assessment::Status::InProgress, "in_progress"},
        {Assessment::Status::Completed, "completed"},
    }};
};

} // namespace nm::core
