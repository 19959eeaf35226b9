#pragma once

#include "server/api/ServerServices.h"

namespace nm::server {

class ApiServer;

/// Per-patient access under /api/v1/patients: who treats a patient (for the care team itself)
/// and break-glass access to a patient outside one's care team (DESIGN §7).
class PatientRoutes {
public:
    PatientRoutes() = delete;
    static void declare(ApiServer &server, const ServerServices &services);
};

} // namespace nm::server
