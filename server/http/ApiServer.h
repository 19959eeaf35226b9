#pragma once

#include "core/Result.h"
#include "server/http/Authorizer.h"
#include "server/http/HttpMetrics.h"
#include "server/http/RequestLog.h"
#include "server/http/Route.h"
#include "server/http/RouteTable.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace nm::server {

class RequestContext;

/// The HTTP front of novamind-server. Every request, matched or not, goes through one pipeline:
/// request id, body limit (413), route lookup (404/405), the Authorizer (from the route's
/// declared Access), the handler, then security headers, one log line and the metrics.
///
/// The HTTP thread only parses and answers: the Authorizer and the handler run on a worker pool,
/// because they read the database and hash passwords, and one slow login must not stall every
/// other client. The answer is written back on the HTTP thread.
class ApiServer final : public QObject {
    Q_OBJECT

public:
    struct Settings {
        qint64 maxBodyBytes = 1024 * 1024;
        RequestLog::Format logFormat = RequestLog::Format::Text;
        /// Reported by /health and the OpenAPI document.
        QString version;
        /// Worker threads for authorization and handlers (each holds its database connection).
        int workerThreads = 8;
    };

    explicit ApiServer(Settings settings, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Declares one more endpoint; only before listen(). The health, metrics and OpenAPI routes
    /// are declared by the server itself.
    void addRoute(Route route);
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

    struct Exchange;
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// The answer that needs no handler (413, 404, 405), if any.
    std::optional<QHttpServerResponse> refuseEarly(const QHttpServerRequest &request,
                                                   const RouteTable::Match &match) const;
    /// On a worker: the Authorizer, then the handler.
    QHttpServerResponse run(RequestContext &context) const;
    /// On the HTTP thread: headers, the answer, the log line and the metrics.
    void finish(Exchange &exchange, QHttpServerResponse &&response);
    void addStandardHeaders(QHttpServerResponse &response, const QByteArray &requestId) const;

    Settings m_settings;
    RouteTable m_routes;
    HttpMetrics m_metrics;
    RequestLog m_log;
    std::unique_ptr<Authorizer> m_authorizer;
    std::optional<QSslConfiguration> m_tls;
    QHttpServer m_http;
    QThreadPool m_workers;
};

} // namespace nm::server
