// The fault-injecting HTTP proxy, in front of a tiny keep-alive HTTP/1.1 server inside the test
// and driven by QNetworkAccessManager, raw sockets and curl: each fault kind, plan order, random
// mode, the path filter, and a proxy that keeps serving while the test thread is blocked.

#include "tests/support/FaultProxy.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using nm::test::FaultProxy;
using Fault = FaultProxy::Fault;
using Kind = FaultProxy::Fault::Kind;

namespace nm::test {
// QCOMPARE names faults when lists of them differ.
char *toString(const FaultProxy::Fault &fault)
{
    return qstrdup(qPrintable(fault.describe()));
}
} // namespace nm::test

namespace {

// A keep-alive HTTP/1.1 server in a thread of its own. POST /echo answers with the request body;
// GET /chunked with a chunked body; anything else with {"count": n, "method", "path"}, n counting
// the requests it answered. It records every byte it received and sent.
class EchoServer {
public:
    EchoServer()
    {
        m_thread.reset(QThread::create([this] { serve(); }));
        m_thread->start();
        m_ready.acquire();
    }
    ~EchoServer()
    {
        m_thread->quit();
        m_thread->wait();
    }
    EchoServer(const EchoServer &) = delete;
    EchoServer &operator=(const EchoServer &) = delete;

    quint16 port() const { return m_port; }
    int requests() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int connections() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_connections;
    }
    QByteArray received() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_received;
    }
    QByteArray sent() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_sent;
    }

    static constexpr QByteArrayView ChunkedBody = "first chunk|second|third, the last";

private:
    void serve()
    {
        QTcpServer server;
        QObject sockets; // goes before the server
        QObject::connect(&server, &QTcpServer::newConnection, &sockets, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setParent(&sockets);
                {
                    const QMutexLocker lock(&m_mutex);
                    ++m_connections;
                }
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket, buffer] { answer(*socket, *buffer); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        if (server.listen(QHostAddress(QHostAddress::LocalHost), 0))
            m_port = server.serverPort();
        m_ready.release();
        QEventLoop loop;
        loop.exec();
    }

    void answer(QTcpSocket &socket, QByteArray &buffer)
    {
        const QByteArray in = socket.readAll();
        buffer += in;
        {
            const QMutexLocker lock(&m_mutex);
            m_received += in;
        }
        for (;;) {
            const qsizetype blank = buffer.indexOf("\r\n\r\n");
            if (blank < 0)
                return;
            const QByteArray head = buffer.left(blank);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < blank + 4 + length)
                return;
            const QByteArray body = buffer.mid(blank + 4, length);
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            buffer.remove(0, blank + 4 + length);
            int count = 0;
            {
                const QMutexLocker lock(&m_mutex);
                count = ++m_requests;
            }
            const QByteArray method = requestLine.value(0);
            const QByteArray path = requestLine.value(1);
            QByteArray response;
            if (method == "POST" && path == "/echo") {
                response = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                           "Content-Length: " +
                           QByteArray::number(body.size()) + "\r\n\r\n" + body;
            } else if (path == "/chunked") {
                response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
                for (const QByteArray &chunk : ChunkedBody.toByteArray().split('|'))
                    response += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
                response += "0\r\n\r\n";
            } else {
                const QByteArray json =
                    QJsonDocument(QJsonObject{{u"count"_s, count},
                                              {u"method"_s, QString::fromLatin1(method)},
                                              {u"path"_s, QString::fromLatin1(path)}})
                        .toJson(QJsonDocument::Compact);
                response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                           QByteArray::number(json.size()) + "\r\n\r\n" + json;
            }
            {
                const QMutexLocker lock(&m_mutex);
                m_sent += response;
            }
            socket.write(response);
        }
    }

    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    int m_requests = 0;
    int m_connections = 0;
    QByteArray m_received;
    QByteArray m_sent;
};

