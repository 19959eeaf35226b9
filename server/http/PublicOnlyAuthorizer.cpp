#include "server/http/PublicOnlyAuthorizer.h"

#include "server/http/RequestContext.h"

using namespace Qt::StringLiterals;

namespace nm::server {

std::optional<ProblemDetails> PublicOnlyAuthorizer::authorize(RequestContext &context) const
{
    if (context.route().access.isPublic())
        return std::nullopt;
    return ProblemDetails(401, u"unauthenticated"_s, u"Sign in to use this endpoint"_s);
}

} // namespace nm::server
