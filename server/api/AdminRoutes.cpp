#include "server/api/AdminRoutes.h"

#include "server/http/ApiServer.h"

namespace nm::server {

void AdminRoutes::declare(ApiServer &, const ServerServices &) {}

} // namespace nm::server
