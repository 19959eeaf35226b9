#pragma once

#include "core/Result.h"
#include "server/store/ServerDatabase.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace nm::server {

/// The server's append-only record of security-relevant actions (DESIGN §8): sign-ins, account
/// changes, device revocations, care-team changes, break-glass. It lives in the database, not in
/// the log, because it may name patients; details never hold a password, token or key.
class AuditTrail {
public:
    struct Event {
        /// Stable dotted name: "auth.login", "admin.user.deactivate", "patient.break_glass", …
        QString action;
        QUuid actorId; ///< null for an anonymous attempt
        QString targetId;
        QUuid patientId;
        QByteArray requestId;
        QJsonObject details;
    };

    explicit AuditTrail(const ServerDatabase &database);

    nm::core::Status<QString> record(const Event &event, qint64 nowMs);

private:
    const ServerDatabase &m_database;
};

} // namespace nm::server
