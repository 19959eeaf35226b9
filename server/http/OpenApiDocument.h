#pragma once

#include <QJsonObject>
#include <QString>

namespace nm::server {

class RouteTable;

/// The OpenAPI 3.0 description of the API, generated from the route table so it cannot drift
/// from what the server answers: every route's path, method, summary, path parameters, security
/// requirement (from its Access) and problem+json error responses.
class OpenApiDocument {
public:
    static constexpr const char *Version = "3.0.3";

    static QJsonObject generate(const RouteTable &routes, const QString &serverVersion);
};

} // namespace nm::server
