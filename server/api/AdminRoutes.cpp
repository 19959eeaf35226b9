#include "server/api/AdminRoutes.h"

#include "core/crypto/SecureBuffer.h"
#include "core/crypto/SecureRandom.h"
#include "core/domain/EnumIds.h"
#include "core/domain/FieldErrors.h"
#include "core/domain/JsonReader.h"
#include "core/domain/JsonValues.h"
#include "server/api/AdminJson.h"
#include "server/http/ApiServer.h"
#include "server/http/ProblemDetails.h"
#include "server/http/RequestBody.h"
#include "server/http/RequestContext.h"
#include "server/store/SqlSupport.h"

#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

using Method = QHttpServerRequest::Method;
using nm::core::FieldErrors;
using nm::core::JsonReader;
using nm::core::JsonValues;
using nm::core::Role;
using nm::core::SecureBuffer;
using nm::core::User;

// 20 characters of 56 give about 116 bits: far beyond online guessing (which the login throttle
// slows further), and still short enough to read out over the phone. The alphabet leaves out the
// characters people confuse when they copy by hand (0/O/o, 1/I/l).
constexpr char TemporaryPasswordAlphabet[] =
    "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
constexpr int TemporaryPasswordAlphabetSize = int(sizeof(TemporaryPasswordAlphabet)) - 1;
constexpr qsizetype TemporaryPasswordLength = 20;

// How far back the break-glass review list reaches when the administrator does not say.
constexpr qint64 BreakGlassReviewWindowMs = 30LL * 24 * 60 * 60 * 1000;

// The last-administrator rule reads a count and then changes an account. Serialised, so that two
// concurrent requests on this server cannot each see a second administrator and both remove one.
QMutex g_adminRoleChanges;

// --- answers -------------------------------------------------------------------------------

ProblemDetails noSuchUser()
{
    return ProblemDetails(404, u"not_found"_s, u"No such user"_s);
}

// The store's message is neither answered nor logged: PostgreSQL's error text can quote values.
ProblemDetails storageProblem()
{
    return ProblemDetails(500, u"internal_error"_s, u"The server could not complete the request"_s);
}

ProblemDetails userStoreProblem(const UserStore::Error &error)
{
    switch (error.kind) {
    case UserStore::Error::Kind::Invalid:
        return RequestBody::invalid(error.fields);
    case UserStore::Error::Kind::Duplicate:
        return ProblemDetails(409, u"username_taken"_s, u"The username is already taken"_s,
                              error.message);
    case UserStore::Error::Kind::Storage:
        break;
    }
    return storageProblem();
}

QHttpServerResponse created(const QJsonObject &body)
{
    return QHttpServerResponse(body, QHttpServerResponder::StatusCode::Created);
}

// --- reading the request -------------------------------------------------------------------

// A malformed id names no resource, so it is answered like an unknown one: 404.
std::optional<QUuid> pathId(const RequestContext &context)
{
    const QUuid id = JsonValues::parseUuid(context.parameter(u"id"_s));
    return id.isNull() ? std::nullopt : std::optional<QUuid>(id);
}

QUuid actorOf(const RequestContext &context)
{
    return context.caller() ? context.caller()->userId : QUuid();
}

