#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QJsonObject>

#include <optional>

namespace nm::core {

/// The pair of tokens a signed-in session runs on. The access token (a 15-minute JWT) goes in
/// every request's Authorization header; the refresh token (opaque, one use) buys the next pair
/// and is what the workstation persists between runs. Both stay in locked memory.
struct SessionTokens {
    SecureBuffer accessToken;
    /// Empty for a setup-only session (MFA enrollment or a forced password change), which the
    /// server gives no refresh token.
    SecureBuffer refreshToken;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    /// A second copy, also in locked memory (SecureBuffer is move-only on purpose).
    SessionTokens copy() const;

    /// "access_token" and, when present, "refresh_token" of a login or refresh answer;
    /// std::nullopt when the access token is missing or not a string.
    static std::optional<SessionTokens> fromJson(const QJsonObject &answer);
};

} // namespace nm::core
