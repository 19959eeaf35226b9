#pragma once

#include "core/Result.h"
#include "core/domain/FieldErrors.h"

#include <QJsonObject>
#include <QString>

namespace nm::core {

/// A postal address. Free text throughout: practices see patients from several countries, and a
/// partial address (a city only) is common at intake, so no part is required.
struct Address {
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const;

    QJsonObject toJson() const;
    static Result<Address, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace nm::core
