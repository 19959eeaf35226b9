// Who may call what, checked against a real novamind-server over HTTP: every route of the OpenAPI
// document for every role and for an anonymous caller, care-team scoping and break-glass,
// setup-scoped sessions, and forged, expired and revoked access tokens.
//
// The expectations are written out here from DESIGN §7, never read from the server: a server
// that declares the wrong Access for a route must disagree with this table, not with itself.

#include "server/auth/Base64Url.h"
#include "server/auth/JwtClaims.h"
#include "server/auth/JwtCodec.h"
#include "server/store/MasterKey.h"
#include "tests/server/integration/ApiClient.h"
#include "tests/server/integration/ServerProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <map>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using nm::server::Base64Url;
using nm::server::JwtClaims;
using nm::server::JwtCodec;
using nm::test::ApiClient;
using nm::test::problemMismatch;
using nm::test::ServerProcess;

namespace {

enum class Caller { Anonymous, Admin, Psychiatrist, Nurse, Auditor, Researcher };

constexpr Caller AllCallers[] = {Caller::Anonymous, Caller::Admin,   Caller::Psychiatrist,
                                 Caller::Nurse,     Caller::Auditor, Caller::Researcher};
constexpr Caller Roles[] = {Caller::Admin, Caller::Psychiatrist, Caller::Nurse, Caller::Auditor,
                            Caller::Researcher};

QString callerName(Caller caller)
{
    switch (caller) {
    case Caller::Anonymous:
        return u"anonymous"_s;
    case Caller::Admin:
        return u"admin"_s;
    case Caller::Psychiatrist:
        return u"psychiatrist"_s;
    case Caller::Nurse:
        return u"nurse"_s;
    case Caller::Auditor:
        return u"auditor"_s;
    case Caller::Researcher:
        return u"researcher"_s;
    }
    return {};
}

// --- the expectation table (DESIGN §7) ---------------------------------------------------------

enum class Gate {
    Public,
    /// Signed in, also in the middle of account setup (enroll MFA, replace the password, leave).
    AccountSetup,
    /// Fully signed in, whatever the role.
    SignedIn,
    /// Signed in with a role that grants RouteRow::permission.
    Permission,
};

/// The request body a row sends: valid enough that an authorized caller reaches the handler and
/// gets a real answer, harmless enough that no later row is affected.
enum class Body {
    None,
    Login,
    Refresh,
    SamePassword,
    WrongTotp,
    BreakGlassReason,
    NewUser,
    UserChanges,
    EmptyCareTeam,
    EmptyPush,
    EmptyAuditBatch,
};

struct RouteRow {
    QByteArray method;
    /// The OpenAPI spelling, "/api/v1/admin/users/{id}".
    QString path;
    Gate gate = Gate::Public;
    /// For Gate::Permission: the permission's id as DESIGN §7 names it.
    QString permission = {};
    /// For Gate::Permission: the roles DESIGN §7 grants it to.
    QList<Caller> holders = {};
    Body body = Body::None;
    /// What a permitted caller gets: path ids are fresh UUIDs, so "one thing" routes answer 404.
    int success = 200;
};

// Who holds which permission, from DESIGN §7 (admin: users.manage, audit.read; psychiatrist:
// clinical read/write and break-glass; nurse: clinical read; auditor: audit.read; researcher:
// de-identified export).
const QList<Caller> UsersManage{Caller::Admin};
const QList<Caller> ClinicalRead{Caller::Psychiatrist, Caller::Nurse};
const QList<Caller> BreakGlass{Caller::Psychiatrist};

/// Every endpoint the server may have, in the order the matrix calls them. Logout is last: it
/// ends the session every earlier row used.
const QList<RouteRow> &expectedRoutes()
{
    static const QList<RouteRow> rows{
        {.method = "GET", .path = u"/api/v1/health"_s},
        {.method = "GET", .path = u"/metrics"_s},
        {.method = "GET", .path = u"/api/v1/openapi.json"_s},
        {.method = "POST", .path = u"/api/v1/auth/login"_s, .body = Body::Login},
        {.method = "POST", .path = u"/api/v1/auth/refresh"_s, .body = Body::Refresh},

        {.method = "GET", .path = u"/api/v1/auth/session"_s, .gate = Gate::SignedIn},
        // The current password as the new one: checked (so the route really ran) and refused
        // with 422 before anything changes, so the session survives.
        {.method = "POST",
         .path = u"/api/v1/auth/password"_s,
         .gate = Gate::AccountSetup,
         .body = Body::SamePassword,
         .success = 422},
        {.method = "POST", .path = u"/api/v1/auth/mfa/enroll"_s, .gate = Gate::AccountSetup},
        // After enroll (the row above), so a wrong code is a 422 rather than mfa_not_started.
        {.method = "POST",
         .path = u"/api/v1/auth/mfa/confirm"_s,
         .gate = Gate::AccountSetup,
         .body = Body::WrongTotp,
         .success = 422},

        // The care team is set up by initTestCase for the psychiatrist and the nurse.
        {.method = "GET",
         .path = u"/api/v1/patients/{id}/care-team"_s,
         .gate = Gate::Permission,
         .permission = u"clinical.read"_s,
         .holders = ClinicalRead},
        {.method = "POST",
         .path = u"/api/v1/patients/{id}/break-glass"_s,
         .gate = Gate::Permission,
         .permission = u"break_glass"_s,
         .holders = BreakGlass,
         .body = Body::BreakGlassReason,
         .success = 201},

        {.method = "GET",
         .path = u"/api/v1/sync/changes"_s,
         .gate = Gate::Permission,
         .permission = u"clinical.read"_s,
         .holders = ClinicalRead},
        {.method = "POST",
         .path = u"/api/v1/sync/changes"_s,
         .gate = Gate::Permission,
         .permission = u"clinical.read"_s,
         .holders = ClinicalRead,
         .body = Body::EmptyPush},
        {.method = "POST",
         .path = u"/api/v1/audit/events"_s,
         .gate = Gate::SignedIn,
         .body = Body::EmptyAuditBatch},

        {.method = "GET",
         .path = u"/api/v1/admin/users"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage},
        {.method = "POST",
         .path = u"/api/v1/admin/users"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .body = Body::NewUser,
         .success = 201},
        {.method = "GET",
         .path = u"/api/v1/admin/users/{id}"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .success = 404},
        {.method = "PATCH",
         .path = u"/api/v1/admin/users/{id}"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .body = Body::UserChanges,
         .success = 404},
        // The targets are fresh ids, so none of these touches the test's own accounts.
        {.method = "POST",
         .path = u"/api/v1/admin/users/{id}/deactivate"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .success = 404},
        {.method = "POST",
         .path = u"/api/v1/admin/users/{id}/reactivate"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .success = 404},
        {.method = "POST",
         .path = u"/api/v1/admin/users/{id}/reset-password"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .success = 404},
        {.method = "POST",
         .path = u"/api/v1/admin/users/{id}/reset-mfa"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .success = 404},
        {.method = "POST",
         .path = u"/api/v1/admin/users/{id}/unlock"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .success = 404},
        {.method = "GET",
         .path = u"/api/v1/admin/devices"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage},
        {.method = "POST",
         .path = u"/api/v1/admin/devices/{id}/revoke"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .success = 404},
        // Patients are ids only on the server, so an unknown patient has an empty care team.
        {.method = "GET",
         .path = u"/api/v1/admin/patients/{id}/care-team"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage},
        {.method = "PUT",
         .path = u"/api/v1/admin/patients/{id}/care-team"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage,
         .body = Body::EmptyCareTeam},
        {.method = "GET",
         .path = u"/api/v1/admin/break-glass"_s,
         .gate = Gate::Permission,
         .permission = u"users.manage"_s,
         .holders = UsersManage},

        {.method = "POST",
         .path = u"/api/v1/auth/logout"_s,
         .gate = Gate::AccountSetup,
         .success = 204},
    };
    return rows;
}

/// The id the server writes into x-novamind-access for a route like \a row.
QString accessId(const RouteRow &row)
{
    switch (row.gate) {
    case Gate::Public:
        return u"public"_s;
    case Gate::AccountSetup:
        return u"account_setup"_s;
    case Gate::SignedIn:
        return u"signed_in"_s;
    case Gate::Permission:
        return row.permission;
    }
    return {};
}

QString routeName(const QByteArray &method, const QString &path)
{
    return QString(QString::fromLatin1(method) + u' ' + path);
}

int tableIndex(const QByteArray &method, const QString &path)
{
    const QList<RouteRow> &rows = expectedRoutes();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].method == method && rows[i].path == path)
            return int(i);
    }
    return -1;
}

