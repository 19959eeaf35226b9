#pragma once

#include "core/Result.h"
#include "core/domain/FieldErrors.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace nm::core {

/// Whom to call in a crisis. Optional as a whole; once any part is filled in, the name and a
/// phone number are required, because a contact that cannot be reached is no help in a crisis.
struct EmergencyContact {
    Q_DECLARE_TR_FUNCTIONS(EmergencyContact)

public:
    QString name;
    /// Free text: "mother", "partner", "case manager".
    QString relationship;
    QString phone;

    bool isEmpty() const;
    /// Field names are this object's own ("phone"); Patient prefixes "emergency_contact.".
    FieldErrors validate() const;

    QJsonObject toJson() const;
    static Result<EmergencyContact, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const EmergencyContact &, const EmergencyContact &) = default;
};

} // namespace nm::core
