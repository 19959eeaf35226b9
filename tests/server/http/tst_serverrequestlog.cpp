// Request log lines and metrics: route patterns, never concrete paths; Prometheus text.

#include "server/http/HttpMetrics.h"
#include "server/http/RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::server::HttpMetrics;
using nm::server::RequestLog;

class TestServerRequestLog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textLineNamesRouteStatusAndRequestId()
    {
        const QByteArray line =
            RequestLog::line(RequestLog::Format::Text, {"GET"_L1, u"/api/v1/admin/users/<id>"_s,
                                                        404, 0.0125, QByteArray("req-1")});
        QVERIFY(line.contains("request_id=req-1"));
        QVERIFY(line.contains("method=GET"));
        QVERIFY(line.contains("route=/api/v1/admin/users/<id>"));
        QVERIFY(line.contains("status=404"));
        QVERIFY(line.contains("duration_ms=12.500"));
        QVERIFY(!line.contains('\n'));
    }

    void jsonLineIsOneObject()
    {
        const QByteArray line = RequestLog::line(
            RequestLog::Format::Json, {"POST"_L1, u"unmatched"_s, 413, 0.002, QByteArray("r2")});
        QVERIFY(!line.contains('\n'));
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object.value(u"request_id"_s).toString(), u"r2"_s);
        QCOMPARE(object.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(object.value(u"route"_s).toString(), u"unmatched"_s);
        QCOMPARE(object.value(u"status"_s).toInt(), 413);
        QCOMPARE(object.value(u"duration_ms"_s).toDouble(), 2.0);
        QVERIFY(object.contains(u"ts"_s));
    }

    void metricsCountByRouteMethodAndStatus()
    {
        HttpMetrics metrics;
        metrics.recordRequest(u"/api/v1/health"_s, "GET"_L1, 200, 0.003);
        metrics.recordRequest(u"/api/v1/health"_s, "GET"_L1, 200, 0.2);
        metrics.recordRequest(u"unmatched"_s, "GET"_L1, 404, 0.001);
        metrics.incrementLoginFailures();
        metrics.incrementLoginFailures();
        QCOMPARE(metrics.loginFailures(), 2u);

        const QByteArray text = metrics.prometheusText();
        QVERIFY(text.contains("novamind_http_requests_total{route=\"/api/v1/"
                              "health\",method=\"GET\",status=\"200\"} 2\n"));
        QVERIFY(text.contains(
            "novamind_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1\n"));
        QVERIFY(text.contains("# TYPE novamind_http_request_duration_seconds histogram\n"));
        QVERIFY(text.contains("novamind_http_request_duration_seconds_bucket{route=\"/api/v1/"
                              "health\",le=\"0.005\"} 1\n"));
        QVERIFY(text.contains("novamind_http_request_duration_seconds_bucket{route=\"/api/v1/"
                              "health\",le=\"0.25\"} 2\n"));
        QVERIFY(text.contains("novamind_http_request_duration_seconds_bucket{route=\"/api/v1/"
                              "health\",le=\"+Inf\"} 2\n"));
        QVERIFY(text.contains(
            "novamind_http_request_duration_seconds_count{route=\"/api/v1/health\"} 2\n"));
        QVERIFY(text.contains("novamind_login_failures_total 2\n"));
    }
};

QTEST_GUILESS_MAIN(TestServerRequestLog)
#include "tst_serverrequestlog.moc"
