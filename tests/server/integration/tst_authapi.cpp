// Sign-in over real HTTP against a real novamind-server (SQLite, and PostgreSQL in the
// tst_authapi_postgres run): login answers, refresh rotation and reuse, logout, throttling and
// lockout, TOTP enrollment and its ±1 step window, password change, break-glass, and that no
// secret reaches the log.

#include "core/crypto/SecureBuffer.h"
#include "server/auth/TotpAuthenticator.h"
#include "tests/server/integration/ApiClient.h"
#include "tests/server/integration/ServerProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using nm::core::SecureBuffer;
using nm::server::TotpAuthenticator;
using nm::test::ApiClient;
using nm::test::ServerProcess;

namespace {

const QString Password = u"tall ships sail at dawn"_s;

// RFC 4648 base32 without padding, as the enrollment answer gives the secret.
SecureBuffer fromBase32(const QString &text)
{
    QByteArray bytes;
    quint64 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int value = c.isUpper() ? c.unicode() - 'A' : c.unicode() - '2' + 26;
        buffer = (buffer << 5) | quint64(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return SecureBuffer::copyOf(bytes);
}

// Codes are computed here and checked on the server a moment later; keep both in one 30 s step.
void waitForFreshStep()
{
    const qint64 intoStep = QDateTime::currentSecsSinceEpoch() % TotpAuthenticator::StepSeconds;
    if (intoStep >= TotpAuthenticator::StepSeconds - 3)
        QTest::qWait(int(TotpAuthenticator::StepSeconds - intoStep + 1) * 1000);
}

QString codeAt(const SecureBuffer &secret, int stepsFromNow)
{
    return TotpAuthenticator::codeAt(secret,
                                     QDateTime::currentDateTimeUtc().addSecs(
                                         qint64(stepsFromNow) * TotpAuthenticator::StepSeconds));
}

} // namespace

class TestAuthApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    QStringList m_secretsSeen; // every token and password the test handled, for the log check

    static std::unique_ptr<ServerProcess> startServer(QString *error)
    {
        auto server = std::make_unique<ServerProcess>();
        if (!server->start(error))
            return nullptr;
        return server;
    }

    static std::unique_ptr<ApiClient> clientFor(const ServerProcess &server)
    {
        const ServerProcess *target = &server;
        return std::make_unique<ApiClient>(
            [target](const QString &path) { return target->url(path); });
    }

    QString addUser(const QString &username, const QString &role)
    {
        QString error;
        const QString id = m_server->addUser(username, role, Password.toUtf8(), &error);
        if (id.isEmpty())
            qWarning("%s", qPrintable(error));
        return id;
    }