/// What \a caller must get from \a row: a status and, for a refusal, its problem code.
struct Outcome {
    int status = 0;
    QString code;
};

Outcome expectedOutcome(const RouteRow &row, Caller caller)
{
    if (row.gate == Gate::Public)
        return {row.success, {}};
    if (caller == Caller::Anonymous)
        return {401, u"unauthenticated"_s};
    if (row.gate == Gate::Permission && !row.holders.contains(caller))
        return {403, u"forbidden"_s};
    return {row.success, {}};
}

// --- HTTP ----------------------------------------------------------------------------------

using Reply = ApiClient::Reply;

/// Empty when \a reply shows the caller was let through and the handler answered \a expected.
QString successMismatch(const Reply &reply, int expected)
{
    if (!reply.finished)
        return reply.summary();
    if (reply.status == 401 || reply.status == 403)
        return u"refused a permitted caller: "_s + reply.summary();
    if (reply.status >= 500)
        return u"server error: "_s + reply.summary();
    if (reply.status != expected)
        return u"expected %1, got %2"_s.arg(expected).arg(reply.summary());
    if (reply.status >= 400 && reply.header("Content-Type") != "application/problem+json")
        return u"an error that is not application/problem+json: "_s + reply.summary();
    return {};
}

// --- tokens --------------------------------------------------------------------------------

