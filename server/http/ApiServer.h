#pragma once

#include "core/Result.h"
#include "server/http/Authorizer.h"
#include "server/http/HttpMetrics.h"
#include "server/http/RequestLog.h"
#include "server/http/RouteTable.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <memory>
#include <optional>

namespace nm::server {

/// The HTTP front of novamind-server. Every request, matched or not, goes through one pipeline:
/// request id, body limit (413), route lookup (404/405), the Authorizer (from the route's
/// declared Access), the handler, then security headers, one log line and the metrics.
class ApiServer final : public QObject {
    Q_OBJECT

public:
    struct Settings {
        qint64 maxBodyBytes = 1024 * 1024;
        RequestLog::Format logFormat = RequestLog::Format::Text;
        /// Reported by /health and the OpenAPI document.
        QString version;
    };

    explicit ApiServer(Settings settings, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Replaces the default PublicOnlyAuthorizer.
    void setAuthorizer(std::unique_ptr<Authorizer> authorizer);
    /// Serves HTTPS (and sends Strict-Transport-Security) from the next listen() on.
    void enableTls(const QSslConfiguration &configuration);
    bool tlsEnabled() const { return m_tls.has_value(); }

    /// Starts listening; the bound port (a free one when \a port is 0) or why it failed.
    core::Result<quint16, QString> listen(const QHostAddress &address, quint16 port);

    const RouteTable &routes() const { return m_routes; }
    /// For the authentication code to count failed logins, and for /metrics.
    HttpMetrics &metrics() { return m_metrics; }

private:
    /// The route table: every endpoint of the API is declared here and nowhere else.
    void declareRoutes();

    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse respond(const QHttpServerRequest &request, const RouteTable::Match &match,
                                const QByteArray &requestId) const;
    void addStandardHeaders(QHttpServerResponse &response, const QByteArray &requestId) const;

    Settings m_settings;
    RouteTable m_routes;
    HttpMetrics m_metrics;
    RequestLog m_log;
    std::unique_ptr<Authorizer> m_authorizer;
    std::optional<QSslConfiguration> m_tls;
    QHttpServer m_http;
};

} // namespace nm::server
