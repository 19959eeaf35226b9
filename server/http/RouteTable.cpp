#include "server/http/RouteTable.h"

namespace nm::server {

void RouteTable::add(Route route)
{
    for ([[maybe_unused]] const Route &existing : m_routes)
        Q_ASSERT_X(existing.method != route.method || !(existing.path == route.path),
                   "RouteTable::add", "a route is declared twice");
    m_routes.push_back(std::move(route));
}

RouteTable::Match RouteTable::find(QHttpServerRequest::Method method, const QString &path) const
{
    Match found;
    for (const Route &route : m_routes) {
        std::optional<QHash<QString, QString>> parameters = route.path.match(path);
        if (!parameters)
            continue;
        if (found.pattern.isEmpty())
            found.pattern = route.path.pattern();
        if (!found.allowedMethods.contains(route.method))
            found.allowedMethods.append(route.method);
        if (route.method == method && !found.route) {
            found.route = &route;
            found.pattern = route.path.pattern();
            found.parameters = std::move(*parameters);
        }
    }
    return found;
}

} // namespace nm::server
