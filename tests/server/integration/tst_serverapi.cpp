// The HTTP behaviour of a real novamind-server on a loopback port: problem+json errors, the
// body limit, request ids, security headers, metrics, the OpenAPI document and the log.

#include "tests/server/integration/ApiClient.h"
#include "tests/server/integration/ServerProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using nm::test::ApiClient;
using nm::test::ServerProcess;

namespace {

constexpr int MaxBody = 1024;

using Reply = ApiClient::Reply;

} // namespace

class TestServerApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    ApiClient m_api{[this](const QString &path) {
        return m_server->url(path);
    }};

    // A null \a requestId sends no X-Request-Id, so the server makes one up.
    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &requestId = {})
    {
        return m_api.send(verb, pathAndQuery, body, {}, {{"X-Request-Id", requestId}});
    }

    static void verifyProblem(const Reply &reply, int status, const QString &code)
    {
        const QString mismatch = nm::test::problemMismatch(reply, status, code);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // novamind_http_requests_total for one label set; 0 when the series does not exist yet.
    qint64 requestCount(const QString &route, const QString &method, int status)
    {
        const Reply metrics = send("GET", u"/metrics"_s);
        const QString series =
            u"novamind_http_requests_total{route=\"%1\",method=\"%2\",status=\"%3\"} "_s
                .arg(route, method)
                .arg(status);
        const QString text = QString::fromUtf8(metrics.body);
        const qsizetype at = text.indexOf(series);
        if (at < 0)
            return 0;
        const qsizetype start = at + series.size();
        return text.mid(start, text.indexOf(u'\n', start) - start).toLongLong();
    }

    // The log line of the request with \a requestId, once the server has written it.
    QByteArray logLine(const QByteArray &requestId)
    {
        QByteArray found;
        const auto search = [&] {
            const QList<QByteArray> lines = m_server->standardError().split('\n');
            for (const QByteArray &line : lines) {
                if (line.contains(QByteArray(QByteArray("request_id=") + requestId + ' ')))
                    found = line;
            }
            return !found.isEmpty();
        };
        // The server writes the line after answering, so it may arrive a moment later.
        for (int waited = 0; !search() && waited < 5000; waited += 50)
            QTest::qWait(50);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(
            QStringList{u"--max-body-bytes"_s, QString::number(MaxBody)});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void healthAnswersOkAsJson()
    {
        const Reply reply = send("GET", u"/api/v1/health"_s);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(!body.value(u"version"_s).toString().isEmpty());
    }

    void everyResponseCarriesRequestIdAndSecurityHeaders_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("health") << QByteArray("GET") << u"/api/v1/health"_s << QByteArray() << 200;
        QTest::newRow("metrics") << QByteArray("GET") << u"/metrics"_s << QByteArray() << 200;
        QTest::newRow("openapi") << QByteArray("GET") << u"/api/v1/openapi.json"_s << QByteArray()
                                 << 200;
        QTest::newRow("404") << QByteArray("GET") << u"/api/v1/nowhere"_s << QByteArray() << 404;
        QTest::newRow("405") << QByteArray("DELETE") << u"/api/v1/health"_s << QByteArray() << 405;
        QTest::newRow("413") << QByteArray("POST") << u"/api/v1/health"_s
                             << QByteArray(MaxBody + 1, 'x') << 413;
    }

    void everyResponseCarriesRequestIdAndSecurityHeaders()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Reply reply = send(verb, path, body);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, status);
        QVERIFY(
            QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(QString::fromLatin1(reply.header("X-Request-Id")))
                .hasMatch());
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(reply.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(reply.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply.header("Content-Security-Policy"),
                 QByteArray("default-src 'none'; frame-ancestors 'none'"));
        // Plain HTTP on loopback: HSTS would be ignored by browsers and wrong to promise.
        QVERIFY(!reply.headers.contains("strict-transport-security"));
    }

    void wellFormedRequestIdIsEchoed()
    {
        const QByteArray id("client-trace-0042");
        QCOMPARE(send("GET", u"/api/v1/health"_s, {}, id).header("X-Request-Id"), id);
        QCOMPARE(send("GET", u"/api/v1/missing"_s, {}, id).header("X-Request-Id"), id);
    }

    void malformedRequestIdIsReplaced_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("65 chars") << QByteArray(65, 'a');
        QTest::newRow("underscore") << QByteArray("bad_id");
        QTest::newRow("spaces and equals") << QByteArray("x status=200");
        QTest::newRow("markup") << QByteArray("<script>");
    }

    void malformedRequestIdIsReplaced()
    {
        QFETCH(QByteArray, id);
        const QByteArray answered = send("GET", u"/api/v1/health"_s, {}, id).header("X-Request-Id");
        QVERIFY(!answered.isEmpty());
        QVERIFY(answered != id);
        QCOMPARE(answered.size(), 36);
    }

    void unknownRouteIsProblemJson404()
    {
        verifyProblem(send("GET", u"/api/v1/patients/123"_s), 404, u"not_found"_s);
        verifyProblem(send("GET", u"/"_s), 404, u"not_found"_s);
        verifyProblem(send("POST", u"/api/v1/health/"_s, "{}"), 404, u"not_found"_s);
    }

    void wrongMethodIs405()
    {
        const Reply reply = send("POST", u"/api/v1/health"_s, "{}");
        verifyProblem(reply, 405, u"method_not_allowed"_s);
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));
        verifyProblem(send("PUT", u"/metrics"_s, "{}"), 405, u"method_not_allowed"_s);
    }

    void bodyOverTheLimitIs413()
    {
        verifyProblem(send("POST", u"/api/v1/health"_s, QByteArray(MaxBody + 1, 'x')), 413,
                      u"payload_too_large"_s);
        // At the limit the body is accepted and the request goes on to routing (405 here).
        verifyProblem(send("POST", u"/api/v1/health"_s, QByteArray(MaxBody, 'x')), 405,
                      u"method_not_allowed"_s);
        verifyProblem(send("POST", u"/api/v1/unknown"_s, QByteArray(MaxBody + 1, 'x')), 413,
                      u"payload_too_large"_s);
    }

    void metricsCountTheRequestsJustMade()
    {
        const qint64 okBefore = requestCount(u"/api/v1/health"_s, u"GET"_s, 200);
        const qint64 notFoundBefore = requestCount(u"unmatched"_s, u"GET"_s, 404);
        const qint64 wrongMethodBefore = requestCount(u"/api/v1/health"_s, u"PATCH"_s, 405);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send("GET", u"/api/v1/health"_s).status, 200);
        QCOMPARE(send("GET", u"/api/v1/not-here"_s).status, 404);
        QCOMPARE(send("GET", u"/api/v1/not-here-either"_s).status, 404);
        QCOMPARE(send("PATCH", u"/api/v1/health"_s, "{}").status, 405);

        QCOMPARE(requestCount(u"/api/v1/health"_s, u"GET"_s, 200), okBefore + 3);
        QCOMPARE(requestCount(u"unmatched"_s, u"GET"_s, 404), notFoundBefore + 2);
        QCOMPARE(requestCount(u"/api/v1/health"_s, u"PATCH"_s, 405), wrongMethodBefore + 1);

        const Reply metrics = send("GET", u"/metrics"_s);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain"));
        QVERIFY(metrics.body.contains("# TYPE novamind_http_request_duration_seconds histogram"));
        QVERIFY(metrics.body.contains(
            "novamind_http_request_duration_seconds_bucket{route=\"/api/v1/health\",le=\"+Inf\"}"));
        QVERIFY(metrics.body.contains("novamind_login_failures_total 0\n"));
        // Concrete paths never become label values.
        QVERIFY(!metrics.body.contains("not-here"));
    }

    void openApiDocumentIsValidJson()
    {
        const Reply reply = send("GET", u"/api/v1/openapi.json"_s);
        QCOMPARE(reply.status, 200);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QVERIFY(root.value(u"openapi"_s).toString().startsWith(u"3.0."_s));
        const QJsonObject paths = root.value(u"paths"_s).toObject();
        for (const QString &path : {u"/api/v1/health"_s, u"/metrics"_s, u"/api/v1/openapi.json"_s})
            QVERIFY2(paths.value(path).toObject().contains(u"get"_s), qPrintable(path));
    }

    void logLinesNameTheRoutePatternNotThePath()
    {
        QCOMPARE(send("GET", u"/api/v1/health?patient=Jane%20Doe&token=abc123"_s, {}, "log-check-1")
                     .status,
                 200);
        const QByteArray line = logLine("log-check-1");
        QVERIFY2(!line.isEmpty(), m_server->standardError().constData());
        QVERIFY2(line.contains("route=/api/v1/health "), line.constData());
        QVERIFY2(line.contains("method=GET"), line.constData());
        QVERIFY2(line.contains("status=200"), line.constData());
        QVERIFY2(line.contains("duration_ms="), line.constData());
        QVERIFY2(!line.contains("patient") && !line.contains("Jane") && !line.contains("abc123"),
                 line.constData());

        QCOMPARE(send("POST", u"/api/v1/patients/MRN-998877?q=x"_s, R"({"password":"hunter2"})",
                      "log-check-2")
                     .status,
                 404);
        const QByteArray unmatched = logLine("log-check-2");
        QVERIFY(!unmatched.isEmpty());
        QVERIFY2(unmatched.contains("route=unmatched"), unmatched.constData());
        QVERIFY2(unmatched.contains("status=404"), unmatched.constData());
        const QByteArray everything = m_server->standardError();
        QVERIFY(!everything.contains("MRN-998877"));
        QVERIFY(!everything.contains("hunter2"));
        QVERIFY(!everything.contains("Jane"));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server->stop(), 0);
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
