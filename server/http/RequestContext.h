#pragma once

#include "server/http/Caller.h"
#include "server/http/HttpRequest.h"
#include "server/http/Route.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace nm::server {

/// What a handler gets: a copy of the request, the route it matched, the values of the route's
/// `<name>` segments, the request id and, once the Authorizer has run, the caller. It lives for
/// one handler call on a worker thread.
class RequestContext {
public:
    RequestContext(HttpRequest request, const Route &route, QHash<QString, QString> parameters,
                   QByteArray requestId);

    const HttpRequest &request() const { return m_request; }
    const Route &route() const { return m_route; }
    /// The value of the pattern's `<name>` segment; empty when the pattern has none.
    QString parameter(const QString &name) const { return m_parameters.value(name); }
    QByteArray requestId() const { return m_requestId; }

    /// The signed-in user; always set for routes that are not Access::anyone().
    const std::optional<Caller> &caller() const { return m_caller; }
    void setCaller(Caller caller) { m_caller = std::move(caller); }

private:
    HttpRequest m_request;
    const Route &m_route;
    QHash<QString, QString> m_parameters;
    QByteArray m_requestId;
    std::optional<Caller> m_caller;
};

} // namespace nm::server
