#pragma once

#include "server/api/ServerServices.h"

namespace nm::server {

class ApiServer;

/// The administrator's API under /api/v1/admin (DESIGN §7, permission users.manage): accounts,
/// devices, care teams and the break-glass review list.
class AdminRoutes {
public:
    AdminRoutes() = delete;
    static void declare(ApiServer &server, const ServerServices &services);
};

} // namespace nm::server
