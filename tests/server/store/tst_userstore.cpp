// Accounts and the master key, on embedded SQLite and on a private PostgreSQL cluster.

#include "core/domain/User.h"
#include "server/auth/PasswordHasher.h"
#include "server/store/MasterKey.h"
#include "server/store/ServerDatabase.h"
#include "server/store/UserStore.h"
#include "tests/support/PostgresCluster.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::server;
using nm::core::Role;
using nm::core::SecureBuffer;
using nm::core::User;

namespace {

const QDateTime Now(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);

SecureBuffer password(const QString &text)
{
    return SecureBuffer::fromUtf8(text);
}

User newUser(const QString &username, QList<Role> roles = {Role::Psychiatrist})
{
    User user;
    user.username = username;
    user.displayName = u"Dr. Amara Osei"_s;
    user.email = u"amara.osei@example.org"_s;
    user.roles = std::move(roles);
    return user;
}

} // namespace

class TestUserStore final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<nm::test::PostgresCluster> m_postgres;

    void accountsWork(const DatabaseUrl &url, const QString &keyDir)
    {
        auto database = ServerDatabase::open(url);
        QVERIFY2(database, qPrintable(database ? QString() : database.error()));
        auto master = MasterKey::loadOrCreate(keyDir);
        QVERIFY2(master, qPrintable(master ? QString() : master.error()));
        // Cheapest accepted costs: the tests are about the store, not the KDF.
        UserStore users(database.value(), master.value(), PasswordHasher({19456, 2, 1}));

        const auto created =
            users.create(newUser(u"AOsei"_s), password(u"correct horse battery"_s), Now);
        QVERIFY2(created, qPrintable(created ? QString()
                                             : created.error().message + u' ' +
                                                   created.error().fields.toString()));
        const User &stored = created.value();
        QCOMPARE(stored.username, u"aosei"_s); // case-insensitive names are stored lowercase
        QVERIFY(!stored.id.isNull());

        const auto found = users.findByUsername(u"AOSEI"_s);
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->id, stored.id);
        QCOMPARE(found.value()->roles, QList<Role>{Role::Psychiatrist});
        QCOMPARE(found.value()->displayName, u"Dr. Amara Osei"_s);
        QVERIFY(found.value()->active);
        QVERIFY(!users.findByUsername(u"nobody"_s).value());

        QVERIFY(users.checkPassword(u"aosei"_s, password(u"correct horse battery"_s)));
        QVERIFY(!users.checkPassword(u"aosei"_s, password(u"correct horse batterY"_s)));
        QVERIFY(!users.checkPassword(u"nobody"_s, password(u"correct horse battery"_s)));
        {
            QSqlQuery q(database.value().connection());
            QVERIFY(q.exec(u"SELECT password_hash, cache_key FROM users"_s) && q.next());
            QVERIFY(q.value(0).toString().startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s));
            QVERIFY(!q.value(0).toString().contains(u"correct horse"_s));
            QCOMPARE(q.value(1).toByteArray().size(), 12 + 32 + 16); // iv, sealed key, tag
        }

        // The escrowed cache key opens with the master key and only for its owner.
        const auto key = users.cacheKey(stored.id);
        QVERIFY(key && key.value());
        QCOMPARE(key.value()->size(), 32);
        {
            QSqlQuery swap(database.value().connection());
            const auto other = users.create(newUser(u"nurse.kim"_s, {Role::Nurse}),
                                            password(u"another long password"_s), Now);
            QVERIFY(other);
            // Give the second user the first user's sealed key: it must not open.
            QVERIFY(swap.exec(u"UPDATE users SET cache_key = (SELECT cache_key FROM users WHERE "
                              "username = 'aosei') WHERE username = 'nurse.kim'"_s));
            QVERIFY(!users.cacheKey(other.value().id).value());
        }

        const auto duplicate =
            users.create(newUser(u"aosei"_s), password(u"yet another password"_s), Now);
        QCOMPARE(duplicate.error().kind, UserStore::Error::Kind::Duplicate);

        User invalid = newUser(u"a b"_s, {});
        const auto refused = users.create(invalid, password(u"short"_s), Now);
        QCOMPARE(refused.error().kind, UserStore::Error::Kind::Invalid);
        QVERIFY(refused.error().fields.contains(u"username"));
        QVERIFY(refused.error().fields.contains(u"roles"));
        QVERIFY(refused.error().fields.contains(u"password"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto started = nm::test::PostgresCluster::start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error()));
        m_postgres = std::move(started).value();
    }

    void masterKeyIsCreatedOwnerOnlyAndReused()
    {
        const QString dir = m_dir.filePath(u"keys"_s);
        QVERIFY(QDir().mkpath(dir));
        auto first = MasterKey::loadOrCreate(dir);
        QVERIFY(first);
        const QString path = dir + u"/master.key"_s;
        QCOMPARE(QFile(path).size(), 32);
        QCOMPARE(QFile(path).permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        const QByteArray sealed = first.value().seal(password(u"a secret"_s), "ctx");
        auto again = MasterKey::loadOrCreate(dir); // a restart reads the same key
        QVERIFY(again);
        const auto opened = again.value().open(sealed, "ctx");
        QVERIFY(opened);
        QCOMPARE(QByteArray(opened->constChars(), opened->size()), QByteArray("a secret"));
        QVERIFY(!again.value().open(sealed, "other context"));
        QByteArray altered = sealed;
        altered[14] = char(altered[14] ^ 1);
        QVERIFY(!again.value().open(altered, "ctx"));

        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const auto exposed = MasterKey::loadOrCreate(dir);
        QVERIFY(!exposed);
        QVERIFY(exposed.error().contains(u"chmod 600"_s));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile truncate(path);
        QVERIFY(truncate.open(QIODevice::WriteOnly | QIODevice::Truncate));
        truncate.write("short");
        truncate.close();
        const auto damaged = MasterKey::loadOrCreate(dir);
        QVERIFY(!damaged);
        QVERIFY(damaged.error().contains(u"damaged"_s));
    }

    void accountsOnSqlite()
    {
        const QString dir = m_dir.filePath(u"sqlite"_s);
        QVERIFY(QDir().mkpath(dir));
        accountsWork(DatabaseUrl::parse(QString(), dir).value(), dir);
    }

    void accountsOnPostgres()
    {
        const QString dir = m_dir.filePath(u"pg"_s);
        QVERIFY(QDir().mkpath(dir));
        accountsWork(DatabaseUrl::parse(m_postgres->url(), QString()).value(), dir);
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
