#include "server/http/HttpRequest.h"

namespace nm::server {

HttpRequest::HttpRequest(QHttpServerRequest::Method method, QUrl url,
                         QList<QPair<QByteArray, QByteArray>> headers, QByteArray body,
                         QHostAddress remoteAddress)
    : m_method(method)
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_remoteAddress(std::move(remoteAddress))
{}

HttpRequest HttpRequest::copyOf(const QHttpServerRequest &request)
{
    return HttpRequest(request.method(), request.url(), request.headers(), request.body(),
                       request.remoteAddress());
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    constexpr QByteArrayView scheme = "Bearer ";
    if (value.size() <= scheme.size() ||
        QByteArrayView(value).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(scheme.size()).trimmed();
}

} // namespace nm::server
