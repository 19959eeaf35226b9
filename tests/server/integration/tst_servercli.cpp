// The novamind-server command line: help, exit codes, bad values, start-up and clean stop, and
// the demo practice.

#include "tests/server/integration/ApiClient.h"
#include "tests/server/integration/ServerProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;
using nm::test::ServerProcess;

class TestServerCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpListsTheCommands()
    {
        const ServerProcess::Run run = ServerProcess::run({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("serve"), run.out.constData());
        QVERIFY(run.out.contains("Usage: novamind-server"));
    }

    void serveHelpListsEveryOptionAndVariable()
    {
        const ServerProcess::Run run = ServerProcess::run({u"serve"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *expected :
             {"--data-dir", "--database", "--listen", "--tls-cert", "--tls-key", "--log-format",
              "--max-body-bytes", "NOVAMIND_DATA_DIR", "NOVAMIND_LISTEN",
              "NOVAMIND_MAX_BODY_BYTES"})
            QVERIFY2(run.out.contains(expected), expected);
    }

    void unknownCommandExitsWithUsageError()
    {
        const ServerProcess::Run run = ServerProcess::run({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("frobnicate"), run.err.constData());
        QCOMPARE(ServerProcess::run({}).exitCode, 2);
    }

    void badValueStopsStartUpNamingIt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QList<QByteArray>>("mentions");
        QTest::newRow("plain http on all interfaces")
            << QStringList{u"--listen"_s, u"0.0.0.0:80"_s} << QStringList()
            << QList<QByteArray>{"--listen", "0.0.0.0:80", "loopback"};
        QTest::newRow("body limit")
            << QStringList{u"--max-body-bytes"_s, u"huge"_s} << QStringList()
            << QList<QByteArray>{"--max-body-bytes", "huge"};
        QTest::newRow("log format from the environment")
            << QStringList() << QStringList{u"NOVAMIND_LOG_FORMAT=yaml"_s}
            << QList<QByteArray>{"NOVAMIND_LOG_FORMAT", "yaml"};
        QTest::newRow("tls half configured")
            << QStringList{u"--tls-cert"_s, u"/etc/hostname"_s} << QStringList()
            << QList<QByteArray>{"--tls-cert", "--tls-key"};
    }

    void badValueStopsStartUpNamingIt()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, variables);
        QFETCH(QList<QByteArray>, mentions);
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : variables)
            environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        const ServerProcess::Run run = ServerProcess::run(
            QStringList{u"serve"_s, u"--data-dir"_s, dir.path()} + arguments, environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty()); // never "listening on"
        for (const QByteArray &mention : mentions)
            QVERIFY2(run.err.contains(mention), run.err.constData());
    }

    void missingDataDirectoryIsAUsageError()
    {
        const ServerProcess::Run run = ServerProcess::run({u"serve"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--data-dir"), run.err.constData());
    }

    void servesAndStopsCleanlyOnSigterm()
    {
        ServerProcess server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.port() > 0);
        // Created owner-only on first start: it will hold the database and the master key.
        const QFileInfo data(server.dataDirectory());
        QVERIFY(data.isDir());
        QCOMPARE(data.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        // The embedded database was created and migrated before the port opened.
        QVERIFY(QFile::exists(server.dataDirectory() + u"/novamind.db"_s));
        const QFile key(server.dataDirectory() + u"/master.key"_s);
        QCOMPARE(key.size(), 32);
        QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(server.stop(), 0);
    }

    void unreachableDatabaseStopsStartUp()
    {
        ServerProcess server({u"--database"_s, u"postgres://nobody@127.0.0.1:1/none"_s});
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(u"Cannot open the database postgres://nobody@127.0.0.1:1/none"_s),
                 qPrintable(error));
    }

    void userAddCreatesAnAccountTheServerThenServes()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        const QStringList add = {u"user"_s,
                                 u"add"_s,
                                 u"--data-dir"_s,
                                 data,
                                 u"--username"_s,
                                 u"Dr.Osei"_s,
                                 u"--role"_s,
                                 u"psychiatrist,admin"_s,
                                 u"--password-stdin"_s};
        const ServerProcess::Run created =
            ServerProcess::run(add, {}, "a long enough passphrase\n");
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(!QUuid::fromString(QString::fromUtf8(created.out.trimmed())).isNull(),
                 created.out.constData());
        QVERIFY(!created.err.contains("passphrase"));
        QCOMPARE(QFile(data + u"/master.key"_s).size(), 32);
        QCOMPARE(QFile(data + u"/master.key"_s).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        const ServerProcess::Run again = ServerProcess::run(add, {}, "another long passphrase\n");
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());

        QStringList badRole = add;
        badRole[7] = u"wizard"_s;
        const ServerProcess::Run role =
            ServerProcess::run(badRole, {}, "a long enough passphrase\n");
        QCOMPARE(role.exitCode, 2);
        QVERIFY(role.err.contains("--role \"wizard\""));

        const ServerProcess::Run noStdin = ServerProcess::run(add.mid(0, 8));
        QCOMPARE(noStdin.exitCode, 2);
        QVERIFY(noStdin.err.contains("--password-stdin"));

        // The same data directory: its key and database (a later --data-dir wins).
        const auto keyBytes = [&data] {
            QFile key(data + u"/master.key"_s);
            return key.open(QIODevice::ReadOnly) ? key.readAll() : QByteArray();
        };
        const QByteArray keyBefore = keyBytes();
        ServerProcess server({u"--data-dir"_s, data});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(keyBytes(), keyBefore); // reused, not replaced
        // …and the fixture's own directory was not the one used.
        QVERIFY(!QFile::exists(server.dataDirectory()));
        QCOMPARE(server.stop(), 0);
    }

    void seedDemoLoadsThePracticeOnceAndItsAccountsSignIn()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data"_s);
        const QStringList seed = {u"seed-demo"_s, u"--data-dir"_s, data, u"--patients"_s, u"6"_s};
        const ServerProcess::Run seeded = ServerProcess::run(seed);
        QCOMPARE(seeded.exitCode, 0);
        for (const char *account :
             {"admin", "dr.osei", "dr.lindqvist", "nurse.okafor", "auditor.chen"})
            QVERIFY2(seeded.out.contains(account), seeded.out.constData());
        QVERIFY(seeded.out.contains("novamind demo 2026"));
        // Never into a server that already holds data.
        const ServerProcess::Run again = ServerProcess::run(seed);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already has"), again.err.constData());
        QCOMPARE(
            ServerProcess::run({u"seed-demo"_s, u"--data-dir"_s, data, u"--patients"_s, u"0"_s})
                .exitCode,
            2);

        ServerProcess server({u"--data-dir"_s, data, u"--mfa-required-roles"_s, u"none"_s});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        nm::test::ApiClient api([&server](const QString &path) { return server.url(path); });
        const auto patientsSeenBy = [&api](const QString &username) {
            const QByteArray token = api.login(username, u"novamind demo 2026"_s)
                                         .json()
                                         .value(u"access_token"_s)
                                         .toString()
                                         .toLatin1();
            QSet<QString> patients;
            QString cursor = u"0"_s;
            for (bool more = true; more;) {
                const QJsonObject page =
                    api.get(u"/api/v1/sync/changes?since=%1"_s.arg(cursor), token).json();
                for (const QJsonValue &change : page.value(u"changes"_s).toArray()) {
                    if (change[u"entity"] == u"patient"_s && change[u"data"][u"synthetic"].toBool())
                        patients << change[u"id"].toString();
                }
                cursor = page.value(u"next_cursor"_s).toString();
                more = page.value(u"has_more"_s).toBool();
            }
            return patients;
        };
        // The nurse is on every care team; the psychiatrists share the patients between them.
        QCOMPARE(patientsSeenBy(u"nurse.okafor"_s).size(), 6);
        const QSet<QString> osei = patientsSeenBy(u"dr.osei"_s);
        const QSet<QString> lindqvist = patientsSeenBy(u"dr.lindqvist"_s);
        QVERIFY(!osei.isEmpty() && !lindqvist.isEmpty());
        QCOMPARE((osei | lindqvist).size(), 6);
        QCOMPARE(server.stop(), 0);
    }

    void jsonLogFormatStillStarts()
    {
        ServerProcess server({u"--log-format"_s, u"json"_s});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
