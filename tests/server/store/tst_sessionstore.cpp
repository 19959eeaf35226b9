// Sessions and refresh tokens on embedded SQLite and on a private PostgreSQL cluster: one use
// per token even when several requests race with it, reuse ending the session, expiry, and
// device revocation ending the device's sessions.

#include "server/auth/OpaqueToken.h"
#include "server/store/DeviceStore.h"
#include "server/store/MasterKey.h"
#include "server/store/ServerDatabase.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"
#include "tests/support/PostgresCluster.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace nm::server;
using nm::core::SecureBuffer;
using Outcome = SessionStore::Rotation::Outcome;

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);

} // namespace

class TestSessionStore final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<nm::test::PostgresCluster> m_postgres;

    void sessionsWork(const DatabaseUrl &url, const QString &keyDir)
    {
        auto database = ServerDatabase::open(url);
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        auto master = MasterKey::loadOrCreate(keyDir);
        QVERIFY(master);
        UserStore users(database.value(), master.value(), PasswordHasher({19456, 2, 1}));
        nm::core::User kim;
        kim.username = u"dr.kim"_s;
        kim.displayName = u"Dr. Kim"_s;
        kim.roles = {nm::core::Role::Psychiatrist};
        const auto created =
            users.create(kim, SecureBuffer::fromUtf8(u"long enough secret"_s), Now);
        QVERIFY(created);
        const QUuid userId = created.value().id;

        DeviceStore devices(database.value());
        SessionStore sessions(database.value());
        const qint64 now = Now.toMSecsSinceEpoch();
        const QUuid laptop = QUuid::createUuid();
        QCOMPARE(devices.claim(laptop, userId, u"Laptop"_s, now).value(),
                 DeviceStore::Claim::Registered);
        const QUuid session = sessions.open(userId, laptop, SessionStore::Scope::Full, now).value();
        auto issued = sessions.issueRefreshToken(session, now);
        QVERIFY(issued);
        QCOMPARE(issued.value().size(), OpaqueToken::WireLength);

        // Eight requests race with one token: exactly one may rotate it; the others are reuse,
        // which ends the session, after which they read as revoked.
        const QByteArray token = issued.value().view().toByteArray();
        std::atomic<int> rotated = 0;
        std::atomic<int> refused = 0;
        std::atomic<int> failed = 0;
        std::vector<std::thread> racers;
        for (int i = 0; i < 8; ++i) {
            racers.emplace_back([&] {
                const auto result = sessions.rotate(token, now + 1000);
                if (!result)
                    ++failed;
                else if (result.value().outcome == Outcome::Rotated)
                    ++rotated;
                else if (result.value().outcome == Outcome::Reused ||
                         result.value().outcome == Outcome::Revoked)
                    ++refused;
            });
        }
        for (std::thread &racer : racers)
            racer.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(rotated.load(), 1);
        QCOMPARE(refused.load(), 7);
        QVERIFY(sessions.state(session).value()->sessionRevoked);

        // A fresh session: rotation chains, an old link is reuse, expiry is expiry.
        const QUuid second = sessions.open(userId, laptop, SessionStore::Scope::Full, now).value();
        const QByteArray first =
            sessions.issueRefreshToken(second, now).value().view().toByteArray();
        const auto next = sessions.rotate(first, now + 1);
        QCOMPARE(next.value().outcome, Outcome::Rotated);
        QCOMPARE(next.value().sessionId, second);
        const QByteArray nextToken = next.value().token.view().toByteArray();
        QCOMPARE(
            sessions.rotate(nextToken, now + SessionStore::RefreshLifetimeMs + 10).value().outcome,
            Outcome::Expired);
        QVERIFY(!sessions.state(second).value()->sessionRevoked);
        QCOMPARE(sessions.rotate("not-a-token", now).value().outcome, Outcome::Unknown);
        QCOMPARE(sessions.rotate(QByteArray(OpaqueToken::WireLength, 'A'), now).value().outcome,
                 Outcome::Unknown);

        // Revoking the device ends its sessions and keeps it from signing in again.
        QCOMPARE(devices.revoke(laptop, now + 5).value(), true);
        const auto state = sessions.state(second).value();
        QVERIFY(state->deviceRevoked);
        QVERIFY(state->sessionRevoked);
        QCOMPARE(state->revokedReason, u"device_revoked"_s);
        QCOMPARE(devices.claim(laptop, userId, u"Laptop"_s, now + 6).value(),
                 DeviceStore::Claim::Revoked);
        QCOMPARE(devices.claim(laptop, QUuid::createUuid(), u"Laptop"_s, now + 6).value(),
                 DeviceStore::Claim::OtherUser);
        QCOMPARE(devices.revoke(QUuid::createUuid(), now).value(), false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto started = nm::test::PostgresCluster::start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error()));
        m_postgres = std::move(started).value();
    }

    void sessionsOnSqlite()
    {
        const QString dir = m_dir.filePath(u"sqlite"_s);
        QVERIFY(QDir().mkpath(dir));
        sessionsWork(DatabaseUrl::parse(QString(), dir).value(), dir);
    }

    void sessionsOnPostgres()
    {
        const QString dir = m_dir.filePath(u"pg"_s);
        QVERIFY(QDir().mkpath(dir));
        sessionsWork(DatabaseUrl::parse(m_postgres->url(), QString()).value(), dir);
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
