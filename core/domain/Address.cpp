#include "core/domain/Address.h"

#include "core/domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace nm::core {

bool Address::isEmpty() const
{
    return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && region.isEmpty() &&
           postalCode.isEmpty() && country.isEmpty();
}

QJsonObject Address::toJson() const
{
    return {
        {"line1"_L1, line1},
        {"line2"_L1, line2},
        {"city"_L1, city},
        {"region"_L1, region},
        {"postal_code"_L1, postalCode},
        {"country"_L1, country},
    };
}

Result<Address, FieldErrors> Address::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    Address address;
    address.line1 = reader.string("line1"_L1);
    address.line2 = reader.string("line2"_L1);
    address.city = reader.string("city"_L1);
    address.region = reader.string("region"_L1);
    address.postalCode = reader.string("postal_code"_L1);
    address.country = reader.string("country"_L1);
    if (!errors.isEmpty())
        return errors;
    return address;
}

} // namespace nm::core
