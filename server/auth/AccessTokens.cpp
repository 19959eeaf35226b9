#include "server/auth/AccessTokens.h"

using namespace Qt::StringLiterals;

namespace nm::server {

QByteArray AccessTokens::issue(const JwtCodec &codec, const SessionStore::State &session,
                               const QDateTime &now)
{
    JwtClaims claims = JwtCodec::claimsFor(session.userId.toString(QUuid::WithoutBraces), now);
    claims.extra.insert(u"sid"_s, session.sessionId.toString(QUuid::WithoutBraces));
    claims.extra.insert(u"did"_s, session.deviceId.toString(QUuid::WithoutBraces));
    claims.extra.insert(u"scope"_s,
                        session.scope == SessionStore::Scope::Setup ? u"setup"_s : u"full"_s);
    return codec.issue(claims);
}

QUuid AccessTokens::sessionOf(const JwtClaims &claims)
{
    return QUuid::fromString(claims.extra.value(u"sid"_s).toString());
}

} // namespace nm::server