// Whether the body names \a key at all: for PATCH, absent and null both mean "leave it".
bool present(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

nm::core::Result<User, ProblemDetails> pathUser(const ServerServices &services,
                                                const RequestContext &context)
{
    const std::optional<QUuid> id = pathId(context);
    if (!id)
        return noSuchUser();
    auto found = services.users.findById(*id);
    if (!found)
        return userStoreProblem(found.error());
    if (!found.value())
        return noSuchUser();
    return *found.value();
}

// --- shared steps --------------------------------------------------------------------------

SecureBuffer temporaryPassword()
{
    // Rejection sampling: bytes at or above the largest multiple of the alphabet's size are
    // dropped, so every character is equally likely.
    constexpr int limit = 256 - 256 % TemporaryPasswordAlphabetSize;
    SecureBuffer password(TemporaryPasswordLength);
    qsizetype filled = 0;
    while (filled < TemporaryPasswordLength) {
        const SecureBuffer random = nm::core::SecureRandom::key(TemporaryPasswordLength * 2);
        for (qsizetype i = 0; i < random.size() && filled < TemporaryPasswordLength; ++i) {
            const int byte = random.data()[i];
            if (byte < limit)
                password.data()[filled++] =
                    uchar(TemporaryPasswordAlphabet[byte % TemporaryPasswordAlphabetSize]);
        }
    }
    return password;
}

// The one place a temporary password leaves secure memory: the answer that shows it once.
QString passwordText(const SecureBuffer &password)
{
    return QString::fromLatin1(password.constChars(), password.size());
}

QJsonArray roleIds(const QList<Role> &roles)
{
    QJsonArray ids;
    for (const Role role : roles)
        ids.append(QString(nm::core::enumId(role)));
    return ids;
}

// Refuses a change that would leave no active administrator: \a user is about to lose the admin
// role or be deactivated. The caller holds g_adminRoleChanges.
std::optional<ProblemDetails> refuseLastAdmin(const ServerServices &services, const User &user)
{
    if (!user.active || !user.roles.contains(Role::Admin))
        return std::nullopt;
    const auto admins = services.users.countActiveWithRole(Role::Admin);
    if (!admins)
        return userStoreProblem(admins.error());
    if (admins.value() > 1)
        return std::nullopt;
    return ProblemDetails(409, u"last_admin"_s, u"The last active administrator must remain"_s,
                          u"Make another account an active administrator first."_s);
}

// What one administrative change records beside who made it and in which request.
struct Change {
    QString action;
    QString targetId;
    QJsonObject details;
    QUuid patientId = {};
};

// Every administrative change is recorded once it has been made. If the record cannot be
// written, the administrator is told (the change itself stands and is not undone).
QHttpServerResponse recorded(const ServerServices &services, const RequestContext &context,
                             const Change &change, QHttpServerResponse success)
{
    const AuditTrail::Event event{.action = change.action,
                                  .actorId = actorOf(context),
                                  .targetId = change.targetId,
                                  .patientId = change.patientId,
                                  .requestId = context.requestId(),
                                  .details = change.details};
    if (!services.audit.record(event, ServerServices::nowMs()))
        return ProblemDetails(
                   500, u"audit_failed"_s,
                   u"The change was saved but could not be recorded in the audit trail"_s)
            .toResponse();
    return success;
}

// --- users ---------------------------------------------------------------------------------

QHttpServerResponse listUsers(const ServerServices &services, const RequestContext &)
{
    const auto users = services.users.list();
    if (!users)
        return userStoreProblem(users.error()).toResponse();
    QJsonArray list;
    for (const User &user : users.value())
        list.append(AdminJson::user(user));
    return QHttpServerResponse(QJsonObject{{u"users"_s, list}});
}

QHttpServerResponse createUser(const ServerServices &services, const RequestContext &context)
{
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    JsonReader reader(body.value(), errors);
    User user;
    user.username = reader.string("username"_L1);
    user.displayName = reader.string("display_name"_L1);
    user.email = reader.string("email"_L1);
    user.roles = reader.enumList<Role>("roles"_L1);
    user.mustChangePassword = reader.boolean("must_change_password"_L1, false);
    const bool generated = !present(body.value(), "password"_L1);
    const QString given = reader.string("password"_L1);
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    // Without a password the account gets a temporary one that works only to choose a new one.
    const SecureBuffer password = generated ? temporaryPassword() : SecureBuffer::fromUtf8(given);
    if (generated)
        user.mustChangePassword = true;
    const auto stored = services.users.create(user, password, ServerServices::now());
    if (!stored)
        return userStoreProblem(stored.error()).toResponse();

    QJsonObject answer{{u"user"_s, AdminJson::user(stored.value())}};
    if (generated)
        answer.insert(u"temporary_password"_s, passwordText(password));
    return recorded(services, context,
                    {.action = u"admin.user.create"_s,
                     .targetId = idText(stored.value().id),
                     .details = {{u"username"_s, stored.value().username},
                                 {u"roles"_s, roleIds(stored.value().roles)},
                                 {u"temporary_password_generated"_s, generated}}},
                    created(answer));
}

QHttpServerResponse getUser(const ServerServices &services, const RequestContext &context)
{
    const auto user = pathUser(services, context);
    if (!user)
        return user.error().toResponse();
    return QHttpServerResponse(AdminJson::user(user.value()));
}

QHttpServerResponse updateUser(const ServerServices &services, const RequestContext &context)
{
    const std::optional<QUuid> id = pathId(context);
    if (!id)
        return noSuchUser().toResponse();
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    JsonReader reader(body.value(), errors);
    UserStore::Changes changes;
    QJsonArray changed;
    if (present(body.value(), "display_name"_L1)) {
        changes.displayName = reader.string("display_name"_L1);
        changed.append(u"display_name"_s);
    }
    if (present(body.value(), "email"_L1)) {
        changes.email = reader.string("email"_L1);
        changed.append(u"email"_s);
    }
    if (present(body.value(), "roles"_L1)) {
        changes.roles = reader.enumList<Role>("roles"_L1);
        changed.append(u"roles"_s);
    }
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    QMutexLocker lock(&g_adminRoleChanges);
    const auto current = pathUser(services, context);
    if (!current)
        return current.error().toResponse();
    if (changes.roles && !changes.roles->contains(Role::Admin)) {
        if (const auto refused = refuseLastAdmin(services, current.value()))
            return refused->toResponse();
    }
    const auto updated = services.users.update(*id, changes, ServerServices::now());
    if (!updated)
        return userStoreProblem(updated.error()).toResponse();
    if (!updated.value())
        return noSuchUser().toResponse();
    lock.unlock();

    QJsonObject details{{u"changed"_s, changed}};
    if (changes.roles) {
        details.insert(u"roles_before"_s, roleIds(current.value().roles));
        details.insert(u"roles"_s, roleIds(*changes.roles));
    }
    return recorded(services, context,
                    {.action = u"admin.user.update"_s, .targetId = idText(*id), .details = details},
                    QHttpServerResponse(AdminJson::user(*updated.value())));
}

QHttpServerResponse deactivateUser(const ServerServices &services, const RequestContext &context)
{
    const std::optional<QUuid> id = pathId(context);
    if (!id)
        return noSuchUser().toResponse();
    // An administrator who locks themselves out cannot undo it.
    if (*id == actorOf(context))
        return ProblemDetails(409, u"cannot_deactivate_self"_s,
                              u"You cannot deactivate your own account"_s)
            .toResponse();

    QMutexLocker lock(&g_adminRoleChanges);
    const auto found = pathUser(services, context);
    if (!found)
        return found.error().toResponse();
    if (const auto refused = refuseLastAdmin(services, found.value()))
        return refused->toResponse();
    const auto changed = services.users.setActive(*id, false, ServerServices::now());
    if (!changed)
        return userStoreProblem(changed.error()).toResponse();
    if (!changed.value())
        return noSuchUser().toResponse();
    lock.unlock();

    // Access tokens name their session, so ending the sessions stops them at once rather than
    // when they expire.
    if (!services.sessions.revokeAllOf(*id, u"account_disabled"_s, ServerServices::nowMs()))
        return storageProblem().toResponse();
    User user = found.value();
    user.active = false;
    return recorded(services, context,
                    {.action = u"admin.user.deactivate"_s, .targetId = idText(*id), .details = {}},
                    QHttpServerResponse(AdminJson::user(user)));
}

QHttpServerResponse reactivateUser(const ServerServices &services, const RequestContext &context)
{
    const auto found = pathUser(services, context);
    if (!found)
        return found.error().toResponse();
    const auto changed = services.users.setActive(found.value().id, true, ServerServices::now());
    if (!changed)
        return userStoreProblem(changed.error()).toResponse();
    if (!changed.value())
        return noSuchUser().toResponse();
    User user = found.value();
    user.active = true;
    return recorded(
        services, context,
        {.action = u"admin.user.reactivate"_s, .targetId = idText(user.id), .details = {}},
        QHttpServerResponse(AdminJson::user(user)));
}

QHttpServerResponse resetPassword(const ServerServices &services, const RequestContext &context)
{
    const auto found = pathUser(services, context);
    if (!found)
        return found.error().toResponse();
    const QUuid id = found.value().id;
    const SecureBuffer password = temporaryPassword();
    const auto changed = services.users.setPassword(id, password, true, ServerServices::now());
    if (!changed)
        return userStoreProblem(changed.error()).toResponse();
    if (!changed.value())
        return noSuchUser().toResponse();
    // Whoever knew the old password may be signed in with it right now.
    if (!services.sessions.revokeAllOf(id, u"password_reset"_s, ServerServices::nowMs()))
        return storageProblem().toResponse();
    User user = found.value();
    user.mustChangePassword = true;
    return recorded(
        services, context,
        {.action = u"admin.user.reset_password"_s, .targetId = idText(id), .details = {}},
        QHttpServerResponse(QJsonObject{
            {u"temporary_password"_s, passwordText(password)},
            {u"user"_s, AdminJson::user(user)},
        }));
}

QHttpServerResponse resetMfa(const ServerServices &services, const RequestContext &context)
{
    const auto found = pathUser(services, context);
    if (!found)
        return found.error().toResponse();
    const QUuid id = found.value().id;
    const auto changed = services.users.resetMfa(id, ServerServices::now());
    if (!changed)
        return userStoreProblem(changed.error()).toResponse();
    if (!changed.value())
        return noSuchUser().toResponse();
    // A lost or stolen authenticator is the usual reason; sessions it helped open end too.
    if (!services.sessions.revokeAllOf(id, u"mfa_reset"_s, ServerServices::nowMs()))
        return storageProblem().toResponse();
    User user = found.value();
    user.mfaEnrolled = false;
    return recorded(services, context,
                    {.action = u"admin.user.reset_mfa"_s, .targetId = idText(id), .details = {}},
                    QHttpServerResponse(AdminJson::user(user)));
}

QHttpServerResponse unlockUser(const ServerServices &services, const RequestContext &context)
{
    const auto found = pathUser(services, context);
    if (!found)
        return found.error().toResponse();
    services.loginGuard.clear(found.value().username);
    return recorded(
        services, context,
        {.action = u"admin.user.unlock"_s, .targetId = idText(found.value().id), .details = {}},
        QHttpServerResponse(AdminJson::user(found.value())));
}

// --- devices -------------------------------------------------------------------------------

QHttpServerResponse listDevices(const ServerServices &services, const RequestContext &context)
{
    const QUrlQuery query = context.request().query();
    std::optional<QUuid> owner;
    if (query.hasQueryItem(u"user"_s)) {
        const QUuid id = JsonValues::parseUuid(query.queryItemValue(u"user"_s, QUrl::FullyDecoded));
        if (id.isNull())
            return RequestBody::invalidQuery(u"user"_s, u"Expected a user id (UUID)."_s)
                .toResponse();
        owner = id;
    }
    const auto devices = services.devices.list(owner);
    if (!devices)
        return storageProblem().toResponse();
    QJsonArray list;
    for (const DeviceStore::Device &device : devices.value())
        list.append(AdminJson::device(device));
    return QHttpServerResponse(QJsonObject{{u"devices"_s, list}});
}

QHttpServerResponse revokeDevice(const ServerServices &services, const RequestContext &context)
{
    const auto noSuchDevice = [] {
        return ProblemDetails(404, u"not_found"_s, u"No such device"_s).toResponse();
    };
    const std::optional<QUuid> id = pathId(context);
    if (!id)
        return noSuchDevice();
    const auto revoked = services.devices.revoke(*id, ServerServices::nowMs());
    if (!revoked)
        return storageProblem().toResponse();
    if (!revoked.value())
        return noSuchDevice();
    const auto device = services.devices.find(*id);
    if (!device || !device.value())
        return storageProblem().toResponse();
    return recorded(services, context,
                    {.action = u"admin.device.revoke"_s,
                     .targetId = idText(*id),
                     .details = {{u"user_id"_s, idText(device.value()->userId)}}},
                    QHttpServerResponse(AdminJson::device(*device.value())));
}

// --- care teams ----------------------------------------------------------------------------

// Patients are ids only on the server so far, so any well-formed id names a (possibly empty)
// care team.
QHttpServerResponse getCareTeam(const ServerServices &services, const RequestContext &context)
{
    const std::optional<QUuid> patientId = pathId(context);
    if (!patientId)
        return ProblemDetails(404, u"not_found"_s, u"No such patient"_s).toResponse();
    const auto members = services.careTeams.members(*patientId);
    if (!members)
        return storageProblem().toResponse();
    return QHttpServerResponse(AdminJson::careTeam(*patientId, members.value()));
}

// Only clinicians who may still sign in can treat a patient; anyone else on a care team would
// either be unable to use it or gain clinical access their role does not give.
bool isActiveClinician(const User &user)
{
    return user.active &&
           (user.roles.contains(Role::Psychiatrist) || user.roles.contains(Role::Nurse));
}

QHttpServerResponse replaceCareTeam(const ServerServices &services, const RequestContext &context)
{
    const std::optional<QUuid> patientId = pathId(context);
    if (!patientId)
        return ProblemDetails(404, u"not_found"_s, u"No such patient"_s).toResponse();
    const auto body = RequestBody::object(context.request());
    if (!body)
        return body.error().toResponse();
    FieldErrors errors;
    JsonReader reader(body.value(), errors);
    QList<QUuid> userIds;
    // Required, so that a body that misspells the key cannot silently empty the team.
    if (!present(body.value(), "user_ids"_L1))
        errors.add(u"user_ids"_s, u"List the care team's members; an empty list removes all."_s);
    else
        userIds = reader.uuidList("user_ids"_L1);
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    QList<QUuid> team;
    for (const QUuid &id : std::as_const(userIds)) {
        if (team.contains(id))
            continue;
        team.append(id);
        const auto user = services.users.findById(id);
        if (!user)
            return userStoreProblem(user.error()).toResponse();
        if (!user.value() || !isActiveClinician(*user.value()))
            errors.add(u"user_ids"_s,
                       u"%1 is not an active psychiatrist or nurse."_s.arg(idText(id)));
    }
    if (!errors.isEmpty())
        return RequestBody::invalid(errors).toResponse();

    const auto before = services.careTeams.members(*patientId);
    if (!before)
        return storageProblem().toResponse();
    if (!services.careTeams.replace(*patientId, team, actorOf(context), ServerServices::nowMs()))
        return storageProblem().toResponse();
    const auto after = services.careTeams.members(*patientId);
    if (!after)
        return storageProblem().toResponse();

    QList<QUuid> removed;
    for (const CareTeamStore::Member &member : before.value()) {
        if (!team.contains(member.userId))
            removed.append(member.userId);
    }
    QList<QUuid> added = team;
    for (const CareTeamStore::Member &member : before.value())
        added.removeAll(member.userId);
    // New members have synced past this chart's rows; new change sequences bring it to them.
    if (!added.isEmpty() && !services.sync.republishPatient(*patientId))
        return storageProblem().toResponse();
    return recorded(services, context,
                    {.action = u"admin.care_team.replace"_s,
                     .targetId = idText(*patientId),
                     .details = {{u"user_ids"_s, JsonValues::fromUuids(team)},
                                 {u"added"_s, JsonValues::fromUuids(added)},
                                 {u"removed"_s, JsonValues::fromUuids(removed)}},
                     .patientId = *patientId},
                    QHttpServerResponse(AdminJson::careTeam(*patientId, after.value())));
}

// --- break-glass review --------------------------------------------------------------------

QHttpServerResponse listBreakGlass(const ServerServices &services, const RequestContext &context)
{
    const QDateTime now = ServerServices::now();
    QDateTime since = now.addMSecs(-BreakGlassReviewWindowMs);
    const QUrlQuery query = context.request().query();
    if (query.hasQueryItem(u"since"_s)) {
        since = JsonValues::parseInstant(query.queryItemValue(u"since"_s, QUrl::FullyDecoded));
        if (!since.isValid())
            return RequestBody::invalidQuery(
                       u"since"_s, u"Expected a date and time in ISO 8601 with a time zone, for "
                                   u"example 2026-11-25T09:30:00Z."_s)
                .toResponse();
    }
    const auto grants = services.breakGlass.since(since.toMSecsSinceEpoch());
    if (!grants)
        return storageProblem().toResponse();
    QJsonArray list;
    for (const BreakGlassStore::Grant &grant : grants.value())
        list.append(AdminJson::grant(grant, now));
    return QHttpServerResponse(
        QJsonObject{{u"since"_s, JsonValues::fromInstant(since)}, {u"grants"_s, list}});
}

using Handler = QHttpServerResponse (*)(const ServerServices &, const RequestContext &);

struct Endpoint {
    Method method;
    const char16_t *path;
    const char16_t *summary;
    Handler handler;
    bool jsonBody = false;
};

} // namespace

