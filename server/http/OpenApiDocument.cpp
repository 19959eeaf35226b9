#include "server/http/OpenApiDocument.h"

#include "server/http/ProblemDetails.h"
#include "server/http/RouteTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

QJsonObject problemResponse(const QString &description)
{
    return {{u"description"_s, description},
            {u"content"_s,
             QJsonObject{
                 {QLatin1StringView(ProblemDetails::MimeType),
                  QJsonObject{{u"schema"_s,
                               QJsonObject{{u"$ref"_s, u"#/components/schemas/Problem"_s}}}}}}}};
}

QJsonObject problemSchema()
{
    const auto typed = [](const char *type) {
        return QJsonObject{{u"type"_s, QLatin1StringView(type)}};
    };
    return {
        {u"type"_s, u"object"_s},
        {u"required"_s, QJsonArray{u"type"_s, u"title"_s, u"status"_s, u"code"_s}},
        {u"properties"_s, QJsonObject{{u"type"_s, typed("string")},
                                      {u"title"_s, typed("string")},
                                      {u"status"_s, typed("integer")},
                                      {u"detail"_s, typed("string")},
                                      {u"code"_s, typed("string")}}},
    };
}

QJsonObject operation(const Route &route)
{
    QJsonObject responses{
        {u"200"_s, QJsonObject{{u"description"_s, u"Success"_s},
                               {u"content"_s, QJsonObject{{QLatin1StringView(route.responseType),
                                                           QJsonObject{}}}}}},
        {u"default"_s, problemResponse(u"Any error, as application/problem+json"_s)},
    };
    QJsonObject op{
        {u"summary"_s, route.summary},
        {u"operationId"_s,
         QString(httpMethodName(route.method).toString().toLower() + route.path.pattern())},
        {u"x-novamind-access"_s, route.access.id()},
    };

    const QStringList names = route.path.parameterNames();
    if (!names.isEmpty()) {
        QJsonArray parameters;
        for (const QString &name : names)
            parameters.append(QJsonObject{{u"name"_s, name},
                                          {u"in"_s, u"path"_s},
                                          {u"required"_s, true},
                                          {u"schema"_s, QJsonObject{{u"type"_s, u"string"_s}}}});
        op.insert(u"parameters"_s, parameters);
        responses.insert(u"404"_s, problemResponse(u"No such resource (`not_found`)"_s));
    }
    if (route.jsonBody) {
        op.insert(u"requestBody"_s,
                  QJsonObject{
                      {u"required"_s, true},
                      {u"content"_s,
                       QJsonObject{
                           {u"application/json"_s,
                            QJsonObject{{u"schema"_s, QJsonObject{{u"type"_s, u"object"_s}}}}}}}});
        responses.insert(u"413"_s, problemResponse(u"Body over the limit (`payload_too_large`)"_s));
        responses.insert(
            u"422"_s, problemResponse(u"Body not an object or of wrong types (`invalid_body`)"_s));
    }
    if (!route.access.isPublic()) {
        op.insert(u"security"_s, QJsonArray{QJsonObject{{u"bearerAuth"_s, QJsonArray{}}}});
        responses.insert(u"401"_s,
                         problemResponse(u"Not signed in (`unauthenticated`), or the token no "
                                         u"longer works (`invalid_token`, `session_revoked`, "
                                         u"`device_revoked`, `account_disabled`)"_s));
        QString refused =
            u"Refused (`forbidden`: needs `"_s + route.access.id() +
            u"`; `account_setup_required`: enroll MFA or change the password first)"_s;
        if (!route.access.patientParameter().isEmpty())
            refused += u"; `not_on_care_team`: not on this patient's care team and no break-glass "
                       u"grant"_s;
        responses.insert(u"403"_s, problemResponse(refused));
    }
    op.insert(u"responses"_s, responses);
    return op;
}

} // namespace

QJsonObject OpenApiDocument::generate(const RouteTable &routes, const QString &serverVersion)
{
    QJsonObject paths;
    for (const Route &route : routes.routes()) {
        const QString path = route.path.openApiPath();
        QJsonObject item = paths.value(path).toObject();
        item.insert(httpMethodName(route.method).toString().toLower(), operation(route));
        paths.insert(path, item);
    }
    return {
        {u"openapi"_s, QLatin1StringView(Version)},
        {u"info"_s,
         QJsonObject{{u"title"_s, u"Novamind server API"_s}, {u"version"_s, serverVersion}}},
        {u"paths"_s, paths},
        {u"components"_s,
         QJsonObject{
             {u"schemas"_s, QJsonObject{{u"Problem"_s, problemSchema()}}},
             {u"securitySchemes"_s,
              QJsonObject{{u"bearerAuth"_s, QJsonObject{{u"type"_s, u"http"_s},
                                                        {u"scheme"_s, u"bearer"_s},
                                                        {u"bearerFormat"_s, u"JWT"_s}}}}},
         }},
    };
}

} // namespace nm::server