QByteArray segment(const QJsonObject &object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<QByteArray> segmentsOf(const QByteArray &token)
{
    return token.split('.');
}

QJsonObject payloadOf(const QByteArray &token)
{
    const QList<QByteArray> parts = segmentsOf(token);
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(Base64Url::decode(parts[1]).value_or(QByteArray())).object();
}

QByteArray header(const char *alg)
{
    return segment(QJsonObject{{u"alg"_s, QLatin1StringView(alg)}, {u"typ"_s, u"JWT"_s}});
}

QByteArray bearer(const QByteArray &token)
{
    return QByteArray("Bearer " + token);
}

/// Claims like AccessTokens::issue writes (sub, sid, did, scope) copied from \a payload, at
/// chosen times, with a jti of their own.
JwtClaims claimsLike(const QJsonObject &payload, const QDateTime &issuedAt,
                     const QDateTime &notBefore, const QDateTime &expiresAt)
{
    JwtClaims claims = JwtCodec::claimsFor(payload.value(u"sub"_s).toString(), issuedAt);
    claims.notBefore = notBefore;
    claims.expiresAt = expiresAt;
    for (const QString &name : {u"sid"_s, u"did"_s, u"scope"_s})
        claims.extra.insert(name, payload.value(name));
    return claims;
}

QDateTime nowSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

/// A signed-in account of the test.
struct Session {
    QString username = {};
    QByteArray password = {};
    QString userId = {};
    QByteArray accessToken = {};
    QByteArray refreshToken = {};
};

} // namespace

Q_DECLARE_METATYPE(Caller)