void AdminRoutes::declare(ApiServer &server, const ServerServices &services)
{
    const Endpoint endpoints[] = {
        {Method::Get, u"/api/v1/admin/users", u"Every account, active or not", listUsers},
        {Method::Post, u"/api/v1/admin/users",
         u"Create an account; without a password a temporary one is returned once", createUser,
         true},
        {Method::Get, u"/api/v1/admin/users/<id>", u"One account", getUser},
        {Method::Patch, u"/api/v1/admin/users/<id>",
         u"Change an account's display name, e-mail or roles", updateUser, true},
        {Method::Post, u"/api/v1/admin/users/<id>/deactivate",
         u"Deactivate an account and end its sessions", deactivateUser},
        {Method::Post, u"/api/v1/admin/users/<id>/reactivate", u"Reactivate an account",
         reactivateUser},
        {Method::Post, u"/api/v1/admin/users/<id>/reset-password",
         u"Replace the password with a temporary one, returned once; ends the sessions",
         resetPassword},
        {Method::Post, u"/api/v1/admin/users/<id>/reset-mfa",
         u"Remove the account's TOTP enrollment; ends the sessions", resetMfa},
        {Method::Post, u"/api/v1/admin/users/<id>/unlock", u"Lift a lockout after failed sign-ins",
         unlockUser},
        {Method::Get, u"/api/v1/admin/devices", u"Devices, all or one user's (?user=)",
         listDevices},
        {Method::Post, u"/api/v1/admin/devices/<id>/revoke",
         u"Revoke a device: its sessions end and its cache is wiped when it next connects",
         revokeDevice},
        {Method::Get, u"/api/v1/admin/patients/<id>/care-team", u"A patient's care team",
         getCareTeam},
        {Method::Put, u"/api/v1/admin/patients/<id>/care-team",
         u"Replace a patient's care team (active psychiatrists and nurses only)", replaceCareTeam,
         true},
        {Method::Get, u"/api/v1/admin/break-glass",
         u"Break-glass grants since a time (?since=, default 30 days) for review", listBreakGlass},
    };
    for (const Endpoint &endpoint : endpoints) {
        const Handler handler = endpoint.handler;
        server.addRoute({
            .method = endpoint.method,
            .path = QString::fromUtf16(endpoint.path),
            .access = Access::permission(nm::core::Permission::UsersManage),
            .summary = QString::fromUtf16(endpoint.summary),
            // The services hold references to stores that live as long as the server.
            .handler = [services, handler](
                           const RequestContext &context) { return handler(services, context); },
            .jsonBody = endpoint.jsonBody,
        });
    }
}

} // namespace nm::server