    static void verifyProblem(const ApiClient::Reply &reply, int status, const QString &code)
    {
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.code(), code);
    }

    QJsonObject signIn(const QString &username, const QJsonObject &extra = {})
    {
        const ApiClient::Reply reply = m_api->login(username, Password, extra);
        if (reply.status != 200)
            qWarning("login %s: %d %s", qPrintable(username), reply.status, reply.body.constData());
        const QJsonObject body = reply.json();
        m_secretsSeen << body.value(u"access_token"_s).toString()
                      << body.value(u"refresh_token"_s).toString();
        return body;
    }

    static QByteArray bearer(const QJsonObject &login)
    {
        return login.value(u"access_token"_s).toString().toLatin1();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_server = startServer(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_api = clientFor(*m_server);
        m_secretsSeen << Password;
        QVERIFY(!addUser(u"dr.kim"_s, u"psychiatrist"_s).isEmpty());
        QVERIFY(!addUser(u"nurse.lee"_s, u"nurse"_s).isEmpty());
        QVERIFY(!addUser(u"admin"_s, u"admin"_s).isEmpty());
    }

    void loginAnswersTokensCacheKeyAndUser()
    {
        const QUuid device = QUuid::createUuid();
        const QJsonObject first =
            signIn(u"Dr.Kim"_s, {{u"device_id"_s, device.toString(QUuid::WithoutBraces)}});
        QCOMPARE(first.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(first.value(u"expires_in"_s).toInt(), 900);
        QCOMPARE(first.value(u"refresh_token"_s).toString().size(), 43); // 256 bits, base64url
        QCOMPARE(first.value(u"offline_grace_days"_s).toInt(), 7);
        QCOMPARE(first.value(u"device_id"_s).toString(), device.toString(QUuid::WithoutBraces));
        const QByteArray cacheKey =
            QByteArray::fromBase64(first.value(u"cache_key"_s).toString().toLatin1());
        QCOMPARE(cacheKey.size(), 32);
        const QJsonObject user = first.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"username"_s).toString(), u"dr.kim"_s);
        QCOMPARE(user.value(u"roles"_s).toArray(), QJsonArray{u"psychiatrist"_s});
        QVERIFY(user.value(u"permissions"_s).toArray().contains(u"notes.sign"_s));
        QVERIFY(!user.value(u"permissions"_s).toArray().contains(u"users.manage"_s));

        // The escrowed key is the same at every sign-in: the workstation's cache stays readable.
        const QJsonObject second = signIn(u"dr.kim"_s);
        QCOMPARE(second.value(u"cache_key"_s).toString(), first.value(u"cache_key"_s).toString());
        QVERIFY(second.value(u"access_token"_s) != first.value(u"access_token"_s));

        const ApiClient::Reply session = m_api->get(u"/api/v1/auth/session"_s, bearer(first));
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json().value(u"scope"_s).toString(), u"full"_s);
        QCOMPARE(session.json().value(u"device_id"_s).toString(),
                 device.toString(QUuid::WithoutBraces));
    }

    qint64 loginFailuresCounted()
    {
        const QByteArray metrics = m_api->get(u"/metrics"_s).body;
        const QByteArray name = "novamind_login_failures_total ";
        const qsizetype at = metrics.indexOf(QByteArray("\n" + name));
        if (at < 0)
            return -1;
        const qsizetype start = at + 1 + name.size();
        return metrics.mid(start, metrics.indexOf('\n', start) - start).toLongLong();
    }

    void failedLoginsGetOneGenericAnswer()
    {
        const qint64 before = loginFailuresCounted();
        QVERIFY(before >= 0);
        const ApiClient::Reply wrongPassword = m_api->login(u"nurse.lee"_s, u"not her password"_s);
        const ApiClient::Reply unknownUser = m_api->login(u"nobody.here"_s, Password);
        verifyProblem(wrongPassword, 401, u"invalid_credentials"_s);
        verifyProblem(unknownUser, 401, u"invalid_credentials"_s);
        QCOMPARE(wrongPassword.body, unknownUser.body);
        QCOMPARE(loginFailuresCounted(), before + 2);
    }

    void malformedLoginBodiesAre422()
    {
        const ApiClient::Reply wrongTypes =
            m_api->send("POST", u"/api/v1/auth/login"_s, R"({"username":7,"password":["x"]})");
        verifyProblem(wrongTypes, 422, u"invalid_body"_s);
        QStringList fields;
        for (const QJsonValue error : wrongTypes.json().value(u"errors"_s).toArray())
            fields << error.toObject().value(u"field"_s).toString();
        QVERIFY(fields.contains(u"username"_s));
        QVERIFY(fields.contains(u"password"_s));
        verifyProblem(m_api->send("POST", u"/api/v1/auth/login"_s, "not json"), 422,
                      u"invalid_body"_s);
        verifyProblem(m_api->send("POST", u"/api/v1/auth/login"_s, "{}"), 422, u"invalid_body"_s);
        verifyProblem(m_api->send("POST", u"/api/v1/auth/login"_s, QByteArray(2 << 20, 'x')), 413,
                      u"payload_too_large"_s);
    }

    void refreshRotatesAndReuseRevokesTheFamily()
    {
        const QJsonObject login = signIn(u"dr.kim"_s);
        const QString first = login.value(u"refresh_token"_s).toString();
        const ApiClient::Reply rotated =
            m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, first}});
        QCOMPARE(rotated.status, 200);
        const QString second = rotated.json().value(u"refresh_token"_s).toString();
        m_secretsSeen << second << rotated.json().value(u"access_token"_s).toString();
        QVERIFY(second != first);
        const QByteArray newAccess = rotated.json().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(m_api->get(u"/api/v1/auth/session"_s, newAccess).status, 200);

        // The first token again: somebody copied it. The whole session ends.
        verifyProblem(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, first}}), 401,
                      u"invalid_token"_s);
        verifyProblem(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, second}}), 401,
                      u"invalid_token"_s);
        verifyProblem(m_api->get(u"/api/v1/auth/session"_s, newAccess), 401, u"session_revoked"_s);
        verifyProblem(m_api->get(u"/api/v1/auth/session"_s, bearer(login)), 401,
                      u"session_revoked"_s);

        verifyProblem(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, u"junk"_s}}),
                      401, u"invalid_token"_s);
        verifyProblem(m_api->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, 42}}), 422,
                      u"invalid_body"_s);
    }

    void logoutEndsTheSession()
    {
        const QJsonObject login = signIn(u"nurse.lee"_s);
        QCOMPARE(m_api->post(u"/api/v1/auth/logout"_s, {}, bearer(login)).status, 204);
        verifyProblem(m_api->get(u"/api/v1/auth/session"_s, bearer(login)), 401,
                      u"session_revoked"_s);
        verifyProblem(m_api->post(u"/api/v1/auth/refresh"_s,
                                  {{u"refresh_token"_s, login.value(u"refresh_token"_s)}}),
                      401, u"invalid_token"_s);
        const ApiClient::Reply anonymous = m_api->post(u"/api/v1/auth/logout"_s, {});
        verifyProblem(anonymous, 401, u"unauthenticated"_s);
        QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer realm=\"novamind\""));
        QCOMPARE(m_api->get(u"/api/v1/auth/session"_s, bearer(login)).header("WWW-Authenticate"),
                 QByteArray("Bearer realm=\"novamind\", error=\"invalid_token\""));
    }

    void aDeviceIdBelongsToOneAccount()
    {
        const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(m_api->login(u"dr.kim"_s, Password, {{u"device_id"_s, device}}).status, 200);
        verifyProblem(m_api->login(u"nurse.lee"_s, Password, {{u"device_id"_s, device}}), 409,
                      u"device_conflict"_s);
    }

    void repeatedFailuresLockTheAccount()
    {
        QVERIFY(!addUser(u"locked.out"_s, u"nurse"_s).isEmpty());
        for (int attempt = 0; attempt < 10; ++attempt)
            verifyProblem(m_api->login(u"locked.out"_s, u"wrong guess %1"_s.arg(attempt)), 401,
                          u"invalid_credentials"_s);
        // Locked now: even the right password waits, and the answer says for how long.
        const ApiClient::Reply locked = m_api->login(u"locked.out"_s, Password);
        verifyProblem(locked, 423, u"account_locked"_s);
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 60, locked.header("Retry-After").constData());
        // Other accounts are unaffected.
        QCOMPARE(m_api->login(u"nurse.lee"_s, Password).status, 200);
    }

    void manyFailuresFromOneAddressAreThrottled()
    {
        // A server of its own: the address limit would otherwise slow every later test.
        QString error;
        auto server = startServer(&error);
        QVERIFY2(server, qPrintable(error));
        const std::unique_ptr<ApiClient> api = clientFor(*server);
        for (int attempt = 0; attempt < 20; ++attempt)
            verifyProblem(api->login(u"guess%1"_s.arg(attempt), u"password guess"_s), 401,
                          u"invalid_credentials"_s);
        const ApiClient::Reply throttled = api->login(u"guess99"_s, u"password guess"_s);
        verifyProblem(throttled, 429, u"rate_limited"_s);
        QVERIFY(throttled.header("Retry-After").toInt() >= 1);
        QCOMPARE(server->stop(), 0);
    }

    void mfaEnrollmentAndTheTotpWindow()
    {
        // Administrators must use MFA (the default policy): a password alone opens only setup.
        const QJsonObject setup = signIn(u"admin"_s);
        QCOMPARE(setup.value(u"mfa_enrollment_required"_s).toBool(), true);
        QVERIFY(!setup.contains(u"refresh_token"_s));
        QVERIFY(!setup.contains(u"cache_key"_s));
        verifyProblem(m_api->get(u"/api/v1/auth/session"_s, bearer(setup)), 403,
                      u"account_setup_required"_s);
        verifyProblem(m_api->get(u"/api/v1/admin/users"_s, bearer(setup)), 403,
                      u"account_setup_required"_s);

        verifyProblem(
            m_api->post(u"/api/v1/auth/mfa/confirm"_s, {{u"code"_s, u"123456"_s}}, bearer(setup)),
            409, u"mfa_not_started"_s);
        const ApiClient::Reply enrolled =
            m_api->post(u"/api/v1/auth/mfa/enroll"_s, {}, bearer(setup));
        QCOMPARE(enrolled.status, 200);
        const QJsonObject enrollment = enrolled.json();
        QVERIFY(enrollment.value(u"otpauth_uri"_s).toString().startsWith(u"otpauth://totp/"_s));
        const QByteArray png =
            QByteArray::fromBase64(enrollment.value(u"qr_png"_s).toString().toLatin1());
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const SecureBuffer secret = fromBase32(enrollment.value(u"secret"_s).toString());
        QCOMPARE(secret.size(), TotpAuthenticator::SecretBytes);
        m_secretsSeen << enrollment.value(u"secret"_s).toString();

        waitForFreshStep();
        const ApiClient::Reply wrong = m_api->post(u"/api/v1/auth/mfa/confirm"_s,
                                                   {{u"code"_s, codeAt(secret, 5)}}, bearer(setup));
        verifyProblem(wrong, 422, u"invalid_body"_s);
        // One step behind is still accepted (a phone whose clock is slow).
        QCOMPARE(m_api
                     ->post(u"/api/v1/auth/mfa/confirm"_s, {{u"code"_s, codeAt(secret, -1)}},
                            bearer(setup))
                     .status,
                 204);
        // The setup session has done its job.
        verifyProblem(m_api->post(u"/api/v1/auth/mfa/enroll"_s, {}, bearer(setup)), 401,
                      u"session_revoked"_s);

        verifyProblem(m_api->login(u"admin"_s, Password), 401, u"mfa_required"_s);
        waitForFreshStep();
        // Two steps ahead is outside the window.
        verifyProblem(m_api->login(u"admin"_s, Password, {{u"totp"_s, codeAt(secret, 2)}}), 401,
                      u"invalid_credentials"_s);
        // One step ahead is inside it.
        const QString ahead = codeAt(secret, 1);
        const ApiClient::Reply full = m_api->login(u"admin"_s, Password, {{u"totp"_s, ahead}});
        QCOMPARE(full.status, 200);
        QVERIFY(full.json().contains(u"refresh_token"_s));
        m_secretsSeen << full.json().value(u"access_token"_s).toString()
                      << full.json().value(u"refresh_token"_s).toString();
        QCOMPARE(m_api
                     ->get(u"/api/v1/auth/session"_s,
                           full.json().value(u"access_token"_s).toString().toLatin1())
                     .status,
                 200);
        // The same code a second time (seen in transit) does not sign in again.
        verifyProblem(m_api->login(u"admin"_s, Password, {{u"totp"_s, ahead}}), 401,
                      u"invalid_credentials"_s);
        verifyProblem(m_api->post(u"/api/v1/auth/mfa/enroll"_s, {},
                                  full.json().value(u"access_token"_s).toString().toLatin1()),
                      409, u"mfa_already_enrolled"_s);
    }

    void passwordChangeEndsEverySession()
    {
        QVERIFY(!addUser(u"changer"_s, u"psychiatrist"_s).isEmpty());
        const QJsonObject login = signIn(u"changer"_s);
        const QJsonObject other = signIn(u"changer"_s);
        const QString next = u"a new and longer passphrase"_s;
        m_secretsSeen << next;

        const ApiClient::Reply wrongCurrent =
            m_api->post(u"/api/v1/auth/password"_s,
                        {{u"current_password"_s, u"not the password"_s}, {u"new_password"_s, next}},
                        bearer(login));
        verifyProblem(wrongCurrent, 422, u"invalid_body"_s);
        QCOMPARE(wrongCurrent.json()
                     .value(u"errors"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"field"_s)
                     .toString(),
                 u"current_password"_s);
        const ApiClient::Reply tooShort = m_api->post(
            u"/api/v1/auth/password"_s,
            {{u"current_password"_s, Password}, {u"new_password"_s, u"short"_s}}, bearer(login));
        verifyProblem(tooShort, 422, u"invalid_body"_s);
        QCOMPARE(tooShort.json()
                     .value(u"errors"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"field"_s)
                     .toString(),
                 u"new_password"_s);

        QCOMPARE(m_api
                     ->post(u"/api/v1/auth/password"_s,
                            {{u"current_password"_s, Password}, {u"new_password"_s, next}},
                            bearer(login))
                     .status,
                 204);
        verifyProblem(m_api->get(u"/api/v1/auth/session"_s, bearer(other)), 401,
                      u"session_revoked"_s);
        verifyProblem(m_api->login(u"changer"_s, Password), 401, u"invalid_credentials"_s);
        QCOMPARE(m_api->login(u"changer"_s, next).status, 200);
    }

    void breakGlassGrantsTimeLimitedAccess()
    {
        const QJsonObject kim = signIn(u"dr.kim"_s);
        const QString patient = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString careTeam = u"/api/v1/patients/%1/care-team"_s.arg(patient);
        verifyProblem(m_api->get(careTeam, bearer(kim)), 403, u"not_on_care_team"_s);

        const QString breakGlass = u"/api/v1/patients/%1/break-glass"_s.arg(patient);
        verifyProblem(m_api->post(breakGlass, {{u"reason"_s, u"urgent"_s}}, bearer(kim)), 422,
                      u"invalid_body"_s);
        const ApiClient::Reply granted = m_api->post(
            breakGlass, {{u"reason"_s, u"Brought to the emergency department overnight"_s}},
            bearer(kim));
        QCOMPARE(granted.status, 201);
        const QDateTime expires = QDateTime::fromString(
            granted.json().value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(expires > QDateTime::currentDateTimeUtc());
        QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(4 * 3600 + 60));
        QCOMPARE(m_api->get(careTeam, bearer(kim)).status, 200);

        // A nurse may not break the glass.
        const QJsonObject lee = signIn(u"nurse.lee"_s);
        verifyProblem(m_api->post(breakGlass,
                                  {{u"reason"_s, u"Brought to the emergency department"_s}},
                                  bearer(lee)),
                      403, u"forbidden"_s);
        verifyProblem(m_api->get(careTeam, bearer(lee)), 403, u"not_on_care_team"_s);
        verifyProblem(m_api->get(u"/api/v1/patients/not-a-uuid/care-team"_s, bearer(kim)), 404,
                      u"not_found"_s);
    }

    void noSecretReachesTheLog()
    {
        QCOMPARE(m_server->stop(), 0);
        const QByteArray log = m_server->standardError();
        QVERIFY(log.contains("route=/api/v1/auth/login"));
        for (const QString &secret : std::as_const(m_secretsSeen)) {
            if (!secret.isEmpty())
                QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(8)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
