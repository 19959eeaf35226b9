// The workstation's API client against a real novamind-server on a loopback port: sign-in, the
// typed errors a clinician or the sync engine acts on, one shared refresh when the access token
// has expired, remote wipe, and the transport rules (HTTPS only, verified TLS, timeouts).

#include "core/sync/ApiClient.h"
#include "server/auth/JwtCodec.h"
#include "server/store/MasterKey.h"
#include "tests/server/integration/ServerProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using nm::core::ApiClient;
using nm::core::ApiError;
using nm::core::LoginResult;
using nm::core::Permission;
using nm::core::Result;
using nm::core::Role;
using nm::core::SecureBuffer;
using nm::core::SessionTokens;
using nm::core::Status;
using nm::test::ServerProcess;
using Kind = ApiError::Kind;

namespace {

const QByteArray Password = "a long passphrase 0001";
const QByteArray AdminPassword = "admin passphrase 00001";
constexpr int OfflineGraceDays = 9;
constexpr int WaitMs = 20'000;

using JsonResult = Result<QJsonObject, ApiError>;
using LoginOutcome = Result<LoginResult, ApiError>;

/// Collects the single answer of an asynchronous call, and counts calls to prove "exactly once".
template <typename T> class Awaited {
public:
    std::function<void(T)> callback()
    {
        return [this](T value) {
            ++m_calls;
            m_value.emplace(std::move(value));
        };
    }
    bool wait(int ms = WaitMs)
    {
        return QTest::qWaitFor([this] { return m_value.has_value(); }, ms);
    }
    bool has() const { return m_value.has_value(); }
    T &value() { return *m_value; }
    int calls() const { return m_calls; }

private:
    std::optional<T> m_value;
    int m_calls = 0;
};

/// What failed, for a failed check's message; empty when \a result succeeded.
template <typename T> QByteArray describe(const Result<T, ApiError> &result)
{
    if (result)
        return {};
    const ApiError &error = result.error();
    return u"kind %1, HTTP %2, code \"%3\": %4"_s.arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.code, error.message())
        .toUtf8();
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

int openssl(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(30'000))
        return -1;
    *output = process.readAll();
    return process.exitCode();
}

/// A loopback TCP server that answers every request with one canned HTTP response, or never
/// answers at all when the response is empty (while keeping the connection open).
class CannedServer {
public:
    explicit CannedServer(QByteArray response = {})
        : m_response(std::move(response))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (m_response.isEmpty())
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

private:
    QByteArray m_response;
    QTcpServer m_server;
};

QByteArray httpResponse(const QByteArray &statusLine, const QByteArray &headers,
                        const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
           body;
}

} // namespace

class TestApiClient final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QUuid m_kimId;

    std::unique_ptr<ApiClient> client() const
    {
        return std::make_unique<ApiClient>(m_server->url(u"/"_s));
    }

    QUuid addUser(const QString &username, const QString &role, const QByteArray &password,
                  const QStringList &extra = {}) const
    {
        const ServerProcess::Run run = ServerProcess::run(
            QStringList{u"user"_s, u"add"_s, u"--data-dir"_s, m_server->dataDirectory()} +
                m_server->databaseArguments() +
                QStringList{u"--username"_s, username, u"--role"_s, role, u"--password-stdin"_s} +
                extra,
            {}, password + '\n');
        if (run.exitCode != 0)
            qWarning("user add %s: %s", qPrintable(username), run.err.constData());
        return QUuid::fromString(QString::fromUtf8(run.out).trimmed());
    }

    static LoginOutcome signIn(ApiClient &api, const QString &username, const QByteArray &password,
                               const QUuid &deviceId = QUuid::createUuid())
    {
        Awaited<LoginOutcome> done;
        api.login(username, SecureBuffer::copyOf(password), {}, deviceId, u"test workstation"_s,
                  done.callback());
        if (!done.wait())
            return ApiError::network(u"no answer to the sign-in"_s);
        return std::move(done.value());
    }

    static JsonResult get(ApiClient &api, const QString &path)
    {
        Awaited<JsonResult> done;
        api.get(path, done.callback());
        if (!done.wait())
            return ApiError::network(u"no answer"_s);
        return std::move(done.value());
    }

    static JsonResult post(ApiClient &api, const QString &path, const QJsonObject &body)
    {
        Awaited<JsonResult> done;
        api.post(path, body, done.callback());
        if (!done.wait())
            return ApiError::network(u"no answer"_s);
        return std::move(done.value());
    }

