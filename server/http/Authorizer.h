#pragma once

#include "server/http/ProblemDetails.h"

#include <optional>

namespace nm::server {

class RequestContext;

/// The one place that decides whether a request may run its route, from the Access the route
/// declares (context.route().access). ApiServer asks it before every handler; handlers never
/// check permissions themselves. The context is writable so an implementation that
/// authenticates can attach who is calling for the handler to read.
class Authorizer {
public:
    virtual ~Authorizer() = default;

    /// Nothing when the request may proceed; otherwise the problem to answer (401, 403, …).
    virtual std::optional<ProblemDetails> authorize(RequestContext &context) const = 0;
};

} // namespace nm::server
