#include "server/auth/TokenAuthorizer.h"

#include "core/domain/RolePolicy.h"
#include "server/auth/AccessTokens.h"
#include "server/http/RequestContext.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

ProblemDetails unauthenticated(const QString &code, const QString &title)
{
    return ProblemDetails(401, code, title);
}

ProblemDetails unavailable()
{
    return ProblemDetails(503, u"unavailable"_s, u"The server cannot check the sign-in right now"_s,
                          u"Try again shortly."_s);
}

} // namespace

TokenAuthorizer::TokenAuthorizer(const JwtCodec &codec, const SessionStore &sessions,
                                 const CareTeamStore &careTeams)
    : m_codec(codec)
    , m_sessions(sessions)
    , m_careTeams(careTeams)
{}

std::optional<ProblemDetails> TokenAuthorizer::authorize(RequestContext &context) const
{
    const Access &access = context.route().access;
    if (access.isPublic())
        return std::nullopt;

    const QByteArray token = context.request().bearerToken();
    if (token.isEmpty())
        return unauthenticated(u"unauthenticated"_s, u"Sign in to use this endpoint"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Every reason a token fails (bad signature, other algorithm, expired, …) gets one answer:
    // the client's only sensible move is the same (refresh once, then sign in).
    const auto claims = m_codec.verify(token, now);
    if (!claims)
        return unauthenticated(u"invalid_token"_s, u"The access token is not valid"_s);
    const QUuid sessionId = AccessTokens::sessionOf(claims.value());
    if (sessionId.isNull())
        return unauthenticated(u"invalid_token"_s, u"The access token is not valid"_s);

    const auto found = m_sessions.state(sessionId);
    if (!found)
        return unavailable();
    const std::optional<SessionStore::State> &session = found.value();
    if (!session || session->userId.toString(QUuid::WithoutBraces) != claims.value().subject)
        return unauthenticated(u"invalid_token"_s, u"The access token is not valid"_s);
    // The workstation acts on these two codes: device_revoked wipes its cache (DESIGN §4).
    if (session->deviceRevoked)
        return unauthenticated(u"device_revoked"_s, u"This device has been revoked"_s);
    if (!session->userActive)
        return unauthenticated(u"account_disabled"_s, u"This account has been deactivated"_s);
    if (session->sessionRevoked)
        return unauthenticated(u"session_revoked"_s, u"This session has ended; sign in again"_s);

    Caller caller;
    caller.userId = session->userId;
    caller.username = session->username;
    caller.displayName = session->displayName;
    caller.roles = session->roles;
    caller.permissions = core::RolePolicy::permissionsFor(session->roles);
    caller.sessionId = session->sessionId;
    caller.deviceId = session->deviceId;
    caller.scope =
        session->scope == SessionStore::Scope::Setup ? Caller::Scope::Setup : Caller::Scope::Full;

    if (caller.scope == Caller::Scope::Setup && access.kind() != Access::Kind::AccountSetup)
        return ProblemDetails(403, u"account_setup_required"_s,
                              u"Finish setting up the account first"_s,
                              u"Enroll in two-factor authentication or replace the temporary "
                              u"password, then sign in again."_s);
    if (const std::optional<core::Permission> required = access.requiredPermission();
        required && !caller.holds(*required))
        return ProblemDetails(403, u"forbidden"_s, u"Your role does not allow this"_s,
                              u"It needs the permission %1."_s.arg(core::enumId(*required)));

    if (const QString parameter = access.patientParameter(); !parameter.isEmpty()) {
        const QUuid patientId = QUuid::fromString(context.parameter(parameter));
        if (patientId.isNull())
            return ProblemDetails(404, u"not_found"_s, u"No such patient"_s);
        const auto allowed =
            m_careTeams.mayAccess(caller.userId, patientId, now.toMSecsSinceEpoch());
        if (!allowed)
            return unavailable();
        if (!allowed.value())
            return ProblemDetails(403, u"not_on_care_team"_s,
                                  u"You are not on this patient's care team"_s,
                                  u"A psychiatrist may use break-glass access with a reason."_s);
    }
    context.setCaller(std::move(caller));
    return std::nullopt;
}

} // namespace nm::server
