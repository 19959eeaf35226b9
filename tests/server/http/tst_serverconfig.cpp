// ServerConfig: options and NOVAMIND_* variables, the option winning; every bad value named in
// the message; plain HTTP only on loopback; TLS files that must exist and load.

#include "server/http/ServerConfig.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nm::server::RequestLog;
using nm::server::ServerConfig;

namespace {

QProcessEnvironment environment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return env;
}

} // namespace

class TestServerConfig final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certificate = m_dir.filePath(u"cert.pem"_s);
        m_key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-subj"_s, u"/CN=localhost"_s, u"-days"_s, u"2"_s,
                                     u"-keyout"_s, m_key, u"-out"_s, m_certificate});
        QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
        QCOMPARE(openssl.exitCode(), 0);
    }

    void defaultsNeedOnlyADataDirectory()
    {
        const auto config = ServerConfig::parse({u"--data-dir"_s, dataDir()}, {});
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error()));
        QCOMPARE(config.value().dataDirectory(), QFileInfo(dataDir()).absoluteFilePath());
        QCOMPARE(config.value().listenAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config.value().listenPort(), quint16(8080));
        QCOMPARE(config.value().maxBodyBytes(), 1024 * 1024);
        QCOMPARE(config.value().logFormat(), RequestLog::Format::Text);
        QVERIFY(!config.value().tlsEnabled());
        QCOMPARE(config.value().database().sqlitePath, dataDir() + u"/novamind.db"_s);
        QVERIFY(!config.value().usesPostgres());
    }

    void readsEveryOption()
    {
        const auto config = ServerConfig::parse(
            {u"--data-dir"_s, dataDir(), u"--listen"_s, u"[::1]:0"_s, u"--log-format=json"_s,
             u"--max-body-bytes"_s, u"1024"_s, u"--database"_s,
             u"postgres://nm:s3cret@db.example:5433/novamind"_s},
            {});
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error()));
        QCOMPARE(config.value().listenAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(config.value().listenPort(), quint16(0));
        QCOMPARE(config.value().logFormat(), RequestLog::Format::Json);
        QCOMPARE(config.value().maxBodyBytes(), 1024);
        QVERIFY(config.value().usesPostgres());
        QVERIFY(!config.value().databaseForDisplay().contains(u"s3cret"_s));
    }

    void optionWinsOverVariable()
    {
        const QProcessEnvironment env =
            environment({u"NOVAMIND_DATA_DIR="_s + dataDir(), u"NOVAMIND_MAX_BODY_BYTES=2048"_s,
                         u"NOVAMIND_LISTEN=127.0.0.1:9000"_s, u"NOVAMIND_LOG_FORMAT=json"_s});
        const auto fromEnvironment = ServerConfig::parse({}, env);
        QVERIFY2(fromEnvironment.ok(),
                 fromEnvironment.ok() ? "" : qPrintable(fromEnvironment.error()));
        QCOMPARE(fromEnvironment.value().maxBodyBytes(), 2048);
        QCOMPARE(fromEnvironment.value().listenPort(), quint16(9000));
        QCOMPARE(fromEnvironment.value().logFormat(), RequestLog::Format::Json);

        const auto overridden =
            ServerConfig::parse({u"--max-body-bytes"_s, u"4096"_s, u"--listen"_s,
                                 u"127.0.0.1:9001"_s, u"--log-format"_s, u"text"_s},
                                env);
        QVERIFY2(overridden.ok(), overridden.ok() ? "" : qPrintable(overridden.error()));
        QCOMPARE(overridden.value().maxBodyBytes(), 4096);
        QCOMPARE(overridden.value().listenPort(), quint16(9001));
        QCOMPARE(overridden.value().logFormat(), RequestLog::Format::Text);

        // A bad variable the option replaces is not used, so it cannot stop start-up.
        const auto badVariable = ServerConfig::parse(
            {u"--max-body-bytes"_s, u"10"_s},
            environment({u"NOVAMIND_DATA_DIR="_s + dataDir(), u"NOVAMIND_MAX_BODY_BYTES=lots"_s}));
        QVERIFY(badVariable.ok());
        QCOMPARE(badVariable.value().maxBodyBytes(), 10);
    }

    void badValueNamesItself_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QStringList>("mentions");

        const QStringList base{u"--data-dir"_s, u"@DATA@"_s};
        QTest::newRow("listen without port")
            << base + QStringList{u"--listen"_s, u"127.0.0.1"_s} << QStringList()
            << QStringList{u"--listen"_s, u"\"127.0.0.1\""_s};
        QTest::newRow("listen host name")
            << base + QStringList{u"--listen"_s, u"example.org:80"_s} << QStringList()
            << QStringList{u"--listen"_s, u"example.org:80"_s};
        QTest::newRow("listen port too big")
            << base + QStringList{u"--listen"_s, u"127.0.0.1:70000"_s} << QStringList()
            << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s, u"65535"_s};
        QTest::newRow("listen ipv6 without brackets")
            << base + QStringList{u"--listen"_s, u"::1:8080"_s} << QStringList()
            << QStringList{u"--listen"_s, u"::1:8080"_s};
        QTest::newRow("plain http on all interfaces")
            << base + QStringList{u"--listen"_s, u"0.0.0.0:80"_s} << QStringList()
            << QStringList{u"--listen"_s, u"0.0.0.0:80"_s, u"loopback"_s, u"--tls-cert"_s};
        QTest::newRow("plain http on a LAN address")
            << base + QStringList{u"--listen"_s, u"192.168.1.10:8080"_s} << QStringList()
            << QStringList{u"--listen"_s, u"192.168.1.10:8080"_s, u"loopback"_s};
        QTest::newRow("plain http on ipv6 any")
            << base + QStringList{u"--listen"_s, u"[::]:8080"_s} << QStringList()
            << QStringList{u"--listen"_s, u"[::]:8080"_s, u"loopback"_s};
        QTest::newRow("listen from the environment")
            << base << QStringList{u"NOVAMIND_LISTEN=0.0.0.0:8080"_s}
            << QStringList{u"NOVAMIND_LISTEN"_s, u"0.0.0.0:8080"_s};
        QTest::newRow("log format")
            << base + QStringList{u"--log-format"_s, u"xml"_s} << QStringList()
            << QStringList{u"--log-format"_s, u"\"xml\""_s, u"text or json"_s};
        QTest::newRow("log format from the environment")
            << base << QStringList{u"NOVAMIND_LOG_FORMAT=JSON"_s}
            << QStringList{u"NOVAMIND_LOG_FORMAT"_s, u"\"JSON\""_s};
        QTest::newRow("body limit zero")
            << base + QStringList{u"--max-body-bytes"_s, u"0"_s} << QStringList()
            << QStringList{u"--max-body-bytes"_s, u"\"0\""_s};
        QTest::newRow("body limit not a number")
            << base + QStringList{u"--max-body-bytes"_s, u"1MB"_s} << QStringList()
            << QStringList{u"--max-body-bytes"_s, u"\"1MB\""_s};
        QTest::newRow("body limit too large")
            << base + QStringList{u"--max-body-bytes"_s, u"99999999999"_s} << QStringList()
            << QStringList{u"--max-body-bytes"_s, u"99999999999"_s};
        QTest::newRow("body limit from the environment")
            << base << QStringList{u"NOVAMIND_MAX_BODY_BYTES=-5"_s}
            << QStringList{u"NOVAMIND_MAX_BODY_BYTES"_s, u"\"-5\""_s};
        QTest::newRow("database scheme")
            << base + QStringList{u"--database"_s, u"mysql://db/x"_s} << QStringList()
            << QStringList{u"--database"_s, u"mysql://db/x"_s};
        QTest::newRow("postgres without host")
            << base + QStringList{u"--database"_s, u"postgres:///novamind"_s} << QStringList()
            << QStringList{u"--database"_s, u"postgres:///novamind"_s};
        QTest::newRow("postgres without database")
            << base + QStringList{u"--database"_s, u"postgres://db.example"_s} << QStringList()
            << QStringList{u"--database"_s, u"postgres://db.example"_s};
        QTest::newRow("sqlite without path")
            << base + QStringList{u"--database"_s, u"sqlite:"_s} << QStringList()
            << QStringList{u"--database"_s, u"\"sqlite:\""_s};
        QTest::newRow("certificate without key")
            << base + QStringList{u"--tls-cert"_s, u"@CERT@"_s} << QStringList()
            << QStringList{u"--tls-cert"_s, u"--tls-key"_s, u"both"_s};
        QTest::newRow("key without certificate")
            << base << QStringList{u"NOVAMIND_TLS_KEY=@KEY@"_s}
            << QStringList{u"NOVAMIND_TLS_KEY"_s, u"--tls-cert"_s};
        QTest::newRow("certificate file missing")
            << base + QStringList{u"--tls-cert"_s, u"/nonexistent/cert.pem"_s, u"--tls-key"_s,
                                  u"@KEY@"_s}
            << QStringList()
            << QStringList{u"--tls-cert"_s, u"/nonexistent/cert.pem"_s, u"no such file"_s};
        QTest::newRow("certificate not PEM")
            << base + QStringList{u"--tls-cert"_s, u"@GARBAGE@"_s, u"--tls-key"_s, u"@KEY@"_s}
            << QStringList() << QStringList{u"--tls-cert"_s, u"garbage.txt"_s, u"PEM"_s};
        QTest::newRow("key not a key")
            << base + QStringList{u"--tls-cert"_s, u"@CERT@"_s, u"--tls-key"_s, u"@CERT@"_s}
            << QStringList() << QStringList{u"--tls-key"_s, u"cert.pem"_s, u"private key"_s};
        QTest::newRow("data dir is a file")
            << QStringList{u"--data-dir"_s, u"@GARBAGE@"_s} << QStringList()
            << QStringList{u"--data-dir"_s, u"garbage.txt"_s, u"not a directory"_s};
        QTest::newRow("data dir missing") << QStringList() << QStringList()
                                          << QStringList{u"--data-dir"_s, u"NOVAMIND_DATA_DIR"_s};
        QTest::newRow("unknown option") << base + QStringList{u"--frobnicate"_s} << QStringList()
                                        << QStringList{u"frobnicate"_s};
        QTest::newRow("option without value")
            << base + QStringList{u"--listen"_s} << QStringList() << QStringList{u"listen"_s};
        QTest::newRow("stray argument")
            << base + QStringList{u"extra"_s} << QStringList() << QStringList{u"\"extra\""_s};
    }

    void badValueNamesItself()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, variables);
        QFETCH(QStringList, mentions);
        const QString garbage = writeFile(u"garbage.txt"_s, "not a certificate\n");
        const auto substitute = [&](QStringList list) {
            for (QString &item : list) {
                item.replace(u"@DATA@"_s, dataDir())
                    .replace(u"@CERT@"_s, m_certificate)
                    .replace(u"@KEY@"_s, m_key)
                    .replace(u"@GARBAGE@"_s, garbage);
            }
            return list;
        };
        const auto config =
            ServerConfig::parse(substitute(options), environment(substitute(variables)));
        QVERIFY(!config.ok());
        for (const QString &mention : mentions)
            QVERIFY2(config.error().contains(mention),
                     qPrintable(u"\"%1\" does not mention %2"_s.arg(config.error(), mention)));
    }

    void databasePasswordNeverInMessages()
    {
        const auto config = ServerConfig::parse(
            {u"--data-dir"_s, dataDir(), u"--database"_s, u"postgres://nm:hunter2@/novamind"_s},
            {});
        QVERIFY(!config.ok());
        QVERIFY(config.error().contains(u"--database"_s));
        QVERIFY2(!config.error().contains(u"hunter2"_s), qPrintable(config.error()));
    }

    void loopbackAllowsPlainHttp_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("ipv4") << u"127.0.0.1:8080"_s;
        QTest::newRow("ipv4 loopback range") << u"127.0.0.2:8080"_s;
        QTest::newRow("ipv6") << u"[::1]:8080"_s;
        QTest::newRow("localhost") << u"localhost:0"_s;
    }

    void loopbackAllowsPlainHttp()
    {
        QFETCH(QString, listen);
        const auto config =
            ServerConfig::parse({u"--data-dir"_s, dataDir(), u"--listen"_s, listen}, {});
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error()));
        QVERIFY(config.value().listenAddress().isLoopback());
    }

    void tlsAllowsAnyAddress()
    {
        const auto config =
            ServerConfig::parse({u"--data-dir"_s, dataDir(), u"--listen"_s, u"0.0.0.0:8443"_s,
                                 u"--tls-cert"_s, m_certificate, u"--tls-key"_s, m_key},
                                {});
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error()));
        QVERIFY(config.value().tlsEnabled());
        QCOMPARE(config.value().listenAddress(), QHostAddress(QHostAddress::AnyIPv4));
        const QSslConfiguration ssl = config.value().sslConfiguration();
        QCOMPARE(ssl.protocol(), QSsl::TlsV1_2OrLater);
        QVERIFY(!ssl.localCertificate().isNull());
        QVERIFY(!ssl.privateKey().isNull());
    }

    void dataDirectoryIsCreatedOwnerOnly()
    {
        const QString nested = m_dir.filePath(u"new/deeper/data"_s);
        const auto config = ServerConfig::parse({u"--data-dir"_s, nested}, {});
        QVERIFY(config.ok());
        QVERIFY(!QFileInfo::exists(nested)); // parsing changes nothing on disk
        const auto prepared = config.value().prepareDataDirectory();
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error()));
        const QFileInfo info(nested);
        QVERIFY(info.isDir());
        QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(config.value().prepareDataDirectory().ok()); // an existing one is fine
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
