#pragma once

#include <QString>

namespace nm::server {

/// Why an access token was refused. code() is what the API answers; reason() and description()
/// are for logs and tests, and never contain the token.
class JwtError {
public:
    enum class Reason {
        Malformed,            ///< not three base64url segments of JSON objects, or too long
        UnsupportedAlgorithm, ///< header alg is anything but HS256 (none, HS512, RS256, …)
        UnsupportedType,      ///< header typ present and not "JWT", or a crit header
        BadSignature,
        MissingClaim, ///< sub, jti, iat or exp absent, empty or of the wrong type
        Expired,
        NotYetValid,    ///< nbf lies in the future beyond the leeway
        IssuedInFuture, ///< iat lies in the future beyond the leeway
    };

    explicit JwtError(Reason reason)
        : m_reason(reason)
    {}

    Reason reason() const { return m_reason; }
    /// "token_expired" for an expired token (the client refreshes), "token_invalid" otherwise.
    QString code() const;
    QString description() const;

    friend bool operator==(const JwtError &, const JwtError &) = default;

private:
    Reason m_reason;
};

} // namespace nm::server
