#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "core/sync/ApiError.h"
#include "core/sync/SignedInUser.h"

#include <QJsonObject>
#include <QUuid>

namespace nm::core {

/// A successful POST /api/v1/auth/login. A full session carries the refresh token, the user's
/// escrowed cache key and the offline grace period; a setup-only session (MFA enrollment or a
/// forced password change pending) carries the access token alone, good for those two steps.
struct LoginResult {
    /// The size of the escrowed cache key: an AES-256 / SQLCipher raw key.
    static constexpr qsizetype CacheKeySize = 32;

    SecureBuffer accessToken;
    /// Seconds the access token lives (the server's "expires_in").
    int accessTokenLifetimeSeconds = 0;
    /// Empty for a setup-only session.
    SecureBuffer refreshToken;
    /// The cache's data-encryption key, CacheKeySize bytes; empty for a setup-only session.
    SecureBuffer cacheKey;
    /// Days the cache may be unlocked offline since this sign-in; 0 for a setup-only session.
    int offlineGraceDays = 0;
    SignedInUser user;
    /// The device id the server recorded (the one sent, or a new one when none was).
    QUuid deviceId;
    bool mfaEnrollmentRequired = false;
    bool passwordChangeRequired = false;

    bool isSetupOnly() const { return mfaEnrollmentRequired || passwordChangeRequired; }

    /// Reads the login answer; a Kind::Decode error names the member that is missing or wrong.
    static Result<LoginResult, ApiError> fromJson(const QJsonObject &answer);
};

} // namespace nm::core
