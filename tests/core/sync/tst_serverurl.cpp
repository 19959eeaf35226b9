// Where the client may send credentials and clinical data: HTTPS anywhere, plain HTTP to this
// computer only; and how request paths sit under a base URL.

#include "core/sync/ServerUrl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nm::core::ApiError;
using nm::core::ServerUrl;

class TestServerUrl final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyHttpsOrLoopbackHttpIsAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://novamind.practice.example"_s << true;
        QTest::newRow("https with port and prefix")
            << u"https://novamind.practice.example:8443/api-gw/"_s << true;
        QTest::newRow("https, upper-case scheme") << u"HTTPS://novamind.example"_s << true;
        QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http to 127.8.9.10") << u"http://127.8.9.10:8080"_s << true;
        QTest::newRow("http to ::1") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http to localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http to LOCALHOST") << u"http://LOCALHOST"_s << true;
        QTest::newRow("http to a name") << u"http://example.org"_s << false;
        QTest::newRow("http to a LAN address") << u"http://192.168.1.20:8080"_s << false;
        QTest::newRow("http to 0.0.0.0") << u"http://0.0.0.0:8080"_s << false;
        QTest::newRow("http to a name that starts like loopback")
            << u"http://127.0.0.1.example.org"_s << false;
        QTest::newRow("http to a name that ends in localhost")
            << u"http://localhost.example.org"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("file") << u"file:///tmp/x"_s << false;
        QTest::newRow("relative") << u"/api/v1"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("credentials in the URL")
            << u"https://dr.kim:secret@novamind.example"_s << false;
    }

    void onlyHttpsOrLoopbackHttpIsAllowed()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const auto checked = ServerUrl::check(QUrl(url));
        QCOMPARE(checked.ok(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().kind, ApiError::Kind::InsecureUrl);
            QVERIFY(!checked.error().title.isEmpty());
            QVERIFY(!checked.error().isRetryable());
        }
    }

    void theRefusalNeverEchoesAPassword()
    {
        const auto checked = ServerUrl::check(QUrl(u"http://dr.kim:hunter2hunter2@example.org"_s));
        QVERIFY(!checked);
        QVERIFY(!checked.error().message().contains(u"hunter2"_s));
        QVERIFY(checked.error().message().contains(u"example.org"_s));
    }

    void pathsSitUnderTheBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << u"https://h.example"_s << u"/api/v1/health"_s
                                   << u"https://h.example/api/v1/health"_s;
        QTest::newRow("trailing slash") << u"https://h.example/"_s << u"/api/v1/health"_s
                                        << u"https://h.example/api/v1/health"_s;
        QTest::newRow("prefix") << u"https://h.example/novamind/"_s << u"/api/v1/health"_s
                                << u"https://h.example/novamind/api/v1/health"_s;
        QTest::newRow("query") << u"http://127.0.0.1:9/"_s << u"/api/v1/admin/devices?user=abc"_s
                               << u"http://127.0.0.1:9/api/v1/admin/devices?user=abc"_s;
        QTest::newRow("no leading slash")
            << u"https://h.example"_s << u"api/v1/health"_s << u"https://h.example/api/v1/health"_s;
    }

    void pathsSitUnderTheBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(ServerUrl::resolve(QUrl(base), path), QUrl(expected));
    }
};

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
