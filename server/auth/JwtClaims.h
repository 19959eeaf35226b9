#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace nm::server {

/// The claims of an access token. Times have one-second resolution (JWT NumericDate).
struct JwtClaims {
    QString subject; ///< sub: the user id
    QString tokenId; ///< jti: unique per token, so a single token can be revoked or traced
    QDateTime issuedAt;
    QDateTime notBefore;
    QDateTime expiresAt;
    /// Every other claim (e.g. "roles"); the registered names above are never taken from here.
    QJsonObject extra;
};

} // namespace nm::server
