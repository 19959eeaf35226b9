#include "server/store/SessionStore.h"

#include "core/domain/EnumIds.h"
#include "server/auth/OpaqueToken.h"
#include "server/store/SqlSupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using nm::core::SecureBuffer;

namespace nm::server {

namespace {

QString scopeText(SessionStore::Scope scope)
{
    return scope == SessionStore::Scope::Setup ? u"setup"_s : u"full"_s;
}

} // namespace

SessionStore::SessionStore(const ServerDatabase &database)
    : m_database(database)
{}

nm::core::Result<QUuid, QString> SessionStore::open(const QUuid &userId, const QUuid &deviceId,
                                                    Scope scope, qint64 nowMs)
{
    const QUuid id = QUuid::createUuid();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO sessions (id, user_id, device_id, scope, created_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(idText(id));
    q.addBindValue(idText(userId));
    q.addBindValue(idText(deviceId));
    q.addBindValue(scopeText(scope));
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlFailure(u"Opening the session"_s, q);
    return id;
}

nm::core::Result<SecureBuffer, QString> SessionStore::issueRefreshToken(const QUuid &sessionId,
                                                                        qint64 nowMs)
{
    SecureBuffer token = OpaqueToken::generate();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO refresh_tokens (token_hash, family_id, user_id, device_id, issued_at, "
              "expires_at) SELECT ?, id, user_id, device_id, ?, ? FROM sessions WHERE id = ?"_s);
    q.addBindValue(OpaqueToken::hashForStorage(token));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs + RefreshLifetimeMs);
    q.addBindValue(idText(sessionId));
    if (!q.exec())
        return sqlFailure(u"Issuing the refresh token"_s, q);
    if (q.numRowsAffected() != 1)
        return u"Issuing the refresh token failed: no such session"_s;
    return token;
}

nm::core::Result<SessionStore::Rotation, QString> SessionStore::rotate(QByteArrayView token,
                                                                       qint64 nowMs)
{
    Rotation rotation;
    if (!OpaqueToken::isWellFormed(token))
        return rotation; // Unknown, without a lookup
    const QString hash = OpaqueToken::hashForStorage(token);
    QSqlDatabase db = m_database.connection();

    // One conditional UPDATE decides which of two concurrent uses wins: only the first finds
    // rotated_at still empty. Everything after it is bookkeeping for that outcome.
    QSqlQuery use(db);
    use.prepare(u"UPDATE refresh_tokens SET rotated_at = ? WHERE token_hash = ? AND rotated_at "
                "IS NULL AND revoked_at IS NULL AND expires_at > ? AND family_id IN (SELECT id "
                "FROM sessions WHERE revoked_at IS NULL)"_s);
    use.addBindValue(nowMs);
    use.addBindValue(hash);
    use.addBindValue(nowMs);
    if (!use.exec())
        return sqlFailure(u"Using the refresh token"_s, use);

    QSqlQuery row(db);
    row.prepare(u"SELECT t.family_id, t.rotated_at, t.revoked_at, t.expires_at, s.revoked_at "
                "FROM refresh_tokens t JOIN sessions s ON s.id = t.family_id "
                "WHERE t.token_hash = ?"_s);
    row.addBindValue(hash);
    if (!row.exec())
        return sqlFailure(u"Reading the refresh token"_s, row);
    if (!row.next())
        return rotation; // Unknown
    rotation.sessionId = QUuid::fromString(row.value(0).toString());
    const bool tokenRevoked = !row.value(2).isNull() || !row.value(4).isNull();
    const bool tokenRotated = !row.value(1).isNull();
    // An unfinished SELECT keeps SQLite's read transaction open, and a write on this connection
    // would then fail with SQLITE_BUSY_SNAPSHOT whenever another request wrote in between.
    row.finish();

    if (use.numRowsAffected() == 1) {
        auto next = issueRefreshToken(rotation.sessionId, nowMs);
        if (!next)
            return next.error();
        rotation.outcome = Rotation::Outcome::Rotated;
        rotation.token = std::move(next).value();
        return rotation;
    }
    if (tokenRevoked) {
        rotation.outcome = Rotation::Outcome::Revoked;
    } else if (tokenRotated) {
        // A rotated token came back: whoever holds the family may be an attacker. End it all.
        rotation.outcome = Rotation::Outcome::Reused;
        if (auto revoked = revoke(rotation.sessionId, u"refresh_token_reused"_s, nowMs); !revoked)
            return revoked.error();
    } else {
        rotation.outcome = Rotation::Outcome::Expired;
    }
    return rotation;
}

nm::core::Result<std::optional<SessionStore::State>, QString>
SessionStore::state(const QUuid &sessionId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT s.user_id, s.device_id, s.scope, s.revoked_at, s.revoked_reason, "
              "d.revoked_at, u.active, u.username, u.roles, u.display_name FROM sessions s "
              "JOIN devices d ON d.id = s.device_id JOIN users u ON u.id = s.user_id "
              "WHERE s.id = ?"_s);
    q.addBindValue(idText(sessionId));
    if (!q.exec())
        return sqlFailure(u"Reading the session"_s, q);
    if (!q.next())
        return std::optional<State>();
    State state;
    state.sessionId = sessionId;
    state.userId = QUuid::fromString(q.value(0).toString());
    state.deviceId = QUuid::fromString(q.value(1).toString());
    state.scope = q.value(2).toString() == "setup"_L1 ? Scope::Setup : Scope::Full;
    state.sessionRevoked = !q.value(3).isNull();
    state.revokedReason = q.value(4).toString();
    state.deviceRevoked = !q.value(5).isNull();
    state.userActive = q.value(6).toInt() != 0;
    state.username = q.value(7).toString();
    state.displayName = q.value(9).toString();
    for (const QString &id : q.value(8).toString().split(u' ', Qt::SkipEmptyParts)) {
        if (const auto role = nm::core::enumFromId<nm::core::Role>(id))
            state.roles << *role;
    }
    return std::optional<State>(state);
}

nm::core::Status<QString> SessionStore::revoke(const QUuid &sessionId, const QString &reason,
                                               qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
              "WHERE id = ? AND revoked_at IS NULL"_s);
    q.addBindValue(nowMs);
    q.addBindValue(reason);
    q.addBindValue(idText(sessionId));
    if (!q.exec())
        return sqlFailure(u"Revoking the session"_s, q);
    return nm::core::Done{};
}

nm::core::Status<QString> SessionStore::revokeAllOf(const QUuid &userId, const QString &reason,
                                                    qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
              "WHERE user_id = ? AND revoked_at IS NULL"_s);
    q.addBindValue(nowMs);
    q.addBindValue(reason);
    q.addBindValue(idText(userId));
    if (!q.exec())
        return sqlFailure(u"Revoking the user's sessions"_s, q);
    return nm::core::Done{};
}

} // namespace nm::server