class TestAccessControl final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    ApiClient m_api{[this](const QString &path) {
        return m_server->url(path);
    }};
    /// The matrix's sessions, one per role; logged out by the matrix's last rows.
    std::map<Caller, Session> m_sessions;
    /// A nurse the public rows sign in as, so the callers' own sessions stay untouched.
    Session m_bystander;
    /// The patient whose care team is the psychiatrist and the nurse.
    QUuid m_assignedPatient = QUuid::createUuid();
    /// Why the care team could not be set up (the admin route failed); empty when it was.
    QString m_careTeamProblem;
    /// The access-token key the server derives from its master key, and a codec using it.
    QByteArray m_realKey;
    std::optional<JwtCodec> m_realCodec;
    /// Sessions of their own for the token attacks, unaffected by the matrix's logouts.
    Session m_jwtPsychiatrist;
    Session m_jwtAdmin;

    /// \a authorization is the header's whole value, as the forged-token rows need other
    /// schemes and malformed bearers; null sends none.
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QByteArray &authorization = {})
    {
        return m_api.send(verb, path, body, {}, {{"Authorization", authorization}});
    }

    /// Signs \a session in; fills its tokens and id, or returns why it failed.
    QString logIn(Session &session, const QString &deviceName)
    {
        const Reply reply = m_api.login(session.username, QString::fromUtf8(session.password),
                                        {{u"device_name"_s, deviceName}});
        if (reply.status != 200)
            return u"login of %1 answered %2"_s.arg(session.username, reply.summary());
        const QJsonObject answer = reply.json();
        session.accessToken = answer.value(u"access_token"_s).toString().toLatin1();
        session.refreshToken = answer.value(u"refresh_token"_s).toString().toLatin1();
        session.userId = answer.value(u"user"_s).toObject().value(u"id"_s).toString();
        if (session.accessToken.isEmpty() || session.userId.isEmpty())
            return u"login of %1 answered without a token or user id: %2"_s.arg(session.username,
                                                                                reply.summary());
        return {};
    }

    QByteArray authorizationOf(Caller caller) const
    {
        if (caller == Caller::Anonymous)
            return {};
        return bearer(m_sessions.at(caller).accessToken);
    }

    QByteArray bodyFor(Body body, Caller caller)
    {
        const auto json = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        switch (body) {
        case Body::None:
            return {};
        case Body::Login:
            return json({{u"username"_s, m_bystander.username},
                         {u"password"_s, QString::fromUtf8(m_bystander.password)},
                         {u"device_name"_s, u"access matrix"_s}});
        case Body::Refresh: {
            // A refresh token works once, so each caller gets a fresh one of the bystander's.
            Session fresh = m_bystander;
            const QString failed = logIn(fresh, u"access matrix refresh"_s);
            return json(
                {{u"refresh_token"_s, failed.isEmpty() ? QString::fromLatin1(fresh.refreshToken)
                                                       : u"login-for-refresh-failed"_s}});
        }
        case Body::SamePassword: {
            const QString password = caller == Caller::Anonymous
                                         ? u"not signed in at all"_s
                                         : QString::fromUtf8(m_sessions.at(caller).password);
            return json({{u"current_password"_s, password}, {u"new_password"_s, password}});
        }
        case Body::WrongTotp:
            // Not six digits, so it can never be the current code by chance.
            return json({{u"code"_s, u"not-a-code"_s}});
        case Body::BreakGlassReason:
            return json({{u"reason"_s, u"Seen in the emergency department, chart needed now"_s}});
        case Body::NewUser:
            return json(
                {{u"username"_s,
                  QString(u"created-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12))},
                 {u"display_name"_s, u"Created by the access matrix"_s},
                 {u"roles"_s, QJsonArray{u"nurse"_s}}});
        case Body::UserChanges:
            return json({{u"display_name"_s, u"Renamed by the access matrix"_s}});
        case Body::EmptyCareTeam:
            return json({{u"user_ids"_s, QJsonArray{}}});
        case Body::EmptyPush:
            return json({{u"changes"_s, QJsonArray{}}});
        case Body::EmptyAuditBatch:
            return json({{u"events"_s, QJsonArray{}}});
        }
        return {};
    }

    /// \a path with its placeholders filled: the assigned patient for the clinical care-team
    /// route (so permitted callers reach the handler), a fresh UUID everywhere else.
    QString concretePath(const QString &path) const
    {
        QString concrete = path;
        static const QRegularExpression placeholder(u"\\{[^}/]+\\}"_s);
        const QString id = path == u"/api/v1/patients/{id}/care-team"
                               ? m_assignedPatient.toString(QUuid::WithoutBraces)
                               : QUuid::createUuid().toString(QUuid::WithoutBraces);
        return concrete.replace(placeholder, id);
    }

    QString patientPath(const QUuid &patient, const char *tail) const
    {
        return u"/api/v1/patients/%1/%2"_s.arg(patient.toString(QUuid::WithoutBraces),
                                               QLatin1StringView(tail));
    }

    /// The OpenAPI document's operations as "METHOD path" → operation; why it failed otherwise.
    QString fetchOperations(QMap<QString, QJsonObject> &operations)
    {
        const Reply reply = send("GET", u"/api/v1/openapi.json"_s);
        if (reply.status != 200)
            return u"GET /api/v1/openapi.json answered "_s + reply.summary();
        const QJsonObject paths = reply.json().value(u"paths"_s).toObject();
        if (paths.isEmpty())
            return u"the OpenAPI document has no paths: "_s + reply.summary();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op)
                operations.insert(routeName(op.key().toUpper().toLatin1(), path.key()),
                                  op.value().toObject());
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Without MFA for any role, every role signs in with a password to a full session.
        m_server =
            std::make_unique<ServerProcess>(QStringList{u"--mfa-required-roles"_s, u"none"_s});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));

        for (const Caller role : Roles) {
            Session session{.username = u"matrix-"_s + callerName(role),
                            .password = QByteArray(callerName(role).toLatin1() + "-passphrase-42")};
            QVERIFY2(
                !m_server->addUser(session.username, callerName(role), session.password, &error)
                     .isEmpty(),
                qPrintable(error));
            error = logIn(session, u"access matrix"_s);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            m_sessions.emplace(role, session);
        }
        m_bystander = {.username = u"matrix-bystander"_s, .password = "bystander-passphrase-42"};
        QVERIFY2(!m_server->addUser(m_bystander.username, u"nurse"_s, m_bystander.password, &error)
                      .isEmpty(),
                 qPrintable(error));

        // The care team through the admin route, as an administrator would set it. A failure is
        // remembered, not fatal: the admin routes may not exist yet, and the rows that need the
        // team then fail naming this request.
        const QJsonObject team{
            {u"user_ids"_s, QJsonArray{m_sessions.at(Caller::Psychiatrist).userId,
                                       m_sessions.at(Caller::Nurse).userId}}};
        const QString teamPath = u"/api/v1/admin/patients/%1/care-team"_s.arg(
            m_assignedPatient.toString(QUuid::WithoutBraces));
        const Reply assigned =
            send("PUT", teamPath, QJsonDocument(team).toJson(), authorizationOf(Caller::Admin));
        if (assigned.status != 200)
            m_careTeamProblem =
                u"setting the care team (PUT %1) answered %2"_s.arg(teamPath, assigned.summary());

        // The server derives its token key from the master key in the data directory, which
        // exists now that it has started (app/server/main.cpp).
        auto masterKey = nm::server::MasterKey::loadOrCreate(m_server->dataDirectory());
        QVERIFY2(masterKey, qPrintable(masterKey ? QString() : masterKey.error()));
        const nm::core::SecureBuffer key = masterKey.value().derive("novamind access tokens v1");
        m_realKey = key.view().toByteArray();
        auto codec = JwtCodec::create(nm::core::SecureBuffer::copyOf(key.view()));
        QVERIFY2(codec, qPrintable(codec ? QString() : codec.error()));
        m_realCodec.emplace(std::move(codec).value());

        m_jwtPsychiatrist = m_sessions.at(Caller::Psychiatrist);
        error = logIn(m_jwtPsychiatrist, u"token attacks"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_jwtAdmin = m_sessions.at(Caller::Admin);
        error = logIn(m_jwtAdmin, u"token attacks"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // --- Test 1: roles × routes -----------------------------------------------------------

    /// A route cannot ship without its row here, and a row cannot outlive its route.
    void openApiDocumentListsExactlyTheTabledRoutes()
    {
        QMap<QString, QJsonObject> operations;
        const QString error = fetchOperations(operations);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList problems;
        for (auto op = operations.cbegin(); op != operations.cend(); ++op) {
            const QStringList parts = op.key().split(u' ');
            if (tableIndex(parts[0].toLatin1(), parts[1]) < 0)
                problems.append(u"in the OpenAPI document but not in the test's table: "_s +
                                op.key());
        }
        for (const RouteRow &row : expectedRoutes()) {
            if (!operations.contains(routeName(row.method, row.path)))
                problems.append(u"in the test's table but not in the OpenAPI document: "_s +
                                routeName(row.method, row.path));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// The server's own statement of each route's access agrees with DESIGN §7.
    void declaredAccessMatchesTheTable()
    {
        QMap<QString, QJsonObject> operations;
        const QString error = fetchOperations(operations);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList problems;
        for (const RouteRow &row : expectedRoutes()) {
            const QString name = routeName(row.method, row.path);
            if (!operations.contains(name))
                continue; // reported by openApiDocumentListsExactlyTheTabledRoutes
            const QJsonObject op = operations.value(name);
            const QString declared = op.value(u"x-novamind-access"_s).toString();
            if (declared != accessId(row))
                problems.append(u"%1 declares access \"%2\", the design says \"%3\""_s.arg(
                    name, declared, accessId(row)));
            if (op.contains(u"security"_s) == (row.gate == Gate::Public))
                problems.append(u"%1: bearer security %2 listed"_s.arg(
                    name, op.contains(u"security"_s) ? u"wrongly"_s : u"not"_s));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    /// Clinical reads need the permission and a place on the patient's care team.
    void careTeamScopesClinicalReads()
    {
        QVERIFY2(m_careTeamProblem.isEmpty(), qPrintable(m_careTeamProblem));
        const QString assigned = patientPath(m_assignedPatient, "care-team");
        const QString other = patientPath(QUuid::createUuid(), "care-team");

        for (const Caller clinician : {Caller::Psychiatrist, Caller::Nurse}) {
            const QString who = callerName(clinician);
            const Reply own = send("GET", assigned, {}, authorizationOf(clinician));
            QVERIFY2(own.status == 200,
                     qPrintable(u"GET %1 as %2: %3"_s.arg(assigned, who, own.summary())));
            QStringList members;
            const QJsonArray list = own.json().value(u"members"_s).toArray();
            for (const QJsonValue &member : list)
                members.append(member.toObject().value(u"user_id"_s).toString());
            QVERIFY2(members.contains(m_sessions.at(Caller::Psychiatrist).userId) &&
                         members.contains(m_sessions.at(Caller::Nurse).userId),
                     own.body.constData());

            const QString refused = problemMismatch(
                send("GET", other, {}, authorizationOf(clinician)), 403, u"not_on_care_team"_s);
            QVERIFY2(refused.isEmpty(), qPrintable(u"GET %1 as %2: %3"_s.arg(other, who, refused)));
        }
        // The permission comes before the care team: roles without clinical.read are refused
        // for a patient whatever the team.
        for (const Caller caller : {Caller::Admin, Caller::Auditor, Caller::Researcher}) {
            const QString refused = problemMismatch(
                send("GET", assigned, {}, authorizationOf(caller)), 403, u"forbidden"_s);
            QVERIFY2(refused.isEmpty(),
                     qPrintable(u"GET %1 as %2: %3"_s.arg(assigned, callerName(caller), refused)));
        }
        const QString anonymous = problemMismatch(send("GET", assigned), 401, u"unauthenticated"_s);
        QVERIFY2(anonymous.isEmpty(), qPrintable(anonymous));
        // A path that names no patient is not found, not a care-team refusal.
        const QString malformed =
            problemMismatch(send("GET", u"/api/v1/patients/not-a-patient/care-team"_s, {},
                                 authorizationOf(Caller::Psychiatrist)),
                            404, u"not_found"_s);
        QVERIFY2(malformed.isEmpty(), qPrintable(malformed));
    }

    /// Break-glass is the psychiatrist's alone, and the grant opens that one chart to them only.
    void breakGlassGrantOpensTheChart()
    {
        const QUuid patient = QUuid::createUuid();
        const QString chart = patientPath(patient, "care-team");
        const QString breakGlass = patientPath(patient, "break-glass");
        const QByteArray reason = bodyFor(Body::BreakGlassReason, Caller::Psychiatrist);
        const QByteArray psychiatrist = authorizationOf(Caller::Psychiatrist);

        QString mismatch =
            problemMismatch(send("GET", chart, {}, psychiatrist), 403, u"not_on_care_team"_s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"before break-glass: "_s + mismatch));

        for (const Caller caller :
             {Caller::Nurse, Caller::Admin, Caller::Auditor, Caller::Researcher}) {
            mismatch = problemMismatch(send("POST", breakGlass, reason, authorizationOf(caller)),
                                       403, u"forbidden"_s);
            QVERIFY2(mismatch.isEmpty(), qPrintable(u"POST %1 as %2: %3"_s.arg(
                                             breakGlass, callerName(caller), mismatch)));
        }
        mismatch = problemMismatch(send("POST", breakGlass, reason), 401, u"unauthenticated"_s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // A reason too short to review is refused, and grants nothing.
        mismatch = problemMismatch(send("POST", breakGlass, R"({"reason":"need"})", psychiatrist),
                                   422, u"invalid_body"_s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        mismatch =
            problemMismatch(send("GET", chart, {}, psychiatrist), 403, u"not_on_care_team"_s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"after a refused break-glass: "_s + mismatch));

        const Reply granted = send("POST", breakGlass, reason, psychiatrist);
        QVERIFY2(granted.status == 201, qPrintable(granted.summary()));
        QCOMPARE(granted.json().value(u"patient_id"_s).toString(),
                 patient.toString(QUuid::WithoutBraces));

        const Reply opened = send("GET", chart, {}, psychiatrist);
        QVERIFY2(opened.status == 200, qPrintable(u"after break-glass: "_s + opened.summary()));
        // The grant is the psychiatrist's, not the patient's: the nurse is still outside.
        mismatch = problemMismatch(send("GET", chart, {}, authorizationOf(Caller::Nurse)), 403,
                                   u"not_on_care_team"_s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"nurse after break-glass: "_s + mismatch));
    }

    void roleRouteMatrix_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<Caller>("caller");
        QTest::addColumn<QString>("problem");

        QMap<QString, QJsonObject> operations;
        const QString error = fetchOperations(operations);
        if (!error.isEmpty()) {
            QTest::newRow("OpenAPI document") << -1 << Caller::Anonymous << error;
            return;
        }
        // Every tabled route is called, documented or not: a missing route then fails with its
        // own 404 rather than silently dropping out.
        const QList<RouteRow> &rows = expectedRoutes();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            for (const Caller caller : AllCallers) {
                const QString name =
                    routeName(rows[i].method, rows[i].path) + u" as "_s + callerName(caller);
                QTest::newRow(qPrintable(name)) << int(i) << caller << QString();
            }
        }
        for (auto op = operations.cbegin(); op != operations.cend(); ++op) {
            const QStringList parts = op.key().split(u' ');
            if (tableIndex(parts[0].toLatin1(), parts[1]) < 0)
                QTest::newRow(qPrintable(op.key()))
                    << -1 << Caller::Anonymous
                    << QString(op.key() +
                               u" is in the OpenAPI document but has no row in the test's "
                               u"expectation table: add one from DESIGN §7"_s);
        }
    }

    void roleRouteMatrix()
    {
        QFETCH(int, row);
        QFETCH(Caller, caller);
        QFETCH(QString, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const RouteRow &route = expectedRoutes().at(row);
        const QString path = concretePath(route.path);
        const Reply reply =
            send(route.method, path, bodyFor(route.body, caller), authorizationOf(caller));
        const Outcome expected = expectedOutcome(route, caller);
        QString mismatch = expected.code.isEmpty()
                               ? successMismatch(reply, expected.status)
                               : problemMismatch(reply, expected.status, expected.code);
        if (!mismatch.isEmpty() && route.path == u"/api/v1/patients/{id}/care-team" &&
            !m_careTeamProblem.isEmpty())
            mismatch += u" (the care team was not set up: "_s + m_careTeamProblem + u')';
        QVERIFY2(mismatch.isEmpty(),
                 qPrintable(u"%1 %2 as %3: %4"_s.arg(QString::fromLatin1(route.method), path,
                                                     callerName(caller), mismatch)));
    }

    /// A session in account setup may enroll, and nothing else that needs a full sign-in.
    void setupScopedSessionMayOnlyFinishSetup()
    {
        // The default policy: administrators must use MFA, so one without it is in setup.
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        Session admin{.username = u"setup-admin"_s, .password = "setup-admin-passphrase-42"};
        QVERIFY2(!server.addUser(admin.username, u"admin"_s, admin.password, &error).isEmpty(),
                 qPrintable(error));

        ApiClient api([&server](const QString &path) { return server.url(path); });
        const Reply login = api.login(admin.username, QString::fromUtf8(admin.password),
                                      {{u"device_name"_s, u"setup check"_s}});
        QVERIFY2(login.status == 200, qPrintable(login.summary()));
        QCOMPARE(login.json().value(u"mfa_enrollment_required"_s), QJsonValue(true));
        // A setup session gets nothing to stay signed in with.
        QVERIFY(!login.json().contains(u"refresh_token"_s));
        QVERIFY(!login.json().contains(u"cache_key"_s));
        const QByteArray token = login.json().value(u"access_token"_s).toString().toLatin1();

        const struct {
            QByteArray method;
            QString path;
            QByteArray body;
        } refused[] = {
            {"GET", u"/api/v1/auth/session"_s, {}},
            {"GET", u"/api/v1/admin/users"_s, {}},
            {"POST", u"/api/v1/admin/users"_s,
             R"({"username":"setup-made","display_name":"Made in setup","roles":["admin"]})"},
            {"GET", u"/api/v1/admin/devices"_s, {}},
        };
        for (const auto &request : refused) {
            const QString mismatch =
                problemMismatch(api.send(request.method, request.path, request.body, token), 403,
                                u"account_setup_required"_s);
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(routeName(request.method, request.path) + u": "_s + mismatch));
        }

        const Reply enroll = api.send("POST", u"/api/v1/auth/mfa/enroll"_s, {}, token);
        QVERIFY2(enroll.status == 200, qPrintable(enroll.summary()));
        QVERIFY(enroll.json().value(u"otpauth_uri"_s).toString().startsWith(u"otpauth://"_s));

        QCOMPARE(server.stop(), 0);
    }

    // --- Test 2: forged, expired and revoked access tokens --------------------------------

    void forgedTokenIsRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QByteArray original = m_jwtPsychiatrist.accessToken;
        const QList<QByteArray> parts = segmentsOf(original);
        const QJsonObject payload = payloadOf(original);
        const QByteArray signature = parts.value(2);
        const QByteArray body = parts.value(1);
        const QString adminId = m_jwtAdmin.userId;
        const QString adminSession = payloadOf(m_jwtAdmin.accessToken).value(u"sid"_s).toString();
        const QDateTime now = nowSeconds();
        const auto realToken = [this](const JwtClaims &claims) {
            return bearer(m_realCodec->issue(claims));
        };
        const auto withClaim = [&payload](const QString &name, const QJsonValue &value) {
            QJsonObject changed = payload;
            changed.insert(name, value);
            return segment(changed);
        };
        const QString invalid = u"invalid_token"_s;

        // The control: the same construction, valid, is accepted; so the refusals below are
        // about what each row changes, not about how the test builds tokens.
        QTest::newRow("control: fresh token, real key")
            << realToken(claimsLike(payload, now, now, now.addSecs(600))) << 200 << QString();

        QTest::newRow("alg none, empty signature")
            << bearer(QByteArray(header("none") + '.' + body + '.')) << 401 << invalid;
        QTest::newRow("alg none, original signature")
            << bearer(QByteArray(header("none") + '.' + body + '.' + signature)) << 401 << invalid;
        QTest::newRow("alg none, no signature segment")
            << bearer(QByteArray(header("none") + '.' + body)) << 401 << invalid;
        {
            // Signed with the server's own key, so only the algorithm pin can refuse them.
            const QByteArray hs512Input = header("HS512") + '.' + body;
            QTest::newRow("alg HS512, signed with the real key")
                << bearer(QByteArray(hs512Input + '.' +
                                     Base64Url::encode(QMessageAuthenticationCode::hash(
                                         hs512Input, m_realKey, QCryptographicHash::Sha512))))
                << 401 << invalid;
            // Key confusion: an RS256 header over an HMAC-SHA256 signature by the real key.
            const QByteArray rs256Input = header("RS256") + '.' + body;
            QTest::newRow("alg RS256, HMAC-SHA256 signature by the real key")
                << bearer(QByteArray(rs256Input + '.' +
                                     Base64Url::encode(QMessageAuthenticationCode::hash(
                                         rs256Input, m_realKey, QCryptographicHash::Sha256))))
                << 401 << invalid;
        }

        QTest::newRow("sub changed to the admin, original signature")
            << bearer(QByteArray(parts.value(0) + '.' + withClaim(u"sub"_s, adminId) + '.' +
                                 signature))
            << 401 << invalid;
        QTest::newRow("scope changed, original signature")
            << bearer(QByteArray(parts.value(0) + '.' + withClaim(u"scope"_s, u"admin"_s) + '.' +
                                 signature))
            << 401 << invalid;
        QTest::newRow("exp extended by a day, original signature")
            << bearer(QByteArray(parts.value(0) + '.' +
                                 withClaim(u"exp"_s, payload.value(u"exp"_s).toInteger() + 86400) +
                                 '.' + signature))
            << 401 << invalid;
        {
            auto wrong = JwtCodec::create(JwtCodec::generateKey());
            QVERIFY(wrong);
            QTest::newRow("signed with a random key")
                << bearer(wrong.value().issue(claimsLike(payload, now, now, now.addSecs(600))))
                << 401 << invalid;
        }

        QTest::newRow("expired an hour ago, real key")
            << realToken(
                   claimsLike(payload, now.addSecs(-4500), now.addSecs(-4500), now.addSecs(-3600)))
            << 401 << invalid;
        QTest::newRow("expired a second ago, real key")
            << realToken(claimsLike(payload, now.addSecs(-901), now.addSecs(-901), now.addSecs(-1)))
            << 401 << invalid;
        QTest::newRow("not valid for ten minutes, real key")
            << realToken(claimsLike(payload, now, now.addSecs(600), now.addSecs(1500))) << 401
            << invalid;
        QTest::newRow("issued ten minutes in the future, real key")
            << realToken(claimsLike(payload, now.addSecs(600), now, now.addSecs(1500))) << 401
            << invalid;

        JwtClaims unknownSession = claimsLike(payload, now, now, now.addSecs(600));
        unknownSession.extra.insert(u"sid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QTest::newRow("session that does not exist, real key")
            << realToken(unknownSession) << 401 << invalid;
        JwtClaims noSession = claimsLike(payload, now, now, now.addSecs(600));
        noSession.extra.remove(u"sid"_s);
        QTest::newRow("no session claim, real key") << realToken(noSession) << 401 << invalid;
        JwtClaims otherSubject = claimsLike(payload, now, now, now.addSecs(600));
        otherSubject.subject = adminId;
        QTest::newRow("the admin as sub on the psychiatrist's session, real key")
            << realToken(otherSubject) << 401 << invalid;
        JwtClaims otherSession = claimsLike(payload, now, now, now.addSecs(600));
        otherSession.extra.insert(u"sid"_s, adminSession);
        QTest::newRow("the admin's session with the psychiatrist as sub, real key")
            << realToken(otherSession) << 401 << invalid;

        QTest::newRow("garbage abc") << QByteArray("Bearer abc") << 401 << invalid;
        QTest::newRow("9000 bytes of a") << bearer(QByteArray(9000, 'a')) << 401 << invalid;
        QTest::newRow("original with a fourth segment")
            << bearer(QByteArray(original + ".x")) << 401 << invalid;
        // No bearer token at all is a missing credential, not a bad one (RFC 6750 §3.1): the
        // answer is the same 401 a caller without the header gets.
        QTest::newRow("Bearer with nothing")
            << QByteArray("Bearer ") << 401 << u"unauthenticated"_s;
        QTest::newRow("Basic scheme") << QByteArray("Basic xyz") << 401 << u"unauthenticated"_s;
    }

    void forgedTokenIsRefused()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Reply reply = send("GET", u"/api/v1/auth/session"_s, {}, authorization);
        const QString mismatch =
            code.isEmpty() ? successMismatch(reply, status) : problemMismatch(reply, status, code);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    /// The attacks above did not disturb the session whose token they were built from.
    void originalTokenStillWorks()
    {
        const Reply reply =
            send("GET", u"/api/v1/auth/session"_s, {}, bearer(m_jwtPsychiatrist.accessToken));
        QVERIFY2(reply.status == 200, qPrintable(reply.summary()));
        QCOMPARE(reply.json().value(u"session_id"_s).toString(),
                 payloadOf(m_jwtPsychiatrist.accessToken).value(u"sid"_s).toString());
        QCOMPARE(reply.json().value(u"user"_s).toObject().value(u"id"_s).toString(),
                 m_jwtPsychiatrist.userId);
    }

    /// After logout, neither the session's own token nor a validly signed new one gets in.
    void loggedOutSessionIsRevoked()
    {
        Session session = m_sessions.at(Caller::Psychiatrist);
        const QString error = logIn(session, u"logout check"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject payload = payloadOf(session.accessToken);
        const Reply loggedOut =
            send("POST", u"/api/v1/auth/logout"_s, {}, bearer(session.accessToken));
        QVERIFY2(loggedOut.status == 204, qPrintable(loggedOut.summary()));

        QString mismatch =
            problemMismatch(send("GET", u"/api/v1/auth/session"_s, {}, bearer(session.accessToken)),
                            401, u"session_revoked"_s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"the logged-out token: "_s + mismatch));

        const QDateTime now = nowSeconds();
        const QByteArray reissued =
            m_realCodec->issue(claimsLike(payload, now, now, now.addSecs(600)));
        mismatch = problemMismatch(send("GET", u"/api/v1/auth/session"_s, {}, bearer(reissued)),
                                   401, u"session_revoked"_s);
        QVERIFY2(mismatch.isEmpty(),
                 qPrintable(u"a new token for the logged-out session: "_s + mismatch));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
