#include "server/auth/LoginGuard.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::server {

namespace {

// Usernames are case-insensitive everywhere.
QString normalized(const QString &username)
{
    return username.trimmed().toLower();
}

} // namespace

LoginGuard::LoginGuard(const ServerDatabase &database)
    : LoginGuard(database, Policy())
{}

LoginGuard::LoginGuard(const ServerDatabase &database, Policy policy)
    : m_database(database)
    , m_policy(policy)
{}

qint64 LoginGuard::doubling(qint64 first, int steps, qint64 cap)
{
    qint64 value = first;
    for (int i = 0; i < steps && value < cap; ++i)
        value *= 2;
    return std::min(value, cap);
}

LoginGuard::Failures LoginGuard::failures(const char *column, const QString &value,
                                          qint64 sinceMs) const
{
    QSqlQuery q(m_database.connection());
    // column is one of our two literal column names, never input.
    q.prepare(u"SELECT count(*), min(at), max(at) FROM login_failures WHERE "_s +
              QLatin1StringView(column) + u" = ? AND at > ?"_s);
    q.addBindValue(value);
    q.addBindValue(sinceMs);
    Failures found;
    if (q.exec() && q.next()) {
        found.count = q.value(0).toInt();
        found.oldest = q.value(1).toLongLong();
        found.latest = q.value(2).toLongLong();
    }
    return found;
}

LoginGuard::Decision LoginGuard::check(const QString &username, const QString &clientAddress,
                                       qint64 nowMs) const
{
    const qint64 since = nowMs - m_policy.windowMs;
    Decision decision;

    const Failures account = failures("username", normalized(username), since);
    qint64 accountUntil = 0;
    if (account.count >= m_policy.accountHourlyCap) {
        accountUntil = account.oldest + m_policy.windowMs;
    } else if (account.count >= m_policy.accountFailuresBeforeLock) {
        accountUntil = account.latest + doubling(m_policy.firstLockMs,
                                                 account.count - m_policy.accountFailuresBeforeLock,
                                                 m_policy.maxLockMs);
    }
    if (accountUntil > nowMs)
        decision = {Decision::Kind::Locked, accountUntil - nowMs};

    const Failures address = failures("client_address", clientAddress, since);
    if (address.count >= m_policy.addressFailuresBeforeDelay) {
        const qint64 until =
            address.latest + doubling(m_policy.firstDelayMs,
                                      address.count - m_policy.addressFailuresBeforeDelay,
                                      m_policy.maxDelayMs);
        // A lock outranks a delay; otherwise the longer wait wins.
        if (until > nowMs && decision.kind == Decision::Kind::Allow)
            decision = {Decision::Kind::Throttled, until - nowMs};
    }
    return decision;
}

void LoginGuard::recordFailure(const QString &username, const QString &clientAddress, qint64 nowMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO login_failures (username, client_address, at) VALUES (?, ?, ?)"_s);
    q.addBindValue(normalized(username));
    q.addBindValue(clientAddress);
    q.addBindValue(nowMs);
    q.exec();
    // Old rows serve no decision any more.
    QSqlQuery prune(m_database.connection());
    prune.prepare(u"DELETE FROM login_failures WHERE at <= ?"_s);
    prune.addBindValue(nowMs - m_policy.windowMs);
    prune.exec();
}

void LoginGuard::clear(const QString &username)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM login_failures WHERE username = ?"_s);
    q.addBindValue(normalized(username));
    q.exec();
}

} // namespace nm::server
