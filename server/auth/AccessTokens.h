#pragma once

#include "server/auth/JwtCodec.h"
#include "server/store/SessionStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

namespace nm::server {

/// The claims our access tokens carry beyond the registered ones, in one place for the issuer
/// (sign-in, refresh) and the verifier (TokenAuthorizer): the session ("sid"), the device
/// ("did") and the scope ("scope": "full" or "setup").
class AccessTokens {
public:
    AccessTokens() = delete;

    static QByteArray issue(const JwtCodec &codec, const SessionStore::State &session,
                            const QDateTime &now);
    static int lifetimeSeconds() { return int(JwtCodec::DefaultLifetime.count()); }
    /// The session a verified token belongs to; null when the claim is missing or malformed.
    static QUuid sessionOf(const JwtClaims &claims);
};

} // namespace nm::server
