// Login throttling and lockout over the server database (SQLite and PostgreSQL).

#include "server/auth/LoginGuard.h"
#include "server/store/ServerDatabase.h"
#include "tests/support/PostgresCluster.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::server::DatabaseUrl;
using nm::server::LoginGuard;
using nm::server::ServerDatabase;
using Kind = LoginGuard::Decision::Kind;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Start = 1'764'063'000'000;

} // namespace

class TestLoginGuard final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<nm::test::PostgresCluster> m_postgres;

    void behaves(const DatabaseUrl &url)
    {
        auto database = ServerDatabase::open(url);
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        LoginGuard guard(database.value());
        const LoginGuard::Policy policy;
        qint64 now = Start;

        // Nine failures from nine addresses: still allowed.
        for (int i = 0; i < policy.accountFailuresBeforeLock - 1; ++i) {
            QVERIFY(guard.check(u"Alice"_s, u"10.0.0.%1"_s.arg(i), now).allowed());
            guard.recordFailure(u"alice"_s, u"10.0.0.%1"_s.arg(i), now);
            now += 1000;
        }
        QVERIFY(guard.check(u"alice"_s, u"10.0.1.1"_s, now).allowed());
        guard.recordFailure(u"ALICE"_s, u"10.0.1.1"_s, now); // the tenth: locked for a minute
        LoginGuard::Decision locked = guard.check(u"alice"_s, u"10.0.1.2"_s, now + 1000);
        QCOMPARE(locked.kind, Kind::Locked);
        QCOMPARE(locked.retryAfterMs, Minute - 1000);
        QVERIFY(guard.check(u"alice"_s, u"10.0.1.2"_s, now + Minute).allowed()); // lifted by time

        // Each further failure doubles the lock.
        now += Minute;
        guard.recordFailure(u"alice"_s, u"10.0.1.2"_s, now);
        QCOMPARE(guard.check(u"alice"_s, u"x"_s, now).retryAfterMs, 2 * Minute);
        now += 2 * Minute;
        guard.recordFailure(u"alice"_s, u"10.0.1.3"_s, now);
        QCOMPARE(guard.check(u"alice"_s, u"x"_s, now).retryAfterMs, 4 * Minute);

        // An unknown name is treated exactly like a known one; other accounts are unaffected.
        QVERIFY(guard.check(u"bob"_s, u"10.0.9.9"_s, now).allowed());

        // An administrator's unlock (or a successful login) clears the account.
        guard.clear(u"Alice"_s);
        QVERIFY(guard.check(u"alice"_s, u"10.0.2.1"_s, now).allowed());

        // One address trying many names is slowed down, doubling, without locking anyone out.
        for (int i = 0; i < policy.addressFailuresBeforeDelay; ++i)
            guard.recordFailure(u"user%1"_s.arg(i), u"192.0.2.7"_s, now);
        LoginGuard::Decision throttled = guard.check(u"carol"_s, u"192.0.2.7"_s, now);
        QCOMPARE(throttled.kind, Kind::Throttled);
        QCOMPARE(throttled.retryAfterMs, policy.firstDelayMs);
        guard.recordFailure(u"user99"_s, u"192.0.2.7"_s, now);
        QCOMPARE(guard.check(u"carol"_s, u"192.0.2.7"_s, now).retryAfterMs,
                 2 * policy.firstDelayMs);
        QVERIFY(guard.check(u"carol"_s, u"192.0.2.8"_s, now).allowed());

        // The hourly cap: 100 failures lock the account until the oldest leaves the hour.
        guard.clear(u"dave"_s);
        const qint64 capStart = now + Minute;
        for (int i = 0; i < policy.accountHourlyCap; ++i)
            guard.recordFailure(u"dave"_s, u"198.51.100.%1"_s.arg(i % 250), capStart + i * 100);
        const qint64 later = capStart + policy.maxLockMs - 1000;
        LoginGuard::Decision capped = guard.check(u"dave"_s, u"203.0.113.1"_s, later);
        QCOMPARE(capped.kind, Kind::Locked);
        QCOMPARE(capped.retryAfterMs, capStart + policy.windowMs - later);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto started = nm::test::PostgresCluster::start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error()));
        m_postgres = std::move(started).value();
    }

    void onSqlite() { behaves(DatabaseUrl::parse(QString(), m_dir.path()).value()); }
    void onPostgres() { behaves(DatabaseUrl::parse(m_postgres->url(), QString()).value()); }
};

QTEST_GUILESS_MAIN(TestLoginGuard)
#include "tst_loginguard.moc"
