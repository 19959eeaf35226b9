// The server's database on embedded SQLite and on a private PostgreSQL cluster.

#include "server/store/DatabaseUrl.h"
#include "server/store/ServerDatabase.h"
#include "tests/support/PostgresCluster.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using nm::server::DatabaseUrl;
using nm::server::ServerDatabase;

namespace {

const QStringList ExpectedTables = {
    u"audit_events"_s,   u"break_glass_grants"_s, u"care_team"_s, u"devices"_s, u"login_failures"_s,
    u"refresh_tokens"_s, u"schema_migrations"_s,  u"sessions"_s,  u"users"_s};
// The schema version the migrations in resources/migrations/server reach.
constexpr int LatestSchema = 4;

QStringList serverTables(const QSqlDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.tables()) {
        if (ExpectedTables.contains(table))
            tables << table;
    }
    tables.sort();
    return tables;
}

} // namespace

class TestServerDatabase final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<nm::test::PostgresCluster> m_postgres;

    void migratesOnceAndServesEveryThread(const DatabaseUrl &url)
    {
        auto opened = ServerDatabase::open(url);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QCOMPARE(opened.value().schemaVersion(), LatestSchema);
        const QSqlDatabase db = opened.value().connection();
        QCOMPARE(serverTables(db), ExpectedTables);
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM schema_migrations"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), LatestSchema);
        }

        auto again = ServerDatabase::open(url); // a restart: nothing to migrate
        QVERIFY2(again, qPrintable(again ? QString() : again.error()));
        {
            QSqlQuery q(again.value().connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM schema_migrations"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), LatestSchema);
        }

        // Another thread gets a connection of its own, and it works.
        QString otherName;
        int users = -1;
        QThread *worker = QThread::create([&] {
            const QSqlDatabase mine = again.value().connection();
            otherName = mine.connectionName();
            QSqlQuery q(mine);
            if (q.exec(u"SELECT count(*) FROM users"_s) && q.next())
                users = q.value(0).toInt();
        });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QCOMPARE(users, 0);
        QVERIFY(otherName != again.value().connection().connectionName());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // PostgreSQL must run here, in CI too: a missing cluster is a failure, not a skip.
        auto started = nm::test::PostgresCluster::start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error()));
        m_postgres = std::move(started).value();
    }

    void parsesDatabaseUrls()
    {
        const auto embedded = DatabaseUrl::parse(QString(), u"/var/lib/novamind"_s);
        QVERIFY(embedded);
        QCOMPARE(embedded.value().kind, DatabaseUrl::Kind::Sqlite);
        QCOMPARE(embedded.value().sqlitePath, u"/var/lib/novamind/novamind.db"_s);

        const auto pg = DatabaseUrl::parse(
            u"postgres://nm:s3cret@db.internal:6432/novamind?sslmode=require"_s, QString());
        QVERIFY(pg);
        QCOMPARE(pg.value().kind, DatabaseUrl::Kind::Postgres);
        QCOMPARE(pg.value().host, u"db.internal"_s);
        QCOMPARE(pg.value().port, 6432);
        QCOMPARE(pg.value().user, u"nm"_s);
        QCOMPARE(pg.value().database, u"novamind"_s);
        QCOMPARE(pg.value().connectOptions, u"sslmode=require"_s);
        QVERIFY(!pg.value().redacted().contains(u"s3cret"_s));

        for (const QString &bad : {u"mysql://x@y/z"_s, u"postgres://host/db"_s,
                                   u"postgres://u@h/db?password=x"_s, u"sqlite://relative.db"_s}) {
            const auto refused = DatabaseUrl::parse(bad, u"/tmp"_s);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY(!refused.error().contains(u"s3cret"_s));
        }
        QVERIFY(!DatabaseUrl::parse(QString(), QString()));
    }

    void embeddedSqlite()
    {
        const auto url = DatabaseUrl::parse(QString(), m_dir.path());
        QVERIFY(url);
        migratesOnceAndServesEveryThread(url.value());
    }

    void postgres()
    {
        const auto url = DatabaseUrl::parse(m_postgres->url(), QString());
        QVERIFY2(url, qPrintable(url ? QString() : url.error()));
        migratesOnceAndServesEveryThread(url.value());
    }

    void unreachableDatabaseIsAClearError()
    {
        const auto url = DatabaseUrl::parse(u"postgres://nobody@127.0.0.1:1/none"_s, QString());
        QVERIFY(url);
        const auto refused = ServerDatabase::open(url.value());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"Cannot open the database postgres://nobody@"_s),
                 qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
