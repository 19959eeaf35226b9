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

private:
    const ServerDatabase &m_database;
    const MasterKey &m_masterKey;
    PasswordHasher m_hasher;
};

} // namespace nm::server
