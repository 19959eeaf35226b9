#pragma once

#include "server/store/ServerDatabase.h"

#include <QString>

namespace nm::server {

/// Login throttling and lockout (DESIGN §7), from the failures recorded in the database so every
/// server instance over one database sees the same counts. Decided per username whether or not
/// the account exists, so the answer never tells an attacker which names are real.
///  * Account: after `accountFailuresBeforeLock` failures within the window the account is
///    locked for a time that doubles with each further failure (capped); at `accountHourlyCap`
///    failures within the window it stays locked until the oldest of them leaves the window.
///  * Client address: after `addressFailuresBeforeDelay` failures within the window each attempt
///    must wait a delay that doubles with each further failure (capped).
/// A successful login or an administrator's unlock clears the account's failures.
class LoginGuard {
public:
    struct Policy {
        qint64 windowMs = 60 * 60 * 1000;
        int accountFailuresBeforeLock = 10;
        qint64 firstLockMs = 60 * 1000;
        qint64 maxLockMs = 60 * 60 * 1000;
        int accountHourlyCap = 100;
        int addressFailuresBeforeDelay = 20;
        qint64 firstDelayMs = 1000;
        qint64 maxDelayMs = 15 * 60 * 1000;
    };

    struct Decision {
        enum class Kind { Allow, Throttled, Locked };
        Kind kind = Kind::Allow;
        qint64 retryAfterMs = 0; ///< when the next attempt may be made, for Retry-After
        bool allowed() const { return kind == Kind::Allow; }
    };

    explicit LoginGuard(const ServerDatabase &database);
    LoginGuard(const ServerDatabase &database, Policy policy);

    /// Before the password is even checked: may this attempt proceed?
    Decision check(const QString &username, const QString &clientAddress, qint64 nowMs) const;
    void recordFailure(const QString &username, const QString &clientAddress, qint64 nowMs);
    /// A successful login, or an administrator lifting the lock.
    void clear(const QString &username);

private:
    struct Failures {
        int count = 0;
        qint64 oldest = 0;
        qint64 latest = 0;
    };
    Failures failures(const char *column, const QString &value, qint64 sinceMs) const;
    static qint64 doubling(qint64 first, int steps, qint64 cap);

    const ServerDatabase &m_database;
    Policy m_policy;
};

} // namespace nm::server
