#pragma once

#include "server/http/Access.h"
#include "server/http/RoutePattern.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLatin1StringView>
#include <QString>

#include <functional>

namespace nm::server {

class RequestContext;

/// Answers one request that matched its route and passed the route's Access check.
using RouteHandler = std::function<QHttpServerResponse(const RequestContext &)>;

/// One entry of the route table: everything the server, the Authorizer and the OpenAPI document
/// know about an endpoint, declared in one place. Written with designated initializers:
///
///     {.method = Method::Get, .path = u"/api/v1/admin/users/<id>"_s,
///      .access = Access::permission(core::Permission::UsersManage),
///      .summary = u"One user account"_s, .handler = …}
struct Route {
    QHttpServerRequest::Method method;
    RoutePattern path;
    Access access;
    /// One line for the OpenAPI document.
    QString summary;
    RouteHandler handler;
    /// The handler reads a JSON object body; the document then lists the body, 413 and 422.
    bool jsonBody = false;
    /// The media type of a successful answer.
    const char *responseType = "application/json";
};

/// "GET", "POST", …; empty for a method the server does not route.
QLatin1StringView httpMethodName(QHttpServerRequest::Method method);

} // namespace nm::server
