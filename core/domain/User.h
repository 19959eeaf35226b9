#pragma once

#include "core/Result.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/Role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace nm::core {

/// An account: who may sign in and in which roles. Not a clinical row, so it has no RecordMeta.
struct User {
    Q_DECLARE_TR_FUNCTIONS(User)

public:
    static constexpr qsizetype MinUsernameLength = 3;
    static constexpr qsizetype MaxUsernameLength = 64;

    QUuid id;
    /// 3–64 characters: ASCII letters, digits, ".", "_" and "-"; see isUsername().
    QString username;
    QString displayName;
    QString email;
    QList<Role> roles;
    bool active = true;
    bool mfaEnrolled = false;
    bool mustChangePassword = false;

    static bool isUsername(QStringView text);

    FieldErrors validate() const;

    QJsonObject toJson() const;
    /// Checks types and formats only; call validate() for the account rules.
    static Result<User, FieldErrors> fromJson(const QJsonObject &object);

    friend bool operator==(const User &, const User &) = default;
};

} // namespace nm::core
