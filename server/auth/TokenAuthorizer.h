#pragma once

#include "server/auth/JwtCodec.h"
#include "server/http/Authorizer.h"
#include "server/store/CareTeamStore.h"
#include "server/store/SessionStore.h"

namespace nm::server {

/// The Authorizer of the running server: enforces each route's declared Access from a bearer
/// access token. The token's signature and times are checked first (JwtCodec, algorithm
/// pinned); then its session, device and user are read as they are now, so logout, a revoked
/// device, a deactivated account or a changed role take effect on the next request. Routes
/// about one patient also need the caller on that patient's care team or a live break-glass
/// grant.
class TokenAuthorizer final : public Authorizer {
public:
    TokenAuthorizer(const JwtCodec &codec, const SessionStore &sessions,
                    const CareTeamStore &careTeams);

    std::optional<ProblemDetails> authorize(RequestContext &context) const override;

private:
    const JwtCodec &m_codec;
    const SessionStore &m_sessions;
    const CareTeamStore &m_careTeams;
};

} // namespace nm::server
