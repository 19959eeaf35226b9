#include "server/http/RequestContext.h"

namespace nm::server {

RequestContext::RequestContext(HttpRequest request, const Route &route,
                               QHash<QString, QString> parameters, QByteArray requestId)
    : m_request(std::move(request))
    , m_route(route)
    , m_parameters(std::move(parameters))
    , m_requestId(std::move(requestId))
{}

} // namespace nm::server
