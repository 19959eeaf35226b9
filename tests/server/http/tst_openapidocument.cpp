// The OpenAPI document is generated from the route table: every route appears with its
// summary, parameters, security and problem+json errors.

#include "server/http/ApiServer.h"
#include "server/http/OpenApiDocument.h"
#include "server/http/RouteTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::server::Access;
using nm::server::ApiServer;
using nm::server::OpenApiDocument;
using nm::server::Route;
using nm::server::RouteTable;
using Method = QHttpServerRequest::Method;

namespace {

QHttpServerResponse ok(const nm::server::RequestContext &)
{
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
}

QJsonObject operationFor(const QJsonObject &document, const Route &route)
{
    return document.value(u"paths"_s)
        .toObject()
        .value(route.path.openApiPath())
        .toObject()
        .value(nm::server::httpMethodName(route.method).toString().toLower())
        .toObject();
}

// The check every table must pass: each route is in the document with its summary, its
// access, its path parameters, and a problem+json answer for errors.
void verifyDocumentsEveryRoute(const RouteTable &table)
{
    const QJsonObject document = OpenApiDocument::generate(table, u"1.2.3"_s);
    QCOMPARE(document.value(u"openapi"_s).toString(), u"3.0.3"_s);
    QCOMPARE(document.value(u"info"_s).toObject().value(u"version"_s).toString(), u"1.2.3"_s);
    for (const Route &route : table.routes()) {
        const QString where =
            nm::server::httpMethodName(route.method) + u' ' + route.path.pattern();
        const QJsonObject operation = operationFor(document, route);
        QVERIFY2(!operation.isEmpty(), qPrintable(where + u" is missing from the document"_s));
        QCOMPARE(operation.value(u"summary"_s).toString(), route.summary);
        QCOMPARE(operation.value(u"x-novamind-access"_s).toString(), route.access.id());
        QCOMPARE(operation.contains(u"security"_s), !route.access.isPublic());
        const QJsonObject responses = operation.value(u"responses"_s).toObject();
        QVERIFY2(responses.value(u"default"_s)
                     .toObject()
                     .value(u"content"_s)
                     .toObject()
                     .contains(u"application/problem+json"_s),
                 qPrintable(where));
        if (!route.access.isPublic()) {
            QVERIFY2(responses.contains(u"401"_s) && responses.contains(u"403"_s),
                     qPrintable(where));
        }
        QStringList documented;
        const QJsonArray parameters = operation.value(u"parameters"_s).toArray();
        for (const QJsonValue &parameter : parameters)
            documented.append(parameter.toObject().value(u"name"_s).toString());
        QCOMPARE(documented, route.path.parameterNames());
    }
}

} // namespace

class TestOpenApiDocument final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentsEveryRouteOfTheProduct()
    {
        const ApiServer server({.version = u"test"_s});
        QVERIFY(!server.routes().routes().empty());
        verifyDocumentsEveryRoute(server.routes());
    }

    void documentsGuardedRoutesWithParametersAndBodies()
    {
        RouteTable table;
        table.add({.method = Method::Get,
                   .path = u"/api/v1/admin/users/<id>"_s,
                   .access = Access::permission(nm::core::Permission::UsersManage),
                   .summary = u"One user"_s,
                   .handler = ok});
        table.add({.method = Method::Post,
                   .path = u"/api/v1/admin/users/<id>/reset-mfa"_s,
                   .access = Access::permission(nm::core::Permission::UsersManage),
                   .summary = u"Reset MFA"_s,
                   .handler = ok,
                   .jsonBody = true});
        table.add({.method = Method::Post,
                   .path = u"/api/v1/auth/logout"_s,
                   .access = Access::signedIn(),
                   .summary = u"Sign out"_s,
                   .handler = ok});
        verifyDocumentsEveryRoute(table);

        const QJsonObject document = OpenApiDocument::generate(table, u"1"_s);
        const QJsonObject reset = operationFor(document, table.routes()[1]);
        QVERIFY(reset.contains(u"requestBody"_s));
        const QJsonObject responses = reset.value(u"responses"_s).toObject();
        QVERIFY(responses.contains(u"413"_s));
        QVERIFY(responses.contains(u"422"_s));
        QCOMPARE(reset.value(u"x-novamind-access"_s).toString(), u"users.manage"_s);
        QCOMPARE(operationFor(document, table.routes()[2]).value(u"x-novamind-access"_s).toString(),
                 u"signed_in"_s);
        QVERIFY(document.value(u"components"_s)
                    .toObject()
                    .value(u"securitySchemes"_s)
                    .toObject()
                    .contains(u"bearerAuth"_s));
    }

    void twoMethodsOnOnePathAreBothDocumented()
    {
        RouteTable table;
        table.add({.method = Method::Get,
                   .path = u"/api/v1/admin/users"_s,
                   .access = Access::permission(nm::core::Permission::UsersManage),
                   .summary = u"List users"_s,
                   .handler = ok});
        table.add({.method = Method::Post,
                   .path = u"/api/v1/admin/users"_s,
                   .access = Access::permission(nm::core::Permission::UsersManage),
                   .summary = u"Create a user"_s,
                   .handler = ok,
                   .jsonBody = true});
        verifyDocumentsEveryRoute(table);
    }
};

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "tst_openapidocument.moc"
