#include "core/domain/User.h"

#include "core/domain/FieldRules.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

// ASCII only: a username is typed at a login prompt on any keyboard and appears in audit
// records, where look-alike Unicode letters would let two accounts pass for one.
bool hasUsernameCharactersOnly(QStringView text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]*$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

bool User::isUsername(QStringView text)
{
    return text.size() >= MinUsernameLength && text.size() <= MaxUsernameLength &&
           hasUsernameCharactersOnly(text);
}

FieldErrors User::validate() const
{
    FieldErrors errors;
    if (id.isNull())
        errors.add(u"id"_s, tr("The account has no id."));

    if (username.isEmpty()) {
        errors.add(u"username"_s, tr("Enter a username."));
    } else {
        if (username.size() < MinUsernameLength || username.size() > MaxUsernameLength)
            errors.add(u"username"_s, tr("A username must be %1 to %2 characters long.")
                                          .arg(MinUsernameLength)
                                          .arg(MaxUsernameLength));
        if (!hasUsernameCharactersOnly(username))
            errors.add(u"username"_s,
                       tr("A username may contain only letters A–Z and a–z, digits 0–9, dots, "
                          "underscores and hyphens."));
    }

    if (FieldRules::isBlank(displayName))
        errors.add(u"display_name"_s, tr("Enter the name to show for this account."));
    else if (FieldRules::characterCount(displayName) > FieldRules::MaxNameLength)
        errors.add(u"display_name"_s, tr("The display name can be at most %n characters.", nullptr,
                                         int(FieldRules::MaxNameLength)));

    if (const QString problem = FieldRules::emailProblem(email); !problem.isEmpty())
        errors.add(u"email"_s, problem);
    if (roles.isEmpty())
        errors.add(u"roles"_s, tr("Choose at least one role."));
    return errors;
}

QJsonObject User::toJson() const
{
    QJsonArray roleArray;
    for (Role role : roles)
        roleArray.append(enumId(role));
    return {
        {"id"_L1, JsonValues::fromUuid(id)},
        {"username"_L1, username},
        {"display_name"_L1, displayName},
        {"email"_L1, email},
        {"roles"_L1, roleArray},
        {"active"_L1, active},
        {"mfa_enrolled"_L1, mfaEnrolled},
        {"must_change_password"_L1, mustChangePassword},
    };
}

Result<User, FieldErrors> User::fromJson(const QJsonObject &object)
{
    FieldErrors errors;
    JsonReader reader(object, errors);
    User user;
    user.id = reader.uuid("id"_L1);
    user.username = reader.string("username"_L1);
    user.displayName = reader.string("display_name"_L1);
    user.email = reader.string("email"_L1);
    user.roles = reader.enumList<Role>("roles"_L1);
    user.active = reader.boolean("active"_L1, true);
    user.mfaEnrolled = reader.boolean("mfa_enrolled"_L1);
    user.mustChangePassword = reader.boolean("must_change_password"_L1);
    if (!errors.isEmpty())
        return errors;
    return user;
}

} // namespace nm::core