// How many complete responses (Content-Length or chunked) `data` holds.
int completeResponses(const QByteArray &data)
{
    int count = 0;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype blank = data.indexOf("\r\n\r\n", pos);
        if (blank < 0)
            return count;
        const QByteArray head = data.mid(pos, blank - pos).toLower();
        qsizetype end = blank + 4;
        if (head.contains("transfer-encoding: chunked")) {
            const qsizetype last = data.indexOf("\r\n0\r\n\r\n", blank);
            if (last < 0)
                return count;
            end = last + 7;
        } else if (const qsizetype at = head.indexOf("content-length:"); at >= 0) {
            const qsizetype eol = head.indexOf('\r', at);
            end += head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
        }
        if (data.size() < end)
            return count;
        ++count;
        pos = end;
    }
}

// Reads until `count` complete responses arrived, the connection ended or the time ran out.
QByteArray readResponses(QTcpSocket &socket, int count, int timeoutMs = 10000)
{
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        data += socket.readAll();
        if (completeResponses(data) >= count || deadline.hasExpired() ||
            socket.state() != QAbstractSocket::ConnectedState)
            return data;
        if (!socket.waitForReadyRead(int(deadline.remainingTime()))) {
            data += socket.readAll();
            return data;
        }
    }
}

// Reads until the peer closes the connection; false if it did not within the time.
bool readUntilClosed(QTcpSocket &socket, QByteArray *data, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(deadline.remainingTime()));
        *data += socket.readAll();
    }
    *data += socket.readAll();
    return socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray postRequest(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// One request on a connection of its own: "200", "closed" (no response byte), "partial"
// (cut short) or "timeout".
QByteArray rawOutcome(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(request);
    const QByteArray data = readResponses(socket, 1);
    if (completeResponses(data) == 1)
        return data.mid(9, 3); // "HTTP/1.1 429 …"
    if (socket.state() == QAbstractSocket::ConnectedState)
        return "timeout";
    return data.isEmpty() ? "closed" : "partial";
}

struct Outcome {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;
    qint64 elapsedMs = 0;
};

Outcome send(QNetworkAccessManager &nam, quint16 port, const QByteArray &method,
             const QString &path, const QByteArray &body = {}, int transferTimeoutMs = 10000)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setTransferTimeout(transferTimeoutMs);
    if (method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(
        method == "GET" ? nam.get(request) : nam.sendCustomRequest(request, method, body));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit); // never hang the suite
        loop.exec();
    }
    Outcome outcome;
    outcome.elapsedMs = clock.elapsed();
    outcome.error = reply->error();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply is closed
        outcome.body = reply->readAll();
    outcome.retryAfter = reply->rawHeader("Retry-After");
    outcome.contentType = reply->rawHeader("Content-Type");
    return outcome;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

class TestFaultProxy final : public QObject {
    Q_OBJECT

    std::unique_ptr<EchoServer> m_echo;
    std::unique_ptr<FaultProxy> m_proxy;

    quint16 port() const { return m_proxy->port(); }

private Q_SLOTS:
    void init()
    {
        m_echo = std::make_unique<EchoServer>();
        QVERIFY(m_echo->port() != 0);
        auto started = FaultProxy::start(m_echo->port());
        QVERIFY2(started, qPrintable(started ? QString() : started.error()));
        m_proxy = std::move(started).value();
        QVERIFY(m_proxy->port() != 0);
        QVERIFY(m_proxy->port() != m_echo->port());
    }

    void cleanup()
    {
        m_proxy.reset();
        m_echo.reset();
    }

    // Raw bytes both ways, pipelined and split writes, a 200 KB binary body, a chunked response.
    void noneRoundTripsByteIdentically()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
        QVERIFY(socket.waitForConnected(5000));

        const QByteArray get = "GET /status?since=42 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray big = randomBytes(200 * 1024, 7) + "\r\n\r\nHTTP/1.1 200 OK\r\n\r\n";
        const QByteArray post = postRequest("/echo", big);
        const QByteArray chunked = "GET /chunked HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

        // The GET and the start of the POST together; the rest of the POST in pieces.
        socket.write(get + post.left(100));
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray received = readResponses(socket, 1);
        for (qsizetype at = 100; at < post.size(); at += 64 * 1024) {
            socket.write(post.mid(at, 64 * 1024));
            QVERIFY(socket.waitForBytesWritten(5000));
        }
        socket.write(chunked);
        received += readResponses(socket, 2);

