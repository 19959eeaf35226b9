// Error answers decoded into values the workstation acts on: problem+json members, per-field
// messages, Retry-After, and the three questions every caller asks (retry? sign in? wipe?).

#include "core/sync/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::ApiError;
using Kind = ApiError::Kind;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestApiError final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aProblemDocumentIsDecoded()
    {
        const QByteArray body = json({
            {u"type"_s, u"https://novamind.example/problems/invalid_body"_s},
            {u"title"_s, u"The request body is not valid"_s},
            {u"status"_s, 422},
            {u"code"_s, u"invalid_body"_s},
            {u"detail"_s, u"new_password: too short"_s},
            {u"errors"_s, QJsonArray{QJsonObject{{u"field"_s, u"new_password"_s},
                                                 {u"message"_s, u"At least 12 characters."_s}},
                                     QJsonObject{{u"field"_s, u"new_password"_s},
                                                 {u"message"_s, u"Not your name."_s}},
                                     QJsonObject{{u"field"_s, u"email"_s},
                                                 {u"message"_s, u"Not an e-mail address."_s}}}},
        });
        const ApiError error = ApiError::fromHttp(422, body, {});
        QCOMPARE(error.kind, Kind::Http);
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.code, u"invalid_body"_s);
        QCOMPARE(error.detail, u"new_password: too short"_s);
        QVERIFY(!error.title.isEmpty());
        QCOMPARE(error.fieldErrors.fields(), (QStringList{u"new_password"_s, u"email"_s}));
        QCOMPARE(error.fieldErrors.messagesFor(u"new_password"),
                 (QStringList{u"At least 12 characters."_s, u"Not your name."_s}));
        QCOMPARE(error.retryAfterSeconds, -1);
        QVERIFY(!error.isRetryable());
        QVERIFY(!error.isAuthFailure());
        QVERIFY(!error.mustWipe());
    }

    void anUnknownCodeKeepsTheServersTitle()
    {
        const ApiError error = ApiError::fromHttp(
            409, json({{u"code"_s, u"device_conflict"_s}, {u"title"_s, u"Belongs to another"_s}}),
            {});
        QCOMPARE(error.code, u"device_conflict"_s);
        QCOMPARE(error.title, u"Belongs to another"_s);
    }

    void aBodyThatIsNotJsonStillGivesTheStatus()
    {
        const ApiError error =
            ApiError::fromHttp(502, "<html><body>Bad Gateway</body></html>", "17");
        QCOMPARE(error.kind, Kind::Http);
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.title.contains(u"502"_s));
        QCOMPARE(error.retryAfterSeconds, 17);
        QVERIFY(error.isRetryable());
    }

    void retryAfterIsReadInBothForms_data()
    {
        const QByteArray rateLimitedBody =
            json({{u"code"_s, u"rate_limited"_s}, {u"retry_after_seconds"_s, 42}});
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray("120") << QByteArray() << 120;
        QTest::newRow("padded") << QByteArray(" 5 ") << QByteArray() << 5;
        QTest::newRow("HTTP date")
            << QByteArray("Wed, 01 Jan 2031 00:01:30 GMT") << QByteArray() << 90;
        QTest::newRow("date in the past")
            << QByteArray("Tue, 31 Dec 2030 23:00:00 GMT") << QByteArray() << 0;
        QTest::newRow("garbage") << QByteArray("soon") << QByteArray() << -1;
        QTest::newRow("negative") << QByteArray("-3") << QByteArray() << -1;
        QTest::newRow("only in the body") << QByteArray() << rateLimitedBody << 42;
        QTest::newRow("the header wins") << QByteArray("7") << rateLimitedBody << 7;
    }

    void retryAfterIsReadInBothForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(ApiError::fromHttp(429, body, header, now).retryAfterSeconds, seconds);
    }

    void whatEachErrorAsksOfTheCaller_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("authFailure");
        QTest::addColumn<bool>("wipe");
        const auto http = [](int status, const char *code) {
            return ApiError::fromHttp(status, json({{u"code"_s, QString::fromLatin1(code)}}), {});
        };
        QTest::newRow("network") << ApiError::network(u"x"_s) << true << false << false;
        QTest::newRow("refused") << ApiError::connectionRefused() << true << false << false;
        QTest::newRow("timeout") << ApiError::timeout(300) << true << false << false;
        QTest::newRow("tls") << ApiError::tls({u"self-signed"_s}) << false << false << false;
        QTest::newRow("decode") << ApiError::decode(u"x"_s) << false << false << false;
        QTest::newRow("local storage")
            << ApiError::localStorage(u"disk full"_s) << false << false << false;
        QTest::newRow("insecure url")
            << ApiError::insecureUrl(QUrl(u"http://example.org"_s)) << false << false << false;
        QTest::newRow("no session") << ApiError::signInRequired() << false << true << false;
        QTest::newRow("500") << http(500, "internal_error") << true << false << false;
        QTest::newRow("503") << http(503, "unavailable") << true << false << false;
        QTest::newRow("429") << http(429, "rate_limited") << true << false << false;
        QTest::newRow("422") << http(422, "invalid_body") << false << false << false;
        QTest::newRow("403 forbidden") << http(403, "forbidden") << false << false << false;
        QTest::newRow("401 invalid_credentials")
            << http(401, "invalid_credentials") << false << true << false;
        QTest::newRow("401 invalid_token") << http(401, "invalid_token") << false << true << false;
        QTest::newRow("401 session_revoked")
            << http(401, "session_revoked") << false << true << false;
        QTest::newRow("401 device_revoked") << http(401, "device_revoked") << false << true << true;
        QTest::newRow("403 device_revoked (sign-in)")
            << http(403, "device_revoked") << false << true << true;
        QTest::newRow("401 account_disabled")
            << http(401, "account_disabled") << false << true << true;
        QTest::newRow("403 account_disabled (sign-in)")
            << http(403, "account_disabled") << false << true << true;
    }

    void whatEachErrorAsksOfTheCaller()
    {
        QFETCH(ApiError, error);
        QFETCH(bool, retryable);
        QFETCH(bool, authFailure);
        QFETCH(bool, wipe);
        QCOMPARE(error.isRetryable(), retryable);
        QCOMPARE(error.isAuthFailure(), authFailure);
        QCOMPARE(error.mustWipe(), wipe);
        QVERIFY(!error.title.isEmpty());
    }

    void theMessageJoinsTitleAndDetail()
    {
        const ApiError error = ApiError::tls({u"The certificate is self-signed, and untrusted"_s});
        QCOMPARE(error.message(), error.title + u'\n' + error.detail);
        QVERIFY(error.message().contains(u"self-signed"_s));
        const ApiError bare = ApiError::signInRequired();
        QCOMPARE(bare.message(), bare.title);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
