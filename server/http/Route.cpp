#include "server/http/Route.h"

namespace nm::server {

QLatin1StringView httpMethodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return QLatin1StringView("GET");
    case Method::Put:
        return QLatin1StringView("PUT");
    case Method::Delete:
        return QLatin1StringView("DELETE");
    case Method::Post:
        return QLatin1StringView("POST");
    case Method::Head:
        return QLatin1StringView("HEAD");
    case Method::Options:
        return QLatin1StringView("OPTIONS");
    case Method::Patch:
        return QLatin1StringView("PATCH");
    case Method::Connect:
        return QLatin1StringView("CONNECT");
    case Method::Trace:
        return QLatin1StringView("TRACE");
    default:
        return {};
    }
}

} // namespace nm::server
