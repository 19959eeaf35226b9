// The private PostgreSQL fixture itself: it starts, serves QPSQL, and is gone afterwards.

#include "tests/support/PostgresCluster.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::test::PostgresCluster;

class TestPostgresCluster final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsServesAndStops()
    {
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
        int port = 0;
        {
            auto started = PostgresCluster::start();
            QVERIFY2(started, qPrintable(started ? QString() : started.error()));
            const PostgresCluster &cluster = *started.value();
            port = cluster.port();
            QVERIFY(cluster.url().startsWith(u"postgres://novamind@127.0.0.1:"_s));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg"_s);
                db.setHostName(cluster.host());
                db.setPort(cluster.port());
                db.setUserName(cluster.user());
                db.setDatabaseName(cluster.database());
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                {
                    QSqlQuery q(db);
                    QVERIFY(
                        q.exec(u"CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)"_s));
                    QVERIFY(q.prepare(u"INSERT INTO t (name) VALUES (?) RETURNING id"_s));
                    q.addBindValue(u"Zoë 😀"_s);
                    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                    QVERIFY(q.exec(u"SELECT name, current_database(), version() FROM t"_s));
                    QVERIFY(q.next());
                    QCOMPARE(q.value(0).toString(), u"Zoë 😀"_s);
                    QCOMPARE(q.value(1).toString(), u"novamind"_s);
                    QVERIFY(q.value(2).toString().startsWith(u"PostgreSQL"_s));
                } // the prepared statement is freed while the connection is still open
                db.close();
            }
            QSqlDatabase::removeDatabase(u"pg"_s);
        }
        // Stopped with the fixture: nothing listens on its port any more.
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, quint16(port));
        QVERIFY(!probe.waitForConnected(1000));
    }
};

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
