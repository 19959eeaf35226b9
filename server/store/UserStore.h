#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/User.h"
#include "server/auth/PasswordHasher.h"
#include "server/store/MasterKey.h"
#include "server/store/ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace nm::server {

/// User accounts in the server database. Passwords are kept only as Argon2id hashes; each user's
/// cache key (the data-encryption key of their workstation caches, DESIGN §4) is generated here
/// and escrowed sealed under the master key. Usernames are case-insensitive (stored lowercase),
/// so "Alice" and "alice" cannot be two accounts.
class UserStore {
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    struct Error {
        enum class Kind { Invalid, Duplicate, Storage };
        Kind kind;
        QString message;
        nm::core::FieldErrors fields;
    };

    /// Passwords shorter than this are refused (NIST SP 800-63B asks for at least 8; clinical
    /// accounts guard many patients' records).
    static constexpr qsizetype MinPasswordLength = 12;

    UserStore(const ServerDatabase &database, const MasterKey &masterKey,
              PasswordHasher hasher = PasswordHasher());

    /// Creates an active account with a new id and a new escrowed cache key; the stored account.
    nm::core::Result<nm::core::User, Error>
    create(nm::core::User user, const nm::core::SecureBuffer &password, const QDateTime &now);
    nm::core::Result<std::optional<nm::core::User>, Error>
    findByUsername(const QString &username) const;
    /// The user's cache key, unsealed; std::nullopt for an unknown user or an altered record.
    nm::core::Result<std::optional<nm::core::SecureBuffer>, Error>
    cacheKey(const QUuid &userId) const;
    /// Whether \a password is the user's; the same Argon2id work is done for an unknown user.
    bool checkPassword(const QString &username, const nm::core::SecureBuffer &password) const;
    bool checkPassword(const QUuid &userId, const nm::core::SecureBuffer &password) const;

    nm::core::Result<std::optional<nm::core::User>, Error> findById(const QUuid &userId) const;
    /// Every account, active or not, by username.
    nm::core::Result<QList<nm::core::User>, Error> list() const;

    /// What an administrator may change on an account; empty members stay as they are.
    struct Changes {
        std::optional<QString> displayName;
        std::optional<QString> email;
        std::optional<QList<nm::core::Role>> roles;
    };
    /// The changed account; Invalid (with fields) when the result would not validate;
    /// std::nullopt for an unknown user.
    nm::core::Result<std::optional<nm::core::User>, Error>
    update(const QUuid &userId, const Changes &changes, const QDateTime &now);
    /// Deactivated accounts cannot sign in and are never deleted. False for an unknown user.
    nm::core::Result<bool, Error> setActive(const QUuid &userId, bool active, const QDateTime &now);
    /// Replaces the password (same length rule as create()). With \a mustChange the user can
    /// only set a new one at the next sign-in. False for an unknown user.
    nm::core::Result<bool, Error> setPassword(const QUuid &userId,
                                              const nm::core::SecureBuffer &password,
                                              bool mustChange, const QDateTime &now);
    /// Active accounts holding \a role (so the last administrator cannot be removed).
    nm::core::Result<int, Error> countActiveWithRole(nm::core::Role role) const;

    /// MFA: a new secret is stored sealed and pending until confirmMfa(); resetMfa() removes it.
    nm::core::Status<Error> setPendingMfaSecret(const QUuid &userId,
                                                const nm::core::SecureBuffer &secret,
                                                const QDateTime &now);
    struct MfaState {
        std::optional<nm::core::SecureBuffer> secret;
        bool enrolled = false;
        std::optional<qint64> lastStep;
    };
    nm::core::Result<MfaState, Error> mfaState(const QUuid &userId) const;
    /// Records \a step as used, atomically refusing a step at or before the last one used (so
    /// two requests cannot both spend one code); with \a confirm also marks MFA enrolled.
    nm::core::Result<bool, Error> spendMfaStep(const QUuid &userId, qint64 step, bool confirm,
                                               const QDateTime &now);
    nm::core::Result<bool, Error> resetMfa(const QUuid &userId, const QDateTime &now);

private:
    nm::core::Result<QString, Error> hashPassword(const nm::core::SecureBuffer &password) const;
    nm::core::Result<bool, Error> execUpdate(QSqlQuery &query) const;

    const ServerDatabase &m_database;
    const MasterKey &m_masterKey;
    PasswordHasher m_hasher;
};

} // namespace nm::server