    /// How many POST /api/v1/auth/refresh the server has answered, whatever the status.
    qint64 refreshCount() const
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_server->url(u"/metrics"_s));
        request.setTransferTimeout(10'000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, WaitMs))
            return -1;
        qint64 total = 0;
        const QByteArray series =
            "novamind_http_requests_total{route=\"/api/v1/auth/refresh\",method=\"POST\",";
        const QList<QByteArray> lines = reply->readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(series))
                total += line.mid(line.lastIndexOf(' ') + 1).toLongLong();
        }
        return total;
    }

    /// True when the server's refresh count settles at exactly \a expected (metrics are
    /// recorded just after the answer is written, so a count may lag by a moment).
    bool refreshCountIs(qint64 expected) const
    {
        [[maybe_unused]] const bool reached =
            QTest::qWaitFor([&] { return refreshCount() >= expected; }, 5'000);
        QTest::qWait(200);
        const qint64 count = refreshCount();
        if (count != expected)
            qWarning("refresh count %lld, expected %lld", count, expected);
        return count == expected;
    }

    /// An access token for \a session signed with the server's real key, issued 20 minutes ago
    /// with the usual 15-minute lifetime: expired, but otherwise exactly what the server issues.
    QByteArray expiredAccessToken(const LoginResult &session, const QString &sessionId) const
    {
        const auto masterKey = nm::server::MasterKey::loadOrCreate(m_server->dataDirectory());
        if (!masterKey)
            return {};
        const auto codec =
            nm::server::JwtCodec::create(masterKey.value().derive("novamind access tokens v1"));
        if (!codec)
            return {};
        nm::server::JwtClaims claims = nm::server::JwtCodec::claimsFor(
            idText(session.user.id), QDateTime::currentDateTimeUtc().addSecs(-20 * 60));
        claims.extra.insert(u"sid"_s, sessionId);
        claims.extra.insert(u"did"_s, idText(session.deviceId));
        claims.extra.insert(u"scope"_s, u"full"_s);
        return codec.value().issue(claims);
    }

    /// Signs in \a username and swaps the access token for an expired one of the same session.
    bool signInWithExpiredAccessToken(ApiClient &api, const QString &username,
                                      LoginResult *result = nullptr)
    {
        LoginOutcome signedIn = signIn(api, username, Password);
        if (!signedIn) {
            qWarning("sign-in failed: %s", describe(signedIn).constData());
            return false;
        }
        const JsonResult session = get(api, u"/api/v1/auth/session"_s);
        if (!session) {
            qWarning("session failed: %s", describe(session).constData());
            return false;
        }
        const QByteArray expired =
            expiredAccessToken(signedIn.value(), session.value().value(u"session_id"_s).toString());
        if (expired.isEmpty())
            return false;
        api.setTokens({SecureBuffer::copyOf(expired),
                       SecureBuffer::copyOf(api.tokens().refreshToken.view())});
        if (result)
            *result = std::move(signedIn.value());
        return true;
    }

    /// An administrator's client, signed in.
    std::unique_ptr<ApiClient> admin() const
    {
        auto api = client();
        const LoginOutcome signedIn = signIn(*api, u"admin"_s, AdminPassword);
        if (!signedIn)
            qWarning("admin sign-in failed: %s", describe(signedIn).constData());
        return api;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{u"--mfa-required-roles"_s, u"none"_s,
                                                               u"--offline-grace-days"_s,
                                                               QString::number(OfflineGraceDays)});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_kimId = addUser(u"dr.kim"_s, u"psychiatrist"_s, Password);
        QVERIFY(!m_kimId.isNull());
        for (const QString &name : {u"dr.shared"_s, u"dr.revoked"_s, u"dr.refused"_s,
                                    u"dr.disabled"_s, u"dr.bogus"_s, u"dr.leaving"_s})
            QVERIFY(!addUser(name, u"psychiatrist"_s, Password).isNull());
        QVERIFY(!addUser(u"admin"_s, u"admin"_s, AdminPassword).isNull());
        QVERIFY(!addUser(u"dr.new"_s, u"psychiatrist"_s, Password, {u"--must-change-password"_s})
                     .isNull());
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    // --- sign-in ----------------------------------------------------------------------------

    void signInAnswersTheSessionTheUserAndTheCacheKey()
    {
        auto api = client();
        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);
        const QUuid device = QUuid::createUuid();
        LoginOutcome signedIn = signIn(*api, u"dr.kim"_s, Password, device);
        QVERIFY2(signedIn, describe(signedIn).constData());
        const LoginResult &result = signedIn.value();

        QCOMPARE(result.cacheKey.size(), LoginResult::CacheKeySize);
        QVERIFY(!result.accessToken.isEmpty());
        QVERIFY(!result.refreshToken.isEmpty());
        QCOMPARE(result.accessTokenLifetimeSeconds, 15 * 60);
        QCOMPARE(result.offlineGraceDays, OfflineGraceDays);
        QCOMPARE(result.deviceId, device);
        QVERIFY(!result.isSetupOnly());
        QCOMPARE(result.user.id, m_kimId);
        QCOMPARE(result.user.username, u"dr.kim"_s);
        QCOMPARE(result.user.roles, QList<Role>{Role::Psychiatrist});
        QVERIFY(result.user.holds(Permission::ClinicalRead));
        QVERIFY(result.user.holds(Permission::NotesSign));
        QVERIFY(result.user.holds(Permission::MedicationsWrite));
        QVERIFY(!result.user.holds(Permission::UsersManage));

        // The client now holds the session, and said so once.
        QCOMPARE(changed.count(), 1);
        QVERIFY(api->tokens().accessToken.equals(result.accessToken));
        QVERIFY(api->tokens().refreshToken.equals(result.refreshToken));
        const JsonResult session = get(*api, u"/api/v1/auth/session"_s);
        QVERIFY2(session, describe(session).constData());
        QCOMPARE(session.value().value(u"user"_s).toObject().value(u"id"_s).toString(),
                 idText(m_kimId));
        QCOMPARE(session.value().value(u"device_id"_s).toString(), idText(device));

        // The key is escrowed: a second workstation opens the same cache.
        auto other = client();
        const LoginOutcome again = signIn(*other, u"dr.kim"_s, Password);
        QVERIFY2(again, describe(again).constData());
        QVERIFY(again.value().cacheKey.equals(result.cacheKey));
    }

    void aWrongPasswordIsInvalidCredentials()
    {
        auto api = client();
        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);
        const LoginOutcome signedIn = signIn(*api, u"dr.kim"_s, "not the password at all");
        QVERIFY(!signedIn);
        const ApiError &error = signedIn.error();
        QCOMPARE(error.kind, Kind::Http);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.code, u"invalid_credentials"_s);
        QVERIFY(!error.title.isEmpty());
        QVERIFY(error.isAuthFailure());
        QVERIFY(!error.isRetryable());
        QVERIFY(!error.mustWipe());
        QCOMPARE(changed.count(), 0);
        QVERIFY(api->tokens().isEmpty());
    }

    void aSetupOnlySessionHasNoRefreshTokenAndNoKey()
    {
        auto api = client();
        const LoginOutcome signedIn = signIn(*api, u"dr.new"_s, Password);
        QVERIFY2(signedIn, describe(signedIn).constData());
        QVERIFY(signedIn.value().passwordChangeRequired);
        QVERIFY(signedIn.value().isSetupOnly());
        QVERIFY(!signedIn.value().accessToken.isEmpty());
        QVERIFY(signedIn.value().refreshToken.isEmpty());
        QVERIFY(signedIn.value().cacheKey.isEmpty());
        QVERIFY(api->tokens().refreshToken.isEmpty());
    }

    void fieldErrorsAreDecoded()
    {
        auto api = client();
        const LoginOutcome signedIn = signIn(*api, u"dr.kim"_s, Password);
        QVERIFY2(signedIn, describe(signedIn).constData());
        const JsonResult changed = post(*api, u"/api/v1/auth/password"_s,
                                        {{u"current_password"_s, QString::fromUtf8(Password)},
                                         {u"new_password"_s, u"short"_s}});
        QVERIFY(!changed);
        const ApiError &error = changed.error();
        QCOMPARE(error.kind, Kind::Http);
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.code, u"invalid_body"_s);
        QCOMPARE(error.fieldErrors.fields(), QStringList{u"new_password"_s});
        const QStringList messages = error.fieldErrors.messagesFor(u"new_password");
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(u"12"_s), qPrintable(messages.first()));
        QVERIFY(!error.isAuthFailure());
        QVERIFY(!api->tokens().isEmpty());
    }

    // --- refresh ----------------------------------------------------------------------------

    void anExpiredAccessTokenIsRefreshedOnceAndTheRequestRetried()
    {
        auto api = client();
        LoginResult signedIn;
        QVERIFY(signInWithExpiredAccessToken(*api, u"dr.kim"_s, &signedIn));
        const SessionTokens before = api->tokens().copy();

        // The forged token is what the server would have issued, only expired: on its own (no
        // refresh token to fall back on) it is refused as invalid_token.
        {
            ApiClient probe(m_server->url(u"/"_s));
            probe.setTokens({SecureBuffer::copyOf(before.accessToken.view()), {}});
            const JsonResult refused = get(probe, u"/api/v1/auth/session"_s);
            QVERIFY(!refused);
            QCOMPARE(refused.error().httpStatus, 401);
            QCOMPARE(refused.error().code, u"invalid_token"_s);
        }

        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);
        QSignalSpy ended(api.get(), &ApiClient::sessionEnded);
        const qint64 refreshes = refreshCount();
        QVERIFY(refreshes >= 0);
        const JsonResult session = get(*api, u"/api/v1/auth/session"_s);
        QVERIFY2(session, describe(session).constData());
        QCOMPARE(session.value().value(u"device_id"_s).toString(), idText(signedIn.deviceId));
        QVERIFY(refreshCountIs(refreshes + 1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ended.count(), 0);
        // Both tokens rotated; the owner persists the new refresh token on tokensChanged.
        QVERIFY(!api->tokens().accessToken.equals(before.accessToken));
        QVERIFY(!api->tokens().refreshToken.equals(before.refreshToken));

        // The rotated refresh token is the one the server now accepts.
        Awaited<Status<ApiError>> refreshed;
        api->refresh(refreshed.callback());
        QVERIFY(refreshed.wait());
        QVERIFY2(refreshed.value(), describe(refreshed.value()).constData());
        QCOMPARE(changed.count(), 2);
        QVERIFY(refreshCountIs(refreshes + 2));
    }

    void aSessionResumedFromItsRefreshTokenAloneRefreshesFirst()
    {
        // What the workstation persists between runs is the refresh token; the access token is
        // too short-lived to be worth keeping.
        SecureBuffer persisted;
        {
            auto earlier = client();
            const LoginOutcome signedIn = signIn(*earlier, u"dr.kim"_s, Password);
            QVERIFY2(signedIn, describe(signedIn).constData());
            persisted = SecureBuffer::copyOf(signedIn.value().refreshToken.view());
        }
        auto api = client();
        api->setTokens({{}, std::move(persisted)});
        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);
        const qint64 refreshes = refreshCount();
        const JsonResult session = get(*api, u"/api/v1/auth/session"_s);
        QVERIFY2(session, describe(session).constData());
        QVERIFY(refreshCountIs(refreshes + 1));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!api->tokens().accessToken.isEmpty());
    }

    void concurrentRequestsShareOneRefresh()
    {
        auto api = client();
        QVERIFY(signInWithExpiredAccessToken(*api, u"dr.shared"_s));
        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);
        const qint64 refreshes = refreshCount();

        std::array<Awaited<JsonResult>, 4> answers;
        api->get(u"/api/v1/auth/session"_s, answers[0].callback());
        api->get(u"/api/v1/auth/session"_s, answers[1].callback());
        api->get(u"/api/v1/patients/%1/care-team"_s.arg(idText(QUuid::createUuid())),
                 answers[2].callback());
        api->post(u"/api/v1/auth/password"_s, {{u"current_password"_s, u"wrong one"_s}},
                  answers[3].callback());
        QCOMPARE(api->pendingRequests(), 4);
        for (Awaited<JsonResult> &answer : answers)
            QVERIFY(answer.wait());
        QVERIFY2(answers[0].value(), describe(answers[0].value()).constData());
        QVERIFY2(answers[1].value(), describe(answers[1].value()).constData());
        // Retried with the new token, so the server got to judge the request itself: not this
        // psychiatrist's patient, and not her current password.
        QVERIFY(!answers[2].value());
        QCOMPARE(answers[2].value().error().code, u"not_on_care_team"_s);
        QVERIFY(!answers[3].value());
        QCOMPARE(answers[3].value().error().httpStatus, 422);
        for (Awaited<JsonResult> &answer : answers)
            QCOMPARE(answer.calls(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(refreshCountIs(refreshes + 1));
        QCOMPARE(api->pendingRequests(), 0);
    }

    void aRefusedRefreshFailsEveryWaitingRequestWithItsError()
    {
        auto api = client();
        QVERIFY(signInWithExpiredAccessToken(*api, u"dr.bogus"_s));
        api->setTokens({SecureBuffer::copyOf(api->tokens().accessToken.view()),
                        SecureBuffer::copyOf("not-a-refresh-token")});
        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);
        QSignalSpy ended(api.get(), &ApiClient::sessionEnded);
        const qint64 refreshes = refreshCount();

        Awaited<JsonResult> first;
        Awaited<JsonResult> second;
        api->get(u"/api/v1/auth/session"_s, first.callback());
        api->get(u"/api/v1/auth/session"_s, second.callback());
        QVERIFY(first.wait());
        QVERIFY(second.wait());
        for (JsonResult *answer : {&first.value(), &second.value()}) {
            QVERIFY(!*answer);
            QCOMPARE(answer->error().httpStatus, 401);
            QCOMPARE(answer->error().code, u"invalid_token"_s);
            QVERIFY(answer->error().isAuthFailure());
        }
        QVERIFY(refreshCountIs(refreshes + 1));
        QCOMPARE(changed.count(), 0);
        // The session is over: reported once, tokens dropped.
        QCOMPARE(ended.count(), 1);
        QVERIFY(api->tokens().isEmpty());

        Awaited<Status<ApiError>> refreshed;
        api->refresh(refreshed.callback());
        QVERIFY(refreshed.wait());
        QVERIFY(!refreshed.value());
        QCOMPARE(refreshed.value().error().kind, Kind::SignInRequired);
        QVERIFY(refreshCountIs(refreshes + 1));
    }

    // --- remote wipe ------------------------------------------------------------------------

    void aRevokedDeviceMustWipeAndIsNeverRefreshed()
    {
        auto api = client();
        const QUuid device = QUuid::createUuid();
        const LoginOutcome signedIn = signIn(*api, u"dr.revoked"_s, Password, device);
        QVERIFY2(signedIn, describe(signedIn).constData());
        QVERIFY(get(*api, u"/api/v1/auth/session"_s));

        auto administrator = admin();
        const JsonResult revoked =
            post(*administrator, u"/api/v1/admin/devices/%1/revoke"_s.arg(idText(device)), {});
        QVERIFY2(revoked, describe(revoked).constData());

        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);
        QSignalSpy ended(api.get(), &ApiClient::sessionEnded);
        const qint64 refreshes = refreshCount();
        const JsonResult refused = get(*api, u"/api/v1/auth/session"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::Http);
        QCOMPARE(refused.error().httpStatus, 401);
        QCOMPARE(refused.error().code, u"device_revoked"_s);
        QVERIFY(refused.error().mustWipe());
        QVERIFY(refused.error().isAuthFailure());
        QVERIFY(!refused.error().isRetryable());
        QVERIFY(refreshCountIs(refreshes));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(ended.count(), 1);
        QVERIFY(ended.first().first().value<ApiError>().mustWipe());
        QVERIFY(api->tokens().isEmpty());

        // Signing in again from that device is refused the same way.
        const LoginOutcome again = signIn(*api, u"dr.revoked"_s, Password, device);
        QVERIFY(!again);
        QCOMPARE(again.error().code, u"device_revoked"_s);
        QVERIFY(again.error().mustWipe());
    }

    void aRefreshRefusedForARevokedDeviceFailsTheWaitersWithDeviceRevoked()
    {
        // The access token has expired, so the request itself only says invalid_token; the
        // refresh is what learns the device was revoked, and every waiter must hear that.
        auto api = client();
        LoginResult signedIn;
        QVERIFY(signInWithExpiredAccessToken(*api, u"dr.refused"_s, &signedIn));
        auto administrator = admin();
        QVERIFY(post(*administrator,
                     u"/api/v1/admin/devices/%1/revoke"_s.arg(idText(signedIn.deviceId)), {}));

        QSignalSpy ended(api.get(), &ApiClient::sessionEnded);
        const qint64 refreshes = refreshCount();
        Awaited<JsonResult> first;
        Awaited<JsonResult> second;
        api->get(u"/api/v1/auth/session"_s, first.callback());
        api->get(u"/api/v1/auth/session"_s, second.callback());
        QVERIFY(first.wait());
        QVERIFY(second.wait());
        for (JsonResult *answer : {&first.value(), &second.value()}) {
            QVERIFY(!*answer);
            QCOMPARE(answer->error().code, u"device_revoked"_s);
            QVERIFY(answer->error().mustWipe());
        }
        QVERIFY(refreshCountIs(refreshes + 1));
        QCOMPARE(ended.count(), 1);
        QVERIFY(ended.first().first().value<ApiError>().mustWipe());
    }

    void aDeactivatedAccountMustWipe()
    {
        auto api = client();
        const LoginOutcome signedIn = signIn(*api, u"dr.disabled"_s, Password);
        QVERIFY2(signedIn, describe(signedIn).constData());
        auto administrator = admin();
        const JsonResult deactivated =
            post(*administrator,
                 u"/api/v1/admin/users/%1/deactivate"_s.arg(idText(signedIn.value().user.id)), {});
        QVERIFY2(deactivated, describe(deactivated).constData());

        const JsonResult refused = get(*api, u"/api/v1/auth/session"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"account_disabled"_s);
        QVERIFY(refused.error().mustWipe());
    }

    void signingOutEndsTheSessionOnTheServer()
    {
        auto api = client();
        const LoginOutcome signedIn = signIn(*api, u"dr.leaving"_s, Password);
        QVERIFY2(signedIn, describe(signedIn).constData());
        SessionTokens old = api->tokens().copy();
        QSignalSpy changed(api.get(), &ApiClient::tokensChanged);

        Awaited<Status<ApiError>> out;
        api->logout(out.callback());
        QVERIFY(out.wait());
        QVERIFY2(out.value(), describe(out.value()).constData());
        QVERIFY(api->tokens().isEmpty());
        QCOMPARE(changed.count(), 1);

        // The old tokens no longer work, and session_revoked is not worth a refresh.
        const qint64 refreshes = refreshCount();
        QSignalSpy ended(api.get(), &ApiClient::sessionEnded);
        api->setTokens(std::move(old));
        const JsonResult refused = get(*api, u"/api/v1/auth/session"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"session_revoked"_s);
        QVERIFY(refused.error().isAuthFailure());
        QVERIFY(!refused.error().mustWipe());
        QCOMPARE(ended.count(), 1);
        QVERIFY(refreshCountIs(refreshes));
    }

    // --- transport --------------------------------------------------------------------------

    void anInsecureUrlIsRefusedBeforeAnythingIsSent()
    {
        ApiClient api(QUrl(u"http://example.org"_s));
        Awaited<JsonResult> answer;
        api.get(u"/api/v1/health"_s, answer.callback());
        QCOMPARE(api.pendingRequests(), 0);
        // Not even the completion runs inside the call.
        QVERIFY(!answer.has());
        QVERIFY(answer.wait());
        QVERIFY(!answer.value());
        QCOMPARE(answer.value().error().kind, Kind::InsecureUrl);

        Awaited<LoginOutcome> login;
        api.login(u"dr.kim"_s, SecureBuffer::copyOf(Password), {}, {}, u"x"_s, login.callback());
        QVERIFY(login.wait());
        QVERIFY(!login.value());
        QCOMPARE(login.value().error().kind, Kind::InsecureUrl);
    }

    void plainHttpToLoopbackIsAccepted()
    {
        QCOMPARE(m_server->url(u"/"_s).scheme(), u"http"_s);
        QCOMPARE(m_server->url(u"/"_s).host(), u"127.0.0.1"_s);
        auto api = client();
        const JsonResult health = get(*api, u"/api/v1/health"_s);
        QVERIFY2(health, describe(health).constData());
        QCOMPARE(health.value().value(u"status"_s).toString(), u"ok"_s);
    }

    void aSilentServerTimesOut()
    {
        CannedServer silent;
        QVERIFY(silent.listen());
        ApiClient api(silent.url());
        api.setTimeout(300ms);
        QElapsedTimer clock;
        clock.start();
        const JsonResult answer = get(api, u"/api/v1/health"_s);
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, Kind::Timeout);
        QVERIFY(answer.error().isRetryable());
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 5'000,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void nothingListeningIsANetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        ApiClient api(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const JsonResult answer = get(api, u"/api/v1/health"_s);
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, Kind::Network);
        QVERIFY(answer.error().isRetryable());
        QVERIFY(!answer.error().title.isEmpty());
    }

    void answersThatAreNotTheApisAreStillTyped_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("proxy error page")
            << httpResponse("503 Service Unavailable",
                            "Content-Type: text/html\r\nRetry-After: 7\r\n",
                            "<html><body>Down for maintenance</body></html>")
            << false << int(Kind::Http) << 503 << QString() << 7;
        QTest::newRow("problem+json")
            << httpResponse("404 Not Found", "Content-Type: application/problem+json\r\n",
                            "{\"code\":\"not_found\",\"title\":\"No such endpoint\"}")
            << false << int(Kind::Http) << 404 << u"not_found"_s << -1;
        QTest::newRow("redirect is not followed")
            << httpResponse("302 Found", "Location: http://127.0.0.1:1/elsewhere\r\n", {}) << false
            << int(Kind::Http) << 302 << QString() << -1;
        QTest::newRow("success that is not JSON")
            << httpResponse("200 OK", "Content-Type: text/plain\r\n", "hello") << false
            << int(Kind::Decode) << 0 << QString() << -1;
        QTest::newRow("success that is a JSON array")
            << httpResponse("200 OK", "Content-Type: application/json\r\n", "[1,2]") << false
            << int(Kind::Decode) << 0 << QString() << -1;
        QTest::newRow("no content")
            << httpResponse("204 No Content", {}, {}) << true << 0 << 0 << QString() << -1;
    }

    void answersThatAreNotTheApisAreStillTyped()
    {
        QFETCH(QByteArray, response);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, retryAfter);
        CannedServer canned(response);
        QVERIFY(canned.listen());
        ApiClient api(canned.url());
        const JsonResult answer = get(api, u"/api/v1/anything"_s);
        QCOMPARE(answer.ok(), ok);
        if (ok) {
            QVERIFY(answer.value().isEmpty());
            return;
        }
        QCOMPARE(int(answer.error().kind), kind);
        QCOMPARE(answer.error().httpStatus, status);
        QCOMPARE(answer.error().code, code);
        QCOMPARE(answer.error().retryAfterSeconds, retryAfter);
        QVERIFY(!answer.error().title.isEmpty());
    }

    void anUntrustedCertificateIsATlsError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QByteArray output;
        QVERIFY2(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                          u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, key,
                          u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                          u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s},
                         &output) == 0,
                 output.constData());
        ServerProcess tlsServer({u"--tls-cert"_s, cert, u"--tls-key"_s, key});
        QString error;
        QVERIFY2(tlsServer.start(&error), qPrintable(error));
        QCOMPARE(tlsServer.url(u"/"_s).scheme(), u"https"_s);

        ApiClient api(tlsServer.url(u"/"_s));
        const JsonResult refused = get(api, u"/api/v1/health"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::Tls);
        QVERIFY(!refused.error().isRetryable());
        QVERIFY2(refused.error().detail.contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(refused.error().detail));

        // Trusting the certificate explicitly lets the same client through: verification is on,
        // it was the trust that was missing.
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        api.addTrustedCertificates(QSslCertificate::fromData(pem.readAll(), QSsl::Pem));
        const JsonResult health = get(api, u"/api/v1/health"_s);
        QVERIFY2(health, describe(health).constData());
        QCOMPARE(tlsServer.stop(), 0);
    }

    void destroyingTheClientCancelsWithoutCallingBack()
    {
        CannedServer silent;
        QVERIFY(silent.listen());
        auto api = std::make_unique<ApiClient>(silent.url());
        Awaited<JsonResult> answer;
        api->get(u"/api/v1/health"_s, answer.callback());
        Awaited<JsonResult> insecure;
        QVERIFY(QTest::qWaitFor([&] { return api->pendingRequests() == 1; }, 1'000));
        QTest::qWait(100); // let the request reach the silent server
        api.reset();
        QTest::qWait(300);
        QCOMPARE(answer.calls(), 0);

        // cancelAll() drops queued completions too (here: an insecure URL's refusal).
        ApiClient refused(QUrl(u"http://example.org"_s));
        refused.get(u"/"_s, insecure.callback());
        refused.cancelAll();
        QTest::qWait(100);
        QCOMPARE(insecure.calls(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
