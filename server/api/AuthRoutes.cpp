#include "server/api/AuthRoutes.h"

#include "core/crypto/SecureBuffer.h"
#include "core/domain/JsonReader.h"
#include "core/domain/RolePolicy.h"
#include "server/auth/AccessTokens.h"
#include "server/auth/TotpAuthenticator.h"
#include "server/http/ApiServer.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestContext.h"
#include "server/store/SqlSupport.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;
using nm::core::FieldErrors;
using nm::core::JsonReader;
using nm::core::SecureBuffer;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponder::StatusCode;

namespace nm::server {

namespace {

QHttpServerResponse internalError()
{
    // The cause is a storage failure; the operator sees it in the database's own log, the
    // client only that it may retry.
    return ProblemDetails(500, u"internal_error"_s, u"The server could not complete the request"_s)
        .toResponse();
}

QHttpServerResponse invalidCredentials()
{
    // One answer for an unknown user, a wrong password and a wrong code: nothing tells an
    // attacker which part was right.
    return ProblemDetails(401, u"invalid_credentials"_s, u"The username or password is wrong"_s)
        .toResponse();
}

QHttpServerResponse withRetryAfter(ProblemDetails problem, qint64 retryAfterMs)
{
    const qint64 seconds = std::max<qint64>(1, (retryAfterMs + 999) / 1000);
    problem.with(u"retry_after_seconds"_s, double(seconds));
    QHttpServerResponse response = problem.toResponse();
    response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

QJsonObject userJson(const core::User &user)
{
    QJsonArray roles;
    for (const core::Role role : user.roles)
        roles.append(QString(core::enumId(role)));
    return {{u"id"_s, idText(user.id)},
            {u"username"_s, user.username},
            {u"display_name"_s, user.displayName},
            {u"roles"_s, roles},
            {u"permissions"_s,
             QJsonArray::fromStringList(core::RolePolicy::permissionIds(user.roles))}};
}

void audit(const ServerServices &services, const RequestContext &context, const QString &action,
           const QUuid &actor, QJsonObject details = {})
{
    // A failed audit write must not turn a sign-in into an error; the request log still shows
    // the request by id.
    [[maybe_unused]] const auto recorded = services.audit.record({.action = action,
                                                                  .actorId = actor,
                                                                  .targetId = {},
                                                                  .patientId = {},
                                                                  .requestId = context.requestId(),
                                                                  .details = std::move(details)},
                                                                 ServerServices::nowMs());
}

/// One failed attempt: counted for throttling and lockout, in the metrics and in the audit.
QHttpServerResponse refuseLogin(const ServerServices &services, const RequestContext &context,
                                const QString &username, const QUuid &userId, const QString &why)
{
    services.loginGuard.recordFailure(username, context.request().remoteAddress().toString(),
                                      ServerServices::nowMs());
    services.metrics.incrementLoginFailures();
    audit(services, context, u"auth.login_failed"_s, userId, {{u"reason"_s, why}});
    return invalidCredentials();
}

QHttpServerResponse login(const ServerServices &services, const RequestContext &context)
{
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    JsonReader reader(body.value(), errors);
    const QString username = reader.string("username"_L1).trimmed().toLower();
    const QString password = reader.string("password"_L1);
    const QString totp = reader.string("totp"_L1).trimmed();
    QUuid deviceId = reader.uuid("device_id"_L1);
    QString deviceName = reader.string("device_name"_L1).trimmed();
    if (username.isEmpty() && !errors.contains(u"username"))
        errors.add(u"username"_s, u"Enter a username."_s);
    if (password.isEmpty() && !errors.contains(u"password"))
        errors.add(u"password"_s, u"Enter a password."_s);
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    const QString address = context.request().remoteAddress().toString();
    const LoginGuard::Decision decision =
        services.loginGuard.check(username, address, ServerServices::nowMs());
    if (decision.kind == LoginGuard::Decision::Kind::Throttled)
        return withRetryAfter(
            ProblemDetails(429, u"rate_limited"_s, u"Too many failed sign-ins from this address"_s),
            decision.retryAfterMs);
    if (decision.kind == LoginGuard::Decision::Kind::Locked)
        return withRetryAfter(ProblemDetails(423, u"account_locked"_s,
                                             u"The account is locked after repeated failed "
                                             u"sign-ins"_s,
                                             u"Wait, or ask an administrator to unlock it."_s),
                              decision.retryAfterMs);

    // The password is checked (with the full Argon2id cost) before anything about the account
    // is revealed.
    const SecureBuffer secret = SecureBuffer::fromUtf8(password);
    const bool passwordOk = services.users.checkPassword(username, secret);
    const auto found = services.users.findByUsername(username);
    if (!found)
        return internalError();
    if (!passwordOk || !found.value())
        return refuseLogin(services, context, username, found.value() ? found.value()->id : QUuid(),
                           u"password"_s);
    const core::User &user = *found.value();
    if (!user.active) {
        audit(services, context, u"auth.login_refused"_s, user.id,
              {{u"reason"_s, u"account_disabled"_s}});
        return ProblemDetails(403, u"account_disabled"_s, u"This account has been deactivated"_s,
                              u"Ask an administrator."_s)
            .toResponse();
    }

    SessionStore::Scope scope = SessionStore::Scope::Full;
    bool mfaEnrollmentRequired = false;
    if (user.mfaEnrolled) {
        if (totp.isEmpty())
            return ProblemDetails(401, u"mfa_required"_s,
                                  u"Enter the code from your authenticator app"_s)
                .toResponse();
        const auto mfa = services.users.mfaState(user.id);
        if (!mfa || !mfa.value().secret)
            return internalError();
        const std::optional<qint64> step = TotpAuthenticator::verify(
            *mfa.value().secret, totp, ServerServices::now(), mfa.value().lastStep);
        if (!step)
            return refuseLogin(services, context, username, user.id, u"totp"_s);
        // Spent atomically: a code seen in transit cannot sign in a second time.
        const auto spent =
            services.users.spendMfaStep(user.id, *step, false, ServerServices::now());
        if (!spent)
            return internalError();
        if (!spent.value())
            return refuseLogin(services, context, username, user.id, u"totp_replayed"_s);
    } else {
        for (const core::Role role : user.roles)
            mfaEnrollmentRequired |= services.policy.mfaRequiredRoles.contains(role);
    }
    if (mfaEnrollmentRequired || user.mustChangePassword)
        scope = SessionStore::Scope::Setup;

    if (deviceId.isNull())
        deviceId = QUuid::createUuid();
    if (deviceName.isEmpty())
        deviceName = u"Unnamed device"_s;
    const qint64 now = ServerServices::nowMs();
    const auto claim = services.devices.claim(deviceId, user.id, deviceName.left(200), now);
    if (!claim)
        return internalError();
    if (claim.value() == DeviceStore::Claim::Revoked) {
        audit(services, context, u"auth.login_refused"_s, user.id,
              {{u"reason"_s, u"device_revoked"_s}, {u"device_id"_s, idText(deviceId)}});
        return ProblemDetails(403, u"device_revoked"_s, u"This device has been revoked"_s,
                              u"Its local data must be erased; ask an administrator."_s)
            .toResponse();
    }
    if (claim.value() == DeviceStore::Claim::OtherUser)
        return ProblemDetails(409, u"device_conflict"_s,
                              u"This device id belongs to another account"_s,
                              u"Each account on a workstation needs a device id of its own."_s)
            .toResponse();

    services.loginGuard.clear(username);
    const auto sessionId = services.sessions.open(user.id, deviceId, scope, now);
    if (!sessionId)
        return internalError();
    SessionStore::State session;
    session.sessionId = sessionId.value();
    session.userId = user.id;
    session.deviceId = deviceId;
    session.scope = scope;

    QJsonObject answer{
        {u"access_token"_s,
         QString::fromLatin1(AccessTokens::issue(services.jwt, session, ServerServices::now()))},
        {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, AccessTokens::lifetimeSeconds()},
        {u"device_id"_s, idText(deviceId)},
        {u"user"_s, userJson(user)},
    };
    if (scope == SessionStore::Scope::Setup) {
        // Enough to enroll or change the password, nothing else: no refresh token, no cache key.
        answer.insert(u"mfa_enrollment_required"_s, mfaEnrollmentRequired);
        answer.insert(u"password_change_required"_s, user.mustChangePassword);
    } else {
        auto refresh = services.sessions.issueRefreshToken(session.sessionId, now);
        auto cacheKey = services.users.cacheKey(user.id);
        if (!refresh || !cacheKey || !cacheKey.value())
            return internalError();
        answer.insert(u"refresh_token"_s, QString::fromLatin1(refresh.value().view()));
        answer.insert(u"cache_key"_s,
                      QString::fromLatin1(cacheKey.value()->view().toByteArray().toBase64()));
        answer.insert(u"offline_grace_days"_s, services.policy.offlineGraceDays);
    }
    audit(services, context, u"auth.login"_s, user.id,
          {{u"device_id"_s, idText(deviceId)},
           {u"scope"_s, scope == SessionStore::Scope::Setup ? u"setup"_s : u"full"_s}});
    return QHttpServerResponse(answer);
}

QHttpServerResponse refresh(const ServerServices &services, const RequestContext &context)
{
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    JsonReader reader(body.value(), errors);
    const QString token = reader.string("refresh_token"_L1);
    if (token.isEmpty() && !errors.contains(u"refresh_token"))
        errors.add(u"refresh_token"_s, u"Required."_s);
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    const auto rotation = services.sessions.rotate(token.toLatin1(), ServerServices::nowMs());
    if (!rotation)
        return internalError();
    const SessionStore::Rotation &result = rotation.value();
    if (result.outcome == SessionStore::Rotation::Outcome::Reused)
        audit(services, context, u"auth.refresh_token_reused"_s, {},
              {{u"session_id"_s, idText(result.sessionId)}});

    std::optional<SessionStore::State> session;
    if (!result.sessionId.isNull()) {
        auto state = services.sessions.state(result.sessionId);
        if (!state)
            return internalError();
        session = state.value();
    }
    // The workstation wipes on these two (DESIGN §4), so they are told apart from a plain
    // expiry even though the token no longer works.
    if (session && session->deviceRevoked)
        return ProblemDetails(401, u"device_revoked"_s, u"This device has been revoked"_s)
            .toResponse();
    if (session && !session->userActive)
        return ProblemDetails(401, u"account_disabled"_s, u"This account has been deactivated"_s)
            .toResponse();
    if (result.outcome != SessionStore::Rotation::Outcome::Rotated || !session)
        return ProblemDetails(401, u"invalid_token"_s,
                              u"The refresh token is not valid; sign in again"_s)
            .toResponse();

    return QHttpServerResponse(QJsonObject{
        {u"access_token"_s,
         QString::fromLatin1(AccessTokens::issue(services.jwt, *session, ServerServices::now()))},
        {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, AccessTokens::lifetimeSeconds()},
        {u"refresh_token"_s, QString::fromLatin1(result.token.view())},
    });
}

QHttpServerResponse logout(const ServerServices &services, const RequestContext &context)
{
    const Caller &caller = *context.caller();
    if (!services.sessions.revoke(caller.sessionId, u"logout"_s, ServerServices::nowMs()))
        return internalError();
    audit(services, context, u"auth.logout"_s, caller.userId,
          {{u"session_id"_s, idText(caller.sessionId)}});
    return QHttpServerResponse(StatusCode::NoContent);
}

QHttpServerResponse currentSession(const RequestContext &context)
{
    // Everything comes from what the Authorizer read for this request: one query in all.
    const Caller &caller = *context.caller();
    core::User user;
    user.id = caller.userId;
    user.username = caller.username;
    user.displayName = caller.displayName;
    user.roles = caller.roles;
    return QHttpServerResponse(QJsonObject{
        {u"user"_s, userJson(user)},
        {u"session_id"_s, idText(caller.sessionId)},
        {u"device_id"_s, idText(caller.deviceId)},
        {u"scope"_s, caller.scope == Caller::Scope::Setup ? u"setup"_s : u"full"_s},
    });
}

QHttpServerResponse changePassword(const ServerServices &services, const RequestContext &context)
{
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    JsonReader reader(body.value(), errors);
    const QString current = reader.string("current_password"_L1);
    const QString next = reader.string("new_password"_L1);
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();
    const Caller &caller = *context.caller();

    const LoginGuard::Decision decision = services.loginGuard.check(
        caller.username, context.request().remoteAddress().toString(), ServerServices::nowMs());
    if (!decision.allowed())
        return withRetryAfter(ProblemDetails(429, u"rate_limited"_s,
                                             u"Too many wrong passwords; wait and try again"_s),
                              decision.retryAfterMs);
    if (!services.users.checkPassword(caller.userId, SecureBuffer::fromUtf8(current))) {
        // Counted like a failed sign-in, so a stolen session cannot guess the password here.
        services.loginGuard.recordFailure(
            caller.username, context.request().remoteAddress().toString(), ServerServices::nowMs());
        FieldErrors wrong;
        wrong.add(u"current_password"_s, u"This is not your current password."_s);
        return RequestBody::invalid(wrong).toResponse();
    }
    if (next == current) {
        FieldErrors same;
        same.add(u"new_password"_s, u"Choose a password different from the current one."_s);
        return RequestBody::invalid(same).toResponse();
    }
    const auto changed = services.users.setPassword(caller.userId, SecureBuffer::fromUtf8(next),
                                                    false, ServerServices::now());
    if (!changed) {
        if (changed.error().kind == UserStore::Error::Kind::Invalid) {
            // The store names the field "password"; this form calls it new_password.
            FieldErrors weak;
            for (const QString &message : changed.error().fields.messagesFor(u"password"))
                weak.add(u"new_password"_s, message);
            return RequestBody::invalid(weak).toResponse();
        }
        return internalError();
    }
    // Every session ends, this one too: other devices may hold the old password's sessions, and
    // the user signs in again with the new one.
    if (!services.sessions.revokeAllOf(caller.userId, u"password_changed"_s,
                                       ServerServices::nowMs()))
        return internalError();
    audit(services, context, u"auth.password_changed"_s, caller.userId);
    return QHttpServerResponse(StatusCode::NoContent);
}

QHttpServerResponse enrollMfa(const ServerServices &services, const RequestContext &context)
{
    const Caller &caller = *context.caller();
    const SecureBuffer secret = TotpAuthenticator::generateSecret();
    const auto stored =
        services.users.setPendingMfaSecret(caller.userId, secret, ServerServices::now());
    if (!stored) {
        if (stored.error().kind == UserStore::Error::Kind::Duplicate)
            return ProblemDetails(409, u"mfa_already_enrolled"_s,
                                  u"Two-factor authentication is already set up"_s,
                                  u"An administrator can reset it."_s)
                .toResponse();
        return internalError();
    }
    const SecureBuffer uri = TotpAuthenticator::provisioningUri(secret, caller.username);
    const auto png = TotpAuthenticator::qrPng(uri.view());
    if (!png)
        return internalError();
    audit(services, context, u"auth.mfa_enrollment_started"_s, caller.userId);
    return QHttpServerResponse(QJsonObject{
        {u"otpauth_uri"_s, QString::fromUtf8(uri.view())},
        {u"secret"_s, QString::fromLatin1(TotpAuthenticator::base32(secret).view())},
        {u"qr_png"_s, QString::fromLatin1(png.value().toBase64())},
    });
}

QHttpServerResponse confirmMfa(const ServerServices &services, const RequestContext &context)
{
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    JsonReader reader(body.value(), errors);
    const QString code = reader.string("code"_L1).trimmed();
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();
    const Caller &caller = *context.caller();

    const auto mfa = services.users.mfaState(caller.userId);
    if (!mfa)
        return internalError();
    if (mfa.value().enrolled)
        return ProblemDetails(409, u"mfa_already_enrolled"_s,
                              u"Two-factor authentication is already set up"_s)
            .toResponse();
    if (!mfa.value().secret)
        return ProblemDetails(409, u"mfa_not_started"_s, u"Start the enrollment first"_s)
            .toResponse();
    const std::optional<qint64> step = TotpAuthenticator::verify(
        *mfa.value().secret, code, ServerServices::now(), mfa.value().lastStep);
    const auto spent =
        step ? services.users.spendMfaStep(caller.userId, *step, true, ServerServices::now())
             : nm::core::Result<bool, UserStore::Error>(false);
    if (!spent)
        return internalError();
    if (!spent.value()) {
        FieldErrors wrong;
        wrong.add(u"code"_s, u"The code is not correct; check the time on your phone and enter "
                             u"the current code."_s);
        return RequestBody::invalid(wrong).toResponse();
    }
    // A setup session has done its job: the user signs in again, now with a code, for a full
    // session.
    if (caller.scope == Caller::Scope::Setup &&
        !services.sessions.revoke(caller.sessionId, u"mfa_enrolled"_s, ServerServices::nowMs()))
        return internalError();
    audit(services, context, u"auth.mfa_enrolled"_s, caller.userId);
    return QHttpServerResponse(StatusCode::NoContent);
}

} // namespace

void AuthRoutes::declare(ApiServer &server, const ServerServices &services)
{
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/auth/login"_s,
        .access = Access::anyone(),
        .summary = u"Sign in with username, password and (when enrolled) a TOTP code"_s,
        .handler = [services](const RequestContext &context) { return login(services, context); },
        .jsonBody = true,
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/auth/refresh"_s,
        .access = Access::anyone(),
        .summary = u"Exchange a refresh token for a new access token and refresh token"_s,
        .handler = [services](const RequestContext &context) { return refresh(services, context); },
        .jsonBody = true,
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/auth/logout"_s,
        .access = Access::accountSetup(),
        .summary = u"End the current session; its refresh tokens stop working"_s,
        .handler = [services](const RequestContext &context) { return logout(services, context); },
    });
    server.addRoute({
        .method = Method::Get,
        .path = u"/api/v1/auth/session"_s,
        .access = Access::signedIn(),
        .summary = u"The signed-in user, their permissions and the session"_s,
        .handler = [](const RequestContext &context) { return currentSession(context); },
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/auth/password"_s,
        .access = Access::accountSetup(),
        .summary = u"Change the signed-in user's password; every session ends"_s,
        .handler =
            [services](const RequestContext &context) { return changePassword(services, context); },
        .jsonBody = true,
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/auth/mfa/enroll"_s,
        .access = Access::accountSetup(),
        .summary = u"Start TOTP enrollment: an otpauth:// URI, its secret and a QR code PNG"_s,
        .handler =
            [services](const RequestContext &context) { return enrollMfa(services, context); },
    });
    server.addRoute({
        .method = Method::Post,
        .path = u"/api/v1/auth/mfa/confirm"_s,
        .access = Access::accountSetup(),
        .summary = u"Finish TOTP enrollment with a current code"_s,
        .handler =
            [services](const RequestContext &context) { return confirmMfa(services, context); },
        .jsonBody = true,
    });
}

} // namespace nm::server
