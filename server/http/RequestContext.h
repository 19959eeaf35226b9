#pragma once

#include "server/http/Route.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QString>

namespace nm::server {

/// What a handler gets: the request, the route it matched, the values of the route's `<name>`
/// segments and the request id. It lives only for the duration of the handler call.
class RequestContext {
public:
    RequestContext(const QHttpServerRequest &request, const Route &route,
                   QHash<QString, QString> parameters, QByteArray requestId);

    const QHttpServerRequest &request() const { return m_request; }
    const Route &route() const { return m_route; }
    /// The value of the pattern's `<name>` segment; empty when the pattern has none.
    QString parameter(const QString &name) const { return m_parameters.value(name); }
    QByteArray requestId() const { return m_requestId; }

private:
    const QHttpServerRequest &m_request;
    const Route &m_route;
    QHash<QString, QString> m_parameters;
    QByteArray m_requestId;
};

} // namespace nm::server
