#pragma once

#include "server/auth/JwtCodec.h"
#include "server/auth/LoginGuard.h"
#include "server/http/HttpMetrics.h"
#include "server/store/AuditTrail.h"
#include "server/store/BreakGlassStore.h"
#include "server/store/CareTeamStore.h"
#include "server/store/DeviceStore.h"
#include "server/store/MasterKey.h"
#include "server/store/ServerDatabase.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"
#include "server/sync/SyncStore.h"

#include <QDateTime>
#include <QList>

namespace nm::server {

/// Policy an operator sets per deployment (NOVAMIND_* variables, DESIGN §7).
struct AuthPolicy {
    /// Roles that must use TOTP; a user holding one without MFA may sign in only to enroll.
    QList<nm::core::Role> mfaRequiredRoles{nm::core::Role::Admin};
    /// How long a workstation may unlock its cache offline after the last online sign-in.
    int offlineGraceDays = 7;
};

/// Everything route handlers use, built once by `serve` and shared by every worker thread. The
/// stores are stateless over per-thread connections, so sharing them is safe.
struct ServerServices {
    const ServerDatabase &database;
    const MasterKey &masterKey;
    UserStore &users;
    DeviceStore &devices;
    SessionStore &sessions;
    CareTeamStore &careTeams;
    BreakGlassStore &breakGlass;
    AuditTrail &audit;
    SyncStore &sync;
    LoginGuard &loginGuard;
    const JwtCodec &jwt;
    HttpMetrics &metrics;
    AuthPolicy policy;

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }
    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace nm::server
