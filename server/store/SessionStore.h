#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "core/domain/Role.h"
#include "server/store/ServerDatabase.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace nm::server {

/// Sign-in sessions and their refresh tokens (DESIGN §7). A session is one sign-in on one device;
/// its refresh tokens form a family. A token is opaque (256 random bits), stored only as its
/// SHA-256, and good for one use: using it rotates it. Presenting a token that was already
/// rotated means it was copied, so the whole session is revoked.
class SessionStore {
public:
    enum class Scope { Full, Setup };

    /// What the Authorizer needs on every request, in one query: the session and its device
    /// and user as they are now.
    struct State {
        QUuid sessionId;
        QUuid userId;
        QUuid deviceId;
        Scope scope = Scope::Full;
        bool sessionRevoked = false;
        QString revokedReason;
        bool deviceRevoked = false;
        bool userActive = false;
        QString username;
        QString displayName;
        QList<nm::core::Role> roles;
    };

    struct Rotation {
        enum class Outcome { Rotated, Unknown, Reused, Expired, Revoked };
        Outcome outcome = Outcome::Unknown;
        QUuid sessionId;
        /// The new token (wire form); set only when Rotated.
        nm::core::SecureBuffer token;
    };

    static constexpr qint64 RefreshLifetimeMs = 30LL * 24 * 60 * 60 * 1000;

    explicit SessionStore(const ServerDatabase &database);

    /// A new session for \a userId on \a deviceId; its id.
    nm::core::Result<QUuid, QString> open(const QUuid &userId, const QUuid &deviceId, Scope scope,
                                          qint64 nowMs);
    /// A new refresh token of \a sessionId, in wire form.
    nm::core::Result<nm::core::SecureBuffer, QString> issueRefreshToken(const QUuid &sessionId,
                                                                        qint64 nowMs);
    /// Uses \a token once: Rotated with its successor, or why not. Reused revokes the session.
    nm::core::Result<Rotation, QString> rotate(QByteArrayView token, qint64 nowMs);
    nm::core::Result<std::optional<State>, QString> state(const QUuid &sessionId) const;

    /// Ends one session (logout); its refresh tokens stop working.
    nm::core::Status<QString> revoke(const QUuid &sessionId, const QString &reason, qint64 nowMs);
    /// Ends every session of \a userId (deactivation, password or MFA reset).
    nm::core::Status<QString> revokeAllOf(const QUuid &userId, const QString &reason, qint64 nowMs);

private:
    const ServerDatabase &m_database;
};

} // namespace nm::server
