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

/// A note in the chart. Signing makes it immutable; a correction is an addendum, a new note whose
/// parentId names the signed note it amends (DESIGN §5).
struct ClinicalNote {
    Q_DECLARE_TR_FUNCTIONS(ClinicalNote)

public:
    enum class Type { Intake, Progress, MedicationManagement, Crisis, Other };
    enum class Status { Draft, Signed };

    static constexpr qsizetype MaxTitleLength = 200;

    RecordMeta meta;
    QUuid patientId;
    Type type = Type::Progress;
    QString title;
    /// Plain text.
    QString body;
    Status status = Status::Draft;
    QDateTime signedAt;
    /// User id of the signing clinician.
    QUuid signedBy;
    /// Set only on an addendum: the note it amends.
    QUuid parentId;

    bool isAddendum() const { return !parentId.isNull(); }

    /// The rules checkable on this value alone; see validateAsAddendumTo() for the parent.
    FieldErrors validate() const;
    /// The addendum rules that need the parent: it is the note named by parentId, about the same
    /// patient, signed and not deleted. Errors are reported on "parent_id".
    FieldErrors validateAsAddendumTo(const ClinicalNote &parent) const;

    QJsonObject toJson() const;
    /// Checks types and formats only; call validate() for the clinical rules.
    static Result<ClinicalNote, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const ClinicalNote &, const ClinicalNote &) = default;
};

template <> struct EnumTraits<ClinicalNote::Type> {
    static constexpr std::array<EnumId<ClinicalNote::Type>, 5> ids{{
        {ClinicalNote::Type::Intake, "intake"},
        {ClinicalNote::Type::Progress, "progress"},
        {ClinicalNote::Type::MedicationManagement, "medication_management"},
        {ClinicalNote::Type::Crisis, "crisis"},
        {ClinicalNote::Type::Other, "other"},
    }};
};

template <> struct EnumTraits<ClinicalNote::Status> {
    static constexpr std::array<EnumId<ClinicalNote::Status>, 2> ids{{
        {ClinicalNote::Status::Draft, "draft"},
        {ClinicalNote::Status::Signed, "signed"},
    }};
};

} // namespace nm::core