        QCOMPARE(completeResponses(received), 3);
        QCOMPARE(m_echo->received(), get + post + chunked);
        QCOMPARE(received.size(), m_echo->sent().size());
        QVERIFY(received == m_echo->sent());
        QVERIFY(received.contains(big));
        QVERIFY(received.endsWith("0\r\n\r\n"));
        QCOMPARE(m_echo->requests(), 3);
        QCOMPARE(m_echo->connections(), 1); // one upstream connection, kept alive
        QCOMPARE(m_proxy->connectionsAccepted(), 1);
        QCOMPARE(m_proxy->requestsSeen(), 3);
        QCOMPARE(m_proxy->requestsForwarded(), 3);
        QCOMPARE(m_proxy->faultsInjected(), 0);
        QCOMPARE(m_proxy->faultsInjected(Kind::None), 3);
        QCOMPARE(m_proxy->requestLines(),
                 (QList<QByteArray>{"GET /status?since=42", "POST /echo", "GET /chunked"}));
        QCOMPARE(m_proxy->appliedFaults(), QList<Fault>(3, Fault::none()));
    }

    void qnamKeepsAliveThroughProxy()
    {
        QNetworkAccessManager nam;
        for (int i = 1; i <= 3; ++i) {
            const Outcome got = send(nam, port(), "GET", u"/api/v1/health"_s);
            QCOMPARE(got.error, QNetworkReply::NoError);
            QCOMPARE(got.status, 200);
            QCOMPARE(QJsonDocument::fromJson(got.body).object().value(u"count"_s).toInt(), i);
        }
        const QByteArray big = randomBytes(200 * 1024, 11);
        const Outcome echoed = send(nam, port(), "POST", u"/echo"_s, big);
        QCOMPARE(echoed.status, 200);
        QVERIFY(echoed.body == big);
        QCOMPARE(m_proxy->connectionsAccepted(), 1);
        QCOMPARE(m_echo->connections(), 1);
        QCOMPARE(m_proxy->requestsForwarded(), 4);
    }

    void dropBeforeForwardNeverReachesServer()
    {
        m_proxy->setPlan({Fault::dropBeforeForward()});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(postRequest("/api/v1/sync/changes", R"({"changes":[]})"));
        QByteArray data;
        QVERIFY(readUntilClosed(socket, &data));
        QVERIFY(data.isEmpty());
        QCOMPARE(m_echo->requests(), 0);
        QCOMPARE(m_proxy->requestsSeen(), 1);
        QCOMPARE(m_proxy->requestsForwarded(), 0);
        QCOMPARE(m_proxy->faultsInjected(Kind::DropBeforeForward), 1);

        // QNetworkAccessManager (6.4) sends a request once more, on a new connection, when the
        // connection closes before any response byte: it reports the error on the second drop.
        m_proxy->resetCounters();
        m_proxy->setDefault(Fault::dropBeforeForward());
        QNetworkAccessManager nam;
        const Outcome got = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}");
        QCOMPARE(got.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_echo->requests(), 0);
        QCOMPARE(m_proxy->requestsForwarded(), 0);
        QCOMPARE(m_proxy->requestsSeen(), 2);
        QCOMPARE(m_proxy->connectionsAccepted(), 2);
        QCOMPARE(m_proxy->faultsInjected(Kind::DropBeforeForward), 2);
    }

    void dropAfterForwardReachesServerOnly()
    {
        m_proxy->setPlan({Fault::dropAfterForward()});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(postRequest("/api/v1/sync/changes", R"({"changes":[]})"));
        QByteArray data;
        QVERIFY(readUntilClosed(socket, &data));
        QVERIFY(data.isEmpty());
        QCOMPARE(m_echo->requests(), 1); // the server applied it; the client never heard
        QVERIFY(m_echo->sent().startsWith("HTTP/1.1 200"));
        QCOMPARE(m_proxy->requestsForwarded(), 1);
        QCOMPARE(m_proxy->faultsInjected(Kind::DropAfterForward), 1);

        m_proxy->resetCounters();
        m_proxy->setDefault(Fault::dropAfterForward());
        QNetworkAccessManager nam;
        const Outcome got = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}");
        QCOMPARE(got.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_proxy->requestsSeen(), 2); // the resend, as above
        QCOMPARE(m_echo->requests(), 1 + 2);  // and both attempts landed
        QCOMPARE(m_proxy->requestsForwarded(), 2);
    }

    // The same resend makes one lost response invisible to a QNetworkAccessManager caller, and
    // the server gets the POST twice: what idempotency keys are for.
    void qnamResendsPostAfterOneDroppedResponse()
    {
        m_proxy->setPlan({Fault::dropAfterForward()});
        QNetworkAccessManager nam;
        const Outcome got = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}");
        QCOMPARE(got.error, QNetworkReply::NoError);
        QCOMPARE(got.status, 200);
        QCOMPARE(QJsonDocument::fromJson(got.body).object().value(u"count"_s).toInt(), 2);
        QCOMPARE(m_echo->requests(), 2);
        QCOMPARE(m_proxy->appliedFaults(),
                 (QList<Fault>{Fault::dropAfterForward(), Fault::none()}));
    }

    void delayTripsTransferTimeout()
    {
        m_proxy->setPlan({Fault::delay(1500), Fault::delay(200)});
        QNetworkAccessManager nam;
        const Outcome timedOut = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}", 300);
        QVERIFY2(timedOut.error == QNetworkReply::OperationCanceledError ||
                     timedOut.error == QNetworkReply::TimeoutError,
                 QByteArray::number(int(timedOut.error)).constData());
        QVERIFY2(timedOut.elapsedMs < 1400, QByteArray::number(timedOut.elapsedMs).constData());
        QCOMPARE(m_echo->requests(), 0);
        // Still on its way: it reaches the server after the client gave up.
        QTRY_COMPARE_WITH_TIMEOUT(m_echo->requests(), 1, 5000);
        QCOMPARE(m_proxy->requestsForwarded(), 1);

        const Outcome slow = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}", 5000);
        QCOMPARE(slow.error, QNetworkReply::NoError);
        QCOMPARE(slow.status, 200);
        QVERIFY2(slow.elapsedMs >= 190, QByteArray::number(slow.elapsedMs).constData());
        QCOMPARE(m_proxy->faultsInjected(Kind::Delay), 2);
    }

    void truncateResponseGivesIncompleteReply()
    {
        const QByteArray body = randomBytes(1000, 3);
        m_proxy->setPlan({Fault::truncateResponse(150)});
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(postRequest("/echo", body));
        QByteArray data;
        QVERIFY(readUntilClosed(socket, &data));
        QCOMPARE(data.size(), 150);
        QVERIFY(data == m_echo->sent().left(150));
        QCOMPARE(m_echo->requests(), 1);

        m_proxy->setPlan({Fault::truncateResponse(150)});
        QNetworkAccessManager nam;
        const Outcome got = send(nam, port(), "POST", u"/echo"_s, body);
        QCOMPARE(got.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(got.body.size() < body.size());
        QCOMPARE(m_echo->requests(), 2);
        QCOMPARE(m_proxy->faultsInjected(Kind::TruncateResponse), 2);
    }

    void statusAnswersWithoutForwarding()
    {
        m_proxy->setPlan({Fault::status(429, 7), Fault::status(500)});
        QNetworkAccessManager nam;

        const Outcome limited = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, "7");
        QCOMPARE(limited.contentType, "application/problem+json");
        const QJsonObject problem = QJsonDocument::fromJson(limited.body).object();
        QCOMPARE(problem.value(u"code"_s).toString(), u"rate_limited"_s);
        QCOMPARE(problem.value(u"status"_s).toInt(), 429);
        QCOMPARE(problem.value(u"title"_s).toString(), u"Injected failure"_s);
        QCOMPARE(problem.value(u"type"_s).toString(),
                 u"https://novamind.example/problems/rate_limited"_s);

        const Outcome failed = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}");
        QCOMPARE(failed.status, 500);
        QVERIFY(failed.retryAfter.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(failed.body).object().value(u"code"_s).toString(),
                 u"injected"_s);

        QCOMPARE(m_echo->requests(), 0);
        const Outcome passed = send(nam, port(), "POST", u"/api/v1/sync/changes"_s, "{}");
        QCOMPARE(passed.status, 200);
        QCOMPARE(QJsonDocument::fromJson(passed.body).object().value(u"count"_s).toInt(), 1);
        QCOMPARE(m_proxy->connectionsAccepted(), 1); // a canned answer keeps the connection
        QCOMPARE(m_proxy->requestsForwarded(), 1);
        QCOMPARE(m_proxy->faultsInjected(Kind::Status), 2);
    }

    void planIsConsumedInOrderThenDefault()
    {
        const QList<Fault> plan{Fault::status(503), Fault::none(), Fault::status(502),
                                Fault::dropBeforeForward()};
        m_proxy->setPlan(plan);
        m_proxy->setDefault(Fault::status(418));
        QCOMPARE(m_proxy->planRemaining(), 4);
        QList<QByteArray> outcomes;
        for (int i = 0; i < 6; ++i)
            outcomes.append(rawOutcome(port(), postRequest("/api/v1/sync/changes", "{}")));
        QCOMPARE(outcomes, (QList<QByteArray>{"503", "200", "502", "closed", "418", "418"}));
        QCOMPARE(m_proxy->planRemaining(), 0);
        QCOMPARE(m_proxy->appliedFaults(), plan + QList<Fault>(2, Fault::status(418)));
        QCOMPARE(m_echo->requests(), 1);

        // A new plan replaces what is left of the old one.
        m_proxy->setPlan({Fault::status(500), Fault::status(501)});
        m_proxy->setPlan({Fault::status(504)});
        QCOMPARE(rawOutcome(port(), postRequest("/x", {})), "504");
        QCOMPARE(rawOutcome(port(), postRequest("/x", {})), "418");
    }

    void randomModeIsReproducible()
    {
        const auto run = [](quint64 seed) {
            EchoServer echo; // fresh, so response sizes (the count) match between runs
            auto started = FaultProxy::start(echo.port());
            std::pair<QList<QByteArray>, QList<Fault>> result;
            if (!started)
                return result;
            FaultProxy &proxy = *started.value();
            proxy.setRandomFaults(0.5, seed,
                                  {Kind::DropBeforeForward, Kind::DropAfterForward,
                                   Kind::TruncateResponse, Kind::Status});
            for (int i = 0; i < 40; ++i)
                result.first.append(rawOutcome(proxy.port(), postRequest("/sync", "{}")));
            result.second = proxy.appliedFaults();
            return result;
        };
        const auto first = run(42);
        const auto again = run(42);
        const auto other = run(43);
        QCOMPARE(first.second.size(), 40);
        QCOMPARE(again.second, first.second);
        QCOMPARE(again.first, first.first);
        QVERIFY(other.second != first.second);
        const auto untouched = first.second.count(Fault::none());
        QVERIFY2(untouched > 5 && untouched < 35, QByteArray::number(untouched).constData());
        for (const Fault &fault : first.second) {
            if (fault.kind == Kind::TruncateResponse)
                QVERIFY(fault.bytes >= 0 && fault.bytes < 512);
            if (fault.kind == Kind::Status)
                QVERIFY(QList<int>({500, 502, 503, 429}).contains(fault.statusCode));
        }

        // Exact faults rather than kinds; probability 1 faults every request.
        m_proxy->setRandomFaults(1.0, 1, QList<Fault>{Fault::status(503)});
        QCOMPARE(rawOutcome(port(), postRequest("/x", {})), "503");
        QCOMPARE(rawOutcome(port(), postRequest("/x", {})), "503");
        // Probability 0 turns random mode off.
        m_proxy->setRandomFaults(0.0, 1, QList<Fault>{Fault::status(503)});
        QCOMPARE(rawOutcome(port(), postRequest("/x", {})), "200");
    }

    void pathPrefixLimitsFaults()
    {
        m_proxy->setFaultPathPrefix(u"/api/v1/sync"_s);
        m_proxy->setPlan({Fault::dropBeforeForward()});
        m_proxy->setDefault(Fault::status(500));
        QNetworkAccessManager nam;
        const Outcome login = send(nam, port(), "POST", u"/api/v1/auth/login"_s, "{}");
        QCOMPARE(login.status, 200);
        QCOMPARE(m_proxy->planRemaining(), 1); // passed untouched, nothing consumed
        QCOMPARE(rawOutcome(port(), postRequest("/api/v1/sync/changes", "{}")), "closed");
        QCOMPARE(rawOutcome(port(), postRequest("/api/v1/sync/changes?since=1", "{}")), "500");
        // The query is not part of the path.
        const Outcome me = send(nam, port(), "GET", u"/api/v1/auth/me?next=/api/v1/sync"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(m_proxy->appliedFaults(), (QList<Fault>{Fault::none(), Fault::dropBeforeForward(),
                                                         Fault::status(500), Fault::none()}));
        QCOMPARE(m_echo->requests(), 2);
    }

    // A GET is resent the same way; the resend takes the next fault.
    void qnamResendsGetAfterOneDrop()
    {
        m_proxy->setPlan({Fault::dropBeforeForward()});
        QNetworkAccessManager nam;
        const Outcome got = send(nam, port(), "GET", u"/api/v1/sync/changes"_s);
        QCOMPARE(got.error, QNetworkReply::NoError);
        QCOMPARE(got.status, 200);
        QCOMPARE(m_proxy->requestsSeen(), 2);
        QCOMPARE(m_echo->requests(), 1);
    }

    void servesWhileTestThreadBlocks()
    {
        // From another thread, while this one sleeps.
        m_proxy->setPlan({Fault::delay(300)});
        QByteArray outcome;
        std::unique_ptr<QThread> client(QThread::create(
            [&outcome, port = port()] { outcome = rawOutcome(port, postRequest("/x", "{}")); }));
        client->start();
        QThread::msleep(2000);
        QVERIFY(client->isFinished());
        client->wait();
        QCOMPARE(outcome, "200");

        // From curl, while QProcess::execute blocks this thread; two requests, one connection.
        m_proxy->resetCounters();
        m_proxy->setPlan({Fault::delay(200), Fault::status(429, 2)});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString url = u"http://127.0.0.1:%1/api/v1/sync/changes"_s.arg(port());
        const int exitCode = QProcess::execute(
            u"curl"_s, {u"-sS"_s, u"--noproxy"_s, u"*"_s, u"--max-time"_s, u"20"_s, url, u"-o"_s,
                        dir.filePath(u"first"_s), url, u"-o"_s, dir.filePath(u"second"_s), u"-D"_s,
                        dir.filePath(u"headers"_s)});
        QCOMPARE(exitCode, 0);
        QFile first(dir.filePath(u"first"_s));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(first.readAll()).object().value(u"path"_s).toString(),
                 u"/api/v1/sync/changes"_s);
        QFile headers(dir.filePath(u"headers"_s));
        QVERIFY(headers.open(QIODevice::ReadOnly));
        const QByteArray dumped = headers.readAll();
        QVERIFY(dumped.contains("HTTP/1.1 429 Too Many Requests"));
        QVERIFY(dumped.contains("Retry-After: 2"));
        QCOMPARE(m_proxy->connectionsAccepted(), 1);
        QCOMPARE(m_proxy->requestsSeen(), 2);
    }

    void unreachableServerClosesClient()
    {
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
            deadPort = probe.serverPort();
        }
        auto started = FaultProxy::start(deadPort);
        QVERIFY(started);
        QCOMPARE(rawOutcome(started.value()->port(), postRequest("/x", "{}")), "closed");
        QCOMPARE(started.value()->requestsForwarded(), 1);
    }

    void destructorClosesEveryConnection()
    {
        m_proxy->setPlan({Fault::delay(30000)});
        QTcpSocket waiting;
        waiting.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
        QVERIFY(waiting.waitForConnected(5000));
        waiting.write(postRequest("/x", "{}"));
        QTcpSocket idle;
        idle.connectToHost(QHostAddress(QHostAddress::LocalHost), port());
        QVERIFY(idle.waitForConnected(5000));
        QTRY_COMPARE(m_proxy->requestsSeen(), 1);
        const quint16 proxyPort = port();

        QElapsedTimer clock;
        clock.start();
        m_proxy.reset();
        QVERIFY(clock.elapsed() < 5000); // the delayed request does not hold it up
        QByteArray data;
        QVERIFY(readUntilClosed(waiting, &data, 5000));
        QVERIFY(data.isEmpty());
        QVERIFY(readUntilClosed(idle, &data, 5000));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QHostAddress::LocalHost), proxyPort);
        QVERIFY(!probe.waitForConnected(1000));
        QCOMPARE(m_echo->requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
