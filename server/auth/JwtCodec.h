#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "server/auth/JwtClaims.h"
#include "server/auth/JwtError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace nm::server {

/// Issues and verifies access tokens as JWS compact HS256 tokens. The algorithm is pinned here,
/// never taken from the token: a header naming anything else (none, HS512, RS256, …) is refused
/// before the signature is looked at.
class JwtCodec {
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr std::chrono::seconds DefaultLifetime{15 * 60};
    /// Clock skew tolerated on nbf and iat, for servers whose clocks disagree slightly. exp gets
    /// none: a token's lifetime is exactly what was issued.
    static constexpr std::chrono::seconds Leeway{30};
    /// Longer input is refused unparsed; our tokens are a few hundred bytes.
    static constexpr qsizetype MaxTokenSize = 8192;

    /// A codec signing with \a key, which must hold at least 256 bits (RFC 7518 §3.2).
    static nm::core::Result<JwtCodec, QString> create(nm::core::SecureBuffer key);
    /// A fresh 256-bit signing key from the CSPRNG.
    static nm::core::SecureBuffer generateKey();

    /// Claims for a new token: subject, a random jti, iat = nbf = \a now, exp = now + lifetime.
    static JwtClaims claimsFor(const QString &subject, const QDateTime &now,
                               std::chrono::seconds lifetime = DefaultLifetime);

    /// The signed compact token for \a claims.
    QByteArray issue(const JwtClaims &claims) const;
    /// The claims of \a token when it is well formed, signed with our key and valid at \a now.
    nm::core::Result<JwtClaims, JwtError> verify(QByteArrayView token, const QDateTime &now) const;

private:
    explicit JwtCodec(nm::core::SecureBuffer key);

    QByteArray sign(QByteArrayView signingInput) const;

    nm::core::SecureBuffer m_key;
};

} // namespace nm::server
