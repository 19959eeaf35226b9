#pragma once

#include "server/http/Route.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace nm::server {

/// Every route the server answers, in declaration order. The server dispatches from it, the
/// Authorizer reads each route's Access from it and the OpenAPI document is generated from it,
/// so a route cannot exist without being documented and guarded.
class RouteTable {
public:
    /// What a request's method and path find in the table.
    struct Match {
        /// The route to run; null when none has this method and path.
        const Route *route = nullptr;
        /// The pattern the path matched, whatever the method; empty when no route has the path.
        /// Logs and metrics name a 405 or 413 by it.
        QString pattern;
        /// Values of the pattern's `<name>` segments.
        QHash<QString, QString> parameters;
        /// Methods declared for this path; non-empty with a null route means 405, empty means 404.
        QList<QHttpServerRequest::Method> allowedMethods;
    };

    /// Declaring the same method and pattern twice is a programming error (asserted).
    void add(Route route);

    const std::vector<Route> &routes() const { return m_routes; }
    Match find(QHttpServerRequest::Method method, const QString &path) const;

private:
    // A vector, not a QList: Match points into it, and the table is complete before serving.
    std::vector<Route> m_routes;
};

} // namespace nm::server
