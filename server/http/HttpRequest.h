#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace nm::server {

/// A request copied out of QHttpServerRequest, which cannot be copied and lives only while Qt's
/// handler runs on the HTTP thread. Handlers run on worker threads, so they get this value.
class HttpRequest {
public:
    HttpRequest() = default;
    static HttpRequest copyOf(const QHttpServerRequest &request);

    QHttpServerRequest::Method method() const { return m_method; }
    QUrl url() const { return m_url; }
    QUrlQuery query() const { return QUrlQuery(m_url); }
    QByteArray body() const { return m_body; }
    QHostAddress remoteAddress() const { return m_remoteAddress; }
    /// The first header named \a name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// The token of an `Authorization: Bearer …` header; empty when there is none.
    QByteArray bearerToken() const;

    /// For unit tests and benchmarks that build requests without a socket.
    HttpRequest(QHttpServerRequest::Method method, QUrl url,
                QList<QPair<QByteArray, QByteArray>> headers, QByteArray body,
                QHostAddress remoteAddress);

private:
    QHttpServerRequest::Method m_method = QHttpServerRequest::Method::Unknown;
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
};

} // namespace nm::server
