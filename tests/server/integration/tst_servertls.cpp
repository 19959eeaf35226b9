// novamind-server over TLS with a certificate this test generates: verified clients get through,
// unverified ones do not, and TLS 1.0/1.1 are refused.

#include "tests/server/integration/ServerProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using nm::test::ServerProcess;

namespace {

// Runs openssl with \a arguments and \a input on its standard input, which stays open until
// \a awaited appears in the output (s_client quits at end of input, before a slow answer, and
// QHttpServer keeps the connection open) or the process ends. Exit code, or -1.
int openssl(const QStringList &arguments, QByteArray *output = nullptr,
            const QByteArray &input = {}, const QByteArray &awaited = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForStarted())
        return -1;
    process.write(input);
    QByteArray seen;
    QDeadlineTimer deadline(15'000);
    while (!awaited.isEmpty() && !seen.contains(awaited) && process.state() == QProcess::Running &&
           !deadline.hasExpired()) {
        if (process.waitForReadyRead(int(deadline.remainingTime())))
            seen += process.readAll();
    }
    process.closeWriteChannel();
    // waitForFinished() is false for a process that has already ended.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(30'000))
        return -1;
    if (output)
        *output = seen + process.readAll();
    return process.exitCode();
}

} // namespace

class TestServerTls final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<ServerProcess> m_server;

    QNetworkReply *get(QNetworkAccessManager &network, const QSslConfiguration &tls)
    {
        QNetworkRequest request(m_server->url(u"/api/v1/health"_s));
        request.setSslConfiguration(tls);
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
        loop.exec();
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cert = m_dir.filePath(u"cert.pem"_s);
        m_key = m_dir.filePath(u"key.pem"_s);
        QByteArray output;
        const int made =
            openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                     u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, m_key, u"-out"_s,
                     m_cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                     u"subjectAltName=IP:127.0.0.1"_s},
                    &output);
        QVERIFY2(made == 0, output.constData());
        m_server = std::make_unique<ServerProcess>(
            QStringList{u"--tls-cert"_s, m_cert, u"--tls-key"_s, m_key});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QCOMPARE(m_server->url(u"/"_s).scheme(), u"https"_s);
    }

    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    void aClientThatTrustsTheCertificateGetsThrough()
    {
        QFile file(m_cert);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(file.readAll(), QSsl::Pem));
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(get(network, tls));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->rawHeader("Strict-Transport-Security").contains("max-age="));
        QVERIFY(reply->sslConfiguration().sessionProtocol() == QSsl::TlsV1_2 ||
                reply->sslConfiguration().sessionProtocol() == QSsl::TlsV1_3);
    }

    void verificationStaysOn()
    {
        // The system trust store does not know this certificate: the request must fail.
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            get(network, QSslConfiguration::defaultConfiguration()));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    }

    void oldProtocolsAreRefused_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.0") << u"-tls1"_s << false;
        QTest::newRow("TLS 1.1") << u"-tls1_1"_s << false;
        QTest::newRow("TLS 1.2") << u"-tls1_2"_s << true; // the control: the probe itself works
        QTest::newRow("TLS 1.3") << u"-tls1_3"_s << true;
    }

    void oldProtocolsAreRefused()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, accepted);
        QByteArray output;
        // SECLEVEL=0 lets the client offer the old protocols, so the server is what refuses.
        const int exitCode =
            openssl({u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(m_server->port()),
                     protocol, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s, u"-CAfile"_s, m_cert,
                     u"-verify_return_error"_s, u"-brief"_s},
                    &output, "GET /api/v1/health HTTP/1.0\r\n\r\n", "200 OK");
        if (accepted) {
            QVERIFY2(exitCode == 0, output.constData());
            QVERIFY2(output.contains("200 OK"), output.constData());
        } else {
            QVERIFY2(exitCode != 0, output.constData());
            QVERIFY2(!output.contains("CONNECTION ESTABLISHED"), output.constData());
            // An alert the server sent: the client did offer the old protocol (a client that
            // refused on its own would fail without one).
            QVERIFY2(output.contains("alert protocol version"), output.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
