#pragma once

#include "server/api/ServerServices.h"

namespace nm::server {

class ApiServer;

/// The sync protocol (DESIGN §7): GET and POST /api/v1/sync/changes, and the workstations'
/// audit batches at POST /api/v1/audit/events.
class SyncRoutes {
public:
    SyncRoutes() = delete;
    static void declare(ApiServer &server, const ServerServices &services);
};

} // namespace nm::server
