#include "server/http/ApiServer.h"

#include "server/http/OpenApiDocument.h"
#include "server/http/ProblemDetails.h"
#include "server/http/PublicOnlyAuthorizer.h"
#include "server/http/RequestContext.h"
#include "server/http/RequestId.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

using Method = QHttpServerRequest::Method;

QByteArray allowHeader(const QList<Method> &methods)
{
    QByteArrayList names;
    for (const Method method : methods)
        names.append(httpMethodName(method).toString().toLatin1());
    return names.join(", ");
}

} // namespace

ApiServer::ApiServer(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_log(m_settings.logFormat)
    , m_authorizer(std::make_unique<PublicOnlyAuthorizer>())
{
    // Workers live as long as the server: each keeps its database connection open.
    m_workers.setMaxThreadCount(std::max(1, m_settings.workerThreads));
    m_workers.setExpiryTimeout(-1);
    declareRoutes();
    // The route table is the router. QHttpServer's own router needs a typed handler argument
    // per path placeholder and answers a wrong method with 404, so no rule is registered with
    // it: every request reaches the missing handler, which runs the one pipeline. (In Qt 6.4,
    // afterRequest() does not see missing-handler answers, so headers are added in handle().)
    m_http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        });
}

ApiServer::~ApiServer()
{
    // Handlers use the route table and the authorizer: let the running ones end first.
    m_workers.waitForDone();
}

void ApiServer::addRoute(Route route)
{
    m_routes.add(std::move(route));
}

void ApiServer::declareRoutes()
{
    m_routes.add({
        .method = Method::Get,
        .path = u"/api/v1/health"_s,
        .access = Access::anyone(),
        .summary = u"Liveness: the server answers and reports its version"_s,
        .handler =
            [this](const RequestContext &) {
                return QHttpServerResponse(
                    QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, m_settings.version}});
            },
    });
    m_routes.add({
        .method = Method::Get,
        .path = u"/metrics"_s,
        .access = Access::anyone(),
        .summary = u"Prometheus metrics: requests by route and status, latency, login failures"_s,
        .handler =
            [this](const RequestContext &) {
                return QHttpServerResponse(QByteArray("text/plain; version=0.0.4; charset=utf-8"),
                                           m_metrics.prometheusText());
            },
        .responseType = "text/plain",
    });
    m_routes.add({
        .method = Method::Get,
        .path = u"/api/v1/openapi.json"_s,
        .access = Access::anyone(),
        .summary = u"This API's OpenAPI 3.0 description, generated from the route table"_s,
        .handler =
            [this](const RequestContext &) {
                return QHttpServerResponse(OpenApiDocument::generate(m_routes, m_settings.version));
            },
    });
}

void ApiServer::setAuthorizer(std::unique_ptr<Authorizer> authorizer)
{
    Q_ASSERT(authorizer);
    m_authorizer = std::move(authorizer);
}

void ApiServer::enableTls(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}

core::Result<quint16, QString> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    // Our own server object rather than QHttpServer::listen(), which only logs why it failed.
    std::unique_ptr<QTcpServer> server;
    if (m_tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*m_tls);
        server = std::move(ssl);
    } else {
        server = std::make_unique<QTcpServer>();
    }
    if (!server->listen(address, port))
        return u"cannot listen on %1 port %2: %3"_s.arg(address.toString())
            .arg(port)
            .arg(server->errorString());
    const quint16 bound = server->serverPort();
    m_http.bind(server.release()); // QHttpServer takes ownership.
    return bound;
}

struct ApiServer::Exchange {
    QHttpServerResponder responder;
    /// The connection, which Qt deletes when the client goes away while a worker is busy.
    QPointer<QTcpSocket> socket;
    QByteArray requestId;
    QString route;
    QLatin1StringView method;
    QElapsedTimer timer;
};

void ApiServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto exchange = std::make_shared<Exchange>(Exchange{std::move(responder), {}, {}, {}, {}, {}});
    exchange->timer.start();
    exchange->socket = exchange->responder.socket();
    exchange->requestId = RequestId::accept(request.value("X-Request-Id"));
    exchange->method = httpMethodName(request.method());
    if (exchange->method.isEmpty())
        exchange->method = "OTHER"_L1;

    const RouteTable::Match match =
        m_routes.find(request.method(), request.url().path(QUrl::FullyEncoded));
    exchange->route = match.pattern.isEmpty() ? QString(RequestLog::UnmatchedRoute) : match.pattern;
    if (std::optional<QHttpServerResponse> refused = refuseEarly(request, match)) {
        finish(*exchange, std::move(*refused));
        return;
    }

    // QHttpServerRequest lives only during this call, so the worker gets a copy.
    auto context = std::make_shared<RequestContext>(HttpRequest::copyOf(request), *match.route,
                                                    match.parameters, exchange->requestId);
    m_workers.start([this, exchange, context] {
        auto response = std::make_shared<QHttpServerResponse>(run(*context));
        QMetaObject::invokeMethod(
            this, [this, exchange, response] { finish(*exchange, std::move(*response)); },
            Qt::QueuedConnection);
    });
}

std::optional<QHttpServerResponse> ApiServer::refuseEarly(const QHttpServerRequest &request,
                                                          const RouteTable::Match &match) const
{
    // Qt HttpServer 6.4 has no body limit and has read the whole body by now; this check keeps
    // oversized bodies away from every handler, whatever the route.
    if (request.body().size() > m_settings.maxBodyBytes)
        return ProblemDetails(413, u"payload_too_large"_s, u"The request body is too large"_s,
                              u"The limit is %1 bytes."_s.arg(m_settings.maxBodyBytes))
            .toResponse();
    if (match.route)
        return std::nullopt;
    if (match.allowedMethods.isEmpty())
        return ProblemDetails(404, u"not_found"_s, u"No such endpoint"_s).toResponse();
    QHttpServerResponse response =
        ProblemDetails(405, u"method_not_allowed"_s, u"This endpoint does not accept this method"_s)
            .toResponse();
    response.setHeader("Allow", allowHeader(match.allowedMethods));
    return response;
}

QHttpServerResponse ApiServer::run(RequestContext &context) const
{
    if (const std::optional<ProblemDetails> refused = m_authorizer->authorize(context)) {
        QHttpServerResponse response = refused->toResponse();
        // RFC 6750 §3: a 401 names the scheme, and says when the token itself was the problem.
        if (refused->status() == 401)
            response.setHeader(
                "WWW-Authenticate",
                refused->code() == "unauthenticated"_L1
                    ? QByteArray("Bearer realm=\"novamind\"")
                    : QByteArray("Bearer realm=\"novamind\", error=\"invalid_token\""));
        return response;
    }
    return context.route().handler(context);
}

void ApiServer::finish(Exchange &exchange, QHttpServerResponse &&response)
{
    addStandardHeaders(response, exchange.requestId);
    const int status = int(response.statusCode());
    // A client that hung up while its request ran gets no answer; it is still logged and counted.
    if (exchange.socket && exchange.socket->isOpen())
        response.write(std::move(exchange.responder));
    const double seconds = double(exchange.timer.nsecsElapsed()) / 1e9;
    m_log.write({exchange.method, exchange.route, status, seconds, exchange.requestId});
    m_metrics.recordRequest(exchange.route, exchange.method, status, seconds);
}

void ApiServer::addStandardHeaders(QHttpServerResponse &response, const QByteArray &requestId) const
{
    response.setHeader("X-Request-Id", requestId);
    // An API answers data, never pages: nothing may sniff, frame, cache or refer from it.
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    if (m_tls)
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
}

} // namespace nm::server
