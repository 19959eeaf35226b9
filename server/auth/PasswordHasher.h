#pragma once

#include "core/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/SecureBuffer.h"

#include <QString>

namespace nm::server {

/// Hashes account passwords with Argon2id into the PHC string form
/// ($argon2id$v=19$m=…,t=…,p=…$salt$hash), which carries its own salt and costs so that raising
/// the defaults later keeps every stored hash verifiable (and flags it for rehashing).
class PasswordHasher {
public:
    /// Argon2id with 19 MiB, 2 passes, 1 lane: OWASP's minimum recommendation; see the .cpp.
    static nm::core::KdfParams defaultParams();

    /// \a params below defaultParams() are accepted (tests, benchmarks) but needsRehash() then
    /// reports every hash this hasher writes as due for an upgrade.
    explicit PasswordHasher(nm::core::KdfParams params = defaultParams());

    nm::core::KdfParams params() const { return m_params; }

    /// The PHC string for \a password with a fresh 128-bit salt. The error (for logs) never
    /// contains the password.
    nm::core::Result<QString, QString> hash(const nm::core::SecureBuffer &password) const;
    /// True when \a password matches \a encoded; libargon2 compares in constant time. False too
    /// when \a encoded is not an Argon2id PHC string or asks for costs outside KdfParams' bounds.
    bool verify(const nm::core::SecureBuffer &password, const QString &encoded) const;
    /// Spends the same Argon2id work as verify() and always answers false, so a login for an
    /// unknown user takes as long as one with a wrong password.
    bool verifyDummy(const nm::core::SecureBuffer &password) const;
    /// True when \a encoded is not Argon2id v19, is unreadable, or its memory or pass count is
    /// below this hasher's: the caller re-hashes after the next successful verify().
    bool needsRehash(const QString &encoded) const;

private:
    nm::core::KdfParams m_params;
};

} // namespace nm::server
