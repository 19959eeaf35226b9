#include "core/domain/EmergencyContact.h"

#include "core/domain/FieldRules.h"
#include "core/domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace nm::core {

bool EmergencyContact::isEmpty() const
{
    return name.isEmpty() && relationship.isEmpty() && phone.isEmpty();
}

FieldErrors EmergencyContact::validate() const
{
    FieldErrors errors;
    if (isEmpty())
        return errors;
    if (FieldRules::isBlank(name))
        errors.add(u"name"_s, tr("Enter the emergency contact's name."));
    else if (FieldRules::characterCount(name) > FieldRules::MaxNameLength)
        errors.add(u"name"_s, tr("The emergency contact's name can be at most %n characters.",
                                 nullptr, int(FieldRules::MaxNameLength)));
    if (FieldRules::isBlank(phone))
        errors.add(u"phone"_s, tr("Enter a phone number for the emergency contact."));
    else if (const QString problem = FieldRules::phoneProblem(phone); !problem.isEmpty())
        errors.add(u"phone"_s, problem);
    return errors;
}

QJsonObject EmergencyContact::toJson() const
{
    return {{"name"_L1, name}, {"relationship"_L1, relationship}, {"phone"_L1, phone}};
}

Result<EmergencyContact, FieldErrors> EmergencyContact::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    EmergencyContact contact;
    contact.name = reader.string("name"_L1);
    contact.relationship = reader.string("relationship"_L1);
    contact.phone = reader.string("phone"_L1);
    if (!errors.isEmpty())
        return errors;
    return contact;
}

} // namespace nm::core
