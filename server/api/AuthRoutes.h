#pragma once

#include "server/api/ServerServices.h"

namespace nm::server {

class ApiServer;

/// Sign-in and the signed-in user's own account under /api/v1/auth (DESIGN §7): login, refresh,
/// logout, the current session, password change and TOTP enrollment.
class AuthRoutes {
public:
    AuthRoutes() = delete;
    static void declare(ApiServer &server, const ServerServices &services);
};

} // namespace nm::server
