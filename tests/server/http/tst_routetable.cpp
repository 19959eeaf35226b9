// Route patterns, route lookup (404 vs 405) and the product's route table itself.

#include "server/http/ApiServer.h"
#include "server/http/RoutePattern.h"
#include "server/http/RouteTable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nm::server::Access;
using nm::server::ApiServer;
using nm::server::Route;
using nm::server::RoutePattern;
using nm::server::RouteTable;
using Method = QHttpServerRequest::Method;

namespace {

QHttpServerResponse ok(const nm::server::RequestContext &)
{
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
}

} // namespace

class TestRouteTable final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void patternMatchesOneSegmentPerParameter_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << u"/api/v1/admin/users/42"_s << true << u"42"_s;
        QTest::newRow("escaped slash stays in the segment")
            << u"/api/v1/admin/users/a%2Fb"_s << true << u"a/b"_s;
        QTest::newRow("empty parameter") << u"/api/v1/admin/users/"_s << false << QString();
        QTest::newRow("missing parameter") << u"/api/v1/admin/users"_s << false << QString();
        QTest::newRow("extra segment") << u"/api/v1/admin/users/42/x"_s << false << QString();
        QTest::newRow("other prefix") << u"/api/v2/admin/users/42"_s << false << QString();
        QTest::newRow("double slash") << u"/api/v1//admin/users/42"_s << false << QString();
        QTest::newRow("relative") << u"api/v1/admin/users/42"_s << false << QString();
    }

    void patternMatchesOneSegmentPerParameter()
    {
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QFETCH(QString, id);
        const RoutePattern pattern(u"/api/v1/admin/users/<id>"_s);
        const auto parameters = pattern.match(path);
        QCOMPARE(parameters.has_value(), matches);
        if (matches)
            QCOMPARE(parameters->value(u"id"_s), id);
    }

    void patternHasAnOpenApiSpelling()
    {
        const RoutePattern pattern(u"/api/v1/admin/users/<id>/devices/<device>"_s);
        QCOMPARE(pattern.openApiPath(), u"/api/v1/admin/users/{id}/devices/{device}"_s);
        QCOMPARE(pattern.parameterNames(), (QStringList{u"id"_s, u"device"_s}));
        QVERIFY(RoutePattern(u"/api/v1/health"_s).match(u"/api/v1/health"_s).has_value());
        QVERIFY(!RoutePattern(u"/api/v1/health"_s).match(u"/api/v1/health/"_s).has_value());
    }

    void lookupTellsNotFoundFromWrongMethod()
    {
        RouteTable table;
        table.add({.method = Method::Get,
                   .path = u"/api/v1/admin/users/<id>"_s,
                   .access = Access::permission(nm::core::Permission::UsersManage),
                   .summary = u"One user"_s,
                   .handler = ok});
        table.add({.method = Method::Patch,
                   .path = u"/api/v1/admin/users/<id>"_s,
                   .access = Access::permission(nm::core::Permission::UsersManage),
                   .summary = u"Change a user"_s,
                   .handler = ok});

        const RouteTable::Match found = table.find(Method::Patch, u"/api/v1/admin/users/7"_s);
        QVERIFY(found.route);
        QCOMPARE(found.route->summary, u"Change a user"_s);
        QCOMPARE(found.parameters.value(u"id"_s), u"7"_s);
        QCOMPARE(found.pattern, u"/api/v1/admin/users/<id>"_s);

        const RouteTable::Match wrongMethod =
            table.find(Method::Delete, u"/api/v1/admin/users/7"_s);
        QVERIFY(!wrongMethod.route);
        QCOMPARE(wrongMethod.allowedMethods, (QList<Method>{Method::Get, Method::Patch}));
        QCOMPARE(wrongMethod.pattern, u"/api/v1/admin/users/<id>"_s);

        const RouteTable::Match missing = table.find(Method::Get, u"/api/v1/admin/nobody"_s);
        QVERIFY(!missing.route);
        QVERIFY(missing.allowedMethods.isEmpty());
        QVERIFY(missing.pattern.isEmpty());
    }

    void productTableIsComplete()
    {
        const ApiServer server({.version = u"test"_s});
        const auto &routes = server.routes().routes();
        const auto has = [&](Method method, const QString &path) {
            return std::any_of(routes.begin(), routes.end(), [&](const Route &route) {
                return route.method == method && route.path.pattern() == path;
            });
        };
        QVERIFY(has(Method::Get, u"/api/v1/health"_s));
        QVERIFY(has(Method::Get, u"/metrics"_s));
        QVERIFY(has(Method::Get, u"/api/v1/openapi.json"_s));
        for (const Route &route : routes) {
            QVERIFY2(!route.summary.isEmpty(), qPrintable(route.path.pattern()));
            QVERIFY2(route.handler, qPrintable(route.path.pattern()));
            QVERIFY2(!nm::server::httpMethodName(route.method).isEmpty(),
                     qPrintable(route.path.pattern()));
            // Every API route lives under /api/v1, except the scraper's conventional /metrics.
            QVERIFY2(route.path.pattern().startsWith("/api/v1/"_L1) ||
                         route.path.pattern() == "/metrics"_L1,
                     qPrintable(route.path.pattern()));
        }
        for (size_t i = 0; i < routes.size(); ++i) {
            for (size_t j = i + 1; j < routes.size(); ++j)
                QVERIFY2(routes[i].method != routes[j].method ||
                             !(routes[i].path == routes[j].path),
                         qPrintable(routes[i].path.pattern()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
