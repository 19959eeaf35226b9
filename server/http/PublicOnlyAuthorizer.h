#pragma once

#include "server/http/Authorizer.h"

namespace nm::server {

/// The Authorizer of a server without accounts: public routes run, every other route answers
/// 401 `unauthenticated`. It fails closed, so a guarded route is never open by accident.
class PublicOnlyAuthorizer final : public Authorizer {
public:
    std::optional<ProblemDetails> authorize(RequestContext &context) const override;
};

} // namespace nm::server
