#include "tests/support/FaultProxy.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <random>
#include <utility>

using namespace Qt::StringLiterals;

namespace nm::test {

using Fault = FaultProxy::Fault;
using Kind = FaultProxy::Fault::Kind;

namespace {

// A head this long without its blank line is a broken peer, not a slow one.
constexpr qsizetype MaxHeadBytes = 64 * 1024;

enum class Framing { Incomplete, Complete, Malformed };

struct Frame {
    Framing state = Framing::Incomplete;
    qsizetype end = 0; ///< the offset just past the message, when Complete
};

// The start line and header fields of a message.
struct Head {
    Framing state = Framing::Incomplete;
    QByteArray startLine;
    QList<std::pair<QByteArray, QByteArray>> fields;
    qsizetype end = 0; ///< the offset just past the blank line

    // Every value of the field, comma-joined, as HTTP allows for list-valued fields.
    QByteArray field(QByteArrayView name) const
    {
        QByteArray joined;
        for (const auto &[fieldName, value] : fields) {
            if (QByteArrayView(fieldName).compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!joined.isEmpty())
                joined += ',';
            joined += value;
        }
        return joined;
    }

    bool hasToken(QByteArrayView name, QByteArrayView token) const
    {
        const QList<QByteArray> tokens = field(name).split(',');
        return std::any_of(tokens.cbegin(), tokens.cend(), [token](const QByteArray &t) {
            return QByteArrayView(t.trimmed()).compare(token, Qt::CaseInsensitive) == 0;
        });
    }

    // HTTP/1.0 closes unless asked not to; HTTP/1.1 keeps alive unless asked not to.
    bool closesConnection(QByteArrayView version) const
    {
        if (hasToken("Connection", "close"))
            return true;
        return version == "HTTP/1.0" && !hasToken("Connection", "keep-alive");
    }
};

Head parseHead(const QByteArray &buffer, qsizetype from)
{
    Head head;
    const qsizetype blank = buffer.indexOf("\r\n\r\n", from);
    if (blank < 0 || blank - from > MaxHeadBytes) {
        const bool tooLong = (blank < 0 ? buffer.size() : blank) - from > MaxHeadBytes;
        head.state = tooLong ? Framing::Malformed : Framing::Incomplete;
        return head;
    }
    const QByteArray block = buffer.mid(from, blank - from);
    qsizetype pos = 0;
    bool first = true;
    while (pos <= block.size()) {
        qsizetype eol = block.indexOf("\r\n", pos);
        if (eol < 0)
            eol = block.size();
        const QByteArray line = block.mid(pos, eol - pos);
        pos = eol + 2;
        if (first) {
            head.startLine = line;
            first = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            head.state = Framing::Malformed;
            return head;
        }
        head.fields.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    head.state = Framing::Complete;
    head.end = blank + 4;
    return head;
}

// The end of a chunked body that starts at `from` (chunks, the last zero-size one, trailers).
Frame chunkedEnd(const QByteArray &buffer, qsizetype from)
{
    constexpr qlonglong MaxChunk = qlonglong(1) << 40;
    qsizetype pos = from;
    for (;;) {
        const qsizetype eol = buffer.indexOf("\r\n", pos);
        if (eol < 0)
            return {buffer.size() - pos > 1024 ? Framing::Malformed : Framing::Incomplete};
        QByteArray sizeField = buffer.mid(pos, eol - pos);
        if (const qsizetype extension = sizeField.indexOf(';'); extension >= 0)
            sizeField.truncate(extension);
        bool ok = false;
        const qlonglong size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > MaxChunk)
            return {Framing::Malformed};
        pos = eol + 2;
        if (size == 0)
            break;
        if (buffer.size() < pos + size + 2)
            return {Framing::Incomplete};
        if (QByteArrayView(buffer).sliced(pos + size, 2) != "\r\n")
            return {Framing::Malformed};
        pos += size + 2;
    }
    for (;;) { // trailer fields, up to an empty line
        const qsizetype eol = buffer.indexOf("\r\n", pos);
        if (eol < 0)
            return {Framing::Incomplete};
        if (eol == pos)
            return {Framing::Complete, eol + 2};
        pos = eol + 2;
    }
}

// The body after `head`: chunked, Content-Length, or (responses only) up to the connection's end.
Frame frameBody(const QByteArray &buffer, const Head &head, bool untilCloseAllowed, bool atEof)
{
    if (head.hasToken("Transfer-Encoding", "chunked"))
        return chunkedEnd(buffer, head.end);
    if (const QByteArray length = head.field("Content-Length"); !length.isEmpty()) {
        bool ok = false;
        const qlonglong size = length.toLongLong(&ok);
        if (!ok || size < 0)
            return {Framing::Malformed};
        if (buffer.size() - head.end < size)
            return {Framing::Incomplete};
        return {Framing::Complete, head.end + qsizetype(size)};
    }
    if (!untilCloseAllowed)
        return {Framing::Complete, head.end};
    if (!atEof)
        return {Framing::Incomplete};
    return {Framing::Complete, buffer.size()};
}

struct RequestInfo {
    QByteArray method;
    QByteArray target;
    bool closeAfter = false;
};

// The request at the start of `buffer`.
Frame frameRequest(const QByteArray &buffer, RequestInfo *info)
{
    const Head head = parseHead(buffer, 0);
    if (head.state != Framing::Complete)
        return {head.state};
    const QList<QByteArray> parts = head.startLine.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() ||
        !parts[2].startsWith("HTTP/1."))
        return {Framing::Malformed};
    info->method = parts[0];
    info->target = parts[1];
    info->closeAfter = head.closesConnection(parts[2]);
    return frameBody(buffer, head, false, false);
}

// The response at the start of `buffer`, interim 1xx responses included: they belong to the
// same exchange. \a atEof: the server has closed the connection.
Frame frameResponse(const QByteArray &buffer, bool headRequest, bool atEof, bool *closeAfter)
{
    qsizetype from = 0;
    for (;;) {
        const Head head = parseHead(buffer, from);
        if (head.state != Framing::Complete)
            return {head.state};
        const QList<QByteArray> parts = head.startLine.split(' ');
        bool ok = false;
        const int status = parts.size() >= 2 ? parts[1].toInt(&ok) : 0;
        if (!ok || status < 100 || status > 999 || !parts[0].startsWith("HTTP/1."))
            return {Framing::Malformed};
        if (status < 200 && status != 101) {
            from = head.end;
            continue;
        }
        // After 101 the connection speaks another protocol, which this proxy does not relay.
        *closeAfter = head.closesConnection(parts[0]) || status == 101;
        if (headRequest || status < 200 || status == 204 || status == 304)
            return {Framing::Complete, head.end};
        if (!head.hasToken("Transfer-Encoding", "chunked") &&
            head.field("Content-Length").isEmpty())
            *closeAfter = true; // the body ends with the connection
        return frameBody(buffer, head, true, atEof);
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Injected";
    }
}

// What the server would send for a failure, in its problem-details shape.
QByteArray cannedResponse(const Fault &fault, bool close)
{
    const QString code = fault.statusCode == 429 ? u"rate_limited"_s : u"injected"_s;
    const QJsonObject problem{
        {u"type"_s, QString(u"https://novamind.example/problems/"_s + code)},
        {u"title"_s, u"Injected failure"_s},
        {u"status"_s, fault.statusCode},
        {u"code"_s, code},
    };
    const QByteArray body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(fault.statusCode) + ' ' +
                          reasonPhrase(fault.statusCode) +
                          "\r\nContent-Type: application/problem+json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n";
    if (fault.retryAfterSeconds >= 0)
        response += "Retry-After: " + QByteArray::number(fault.retryAfterSeconds) + "\r\n";
    if (close)
        response += "Connection: close\r\n";
    response += "\r\n" + body;
    return response;
}

} // namespace

QString Fault::describe() const
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::DropBeforeForward:
        return u"DropBeforeForward"_s;
    case Kind::DropAfterForward:
        return u"DropAfterForward"_s;
    case Kind::Delay:
        return u"Delay(%1 ms)"_s.arg(delayMs);
    case Kind::TruncateResponse:
        return u"TruncateResponse(%1 bytes)"_s.arg(bytes);
    case Kind::Status:
        if (retryAfterSeconds >= 0)
            return u"Status(%1, Retry-After %2)"_s.arg(statusCode).arg(retryAfterSeconds);
        return u"Status(%1)"_s.arg(statusCode);
    }
    return {};
}

// Everything both threads touch, behind one mutex.
struct FaultProxy::State {
    mutable QMutex mutex;
    QList<Fault> plan;
    Fault fallback;
    double probability = 0;
    std::mt19937_64 random;
    QList<Fault> choices;
    bool drawParameters = false;
    QByteArray pathPrefix;

    int connections = 0;
    int seen = 0;
    int forwarded = 0;
    std::array<int, Fault::KindCount> injected{};
    QList<QByteArray> requestLines;
    QList<Fault> applied;

    // Counts a request and picks its fault.
    Fault decide(const QByteArray &method, const QByteArray &target)
    {
        const QMutexLocker lock(&mutex);
        ++seen;
        requestLines.append(method + ' ' + target);
        const qsizetype query = target.indexOf('?');
        const QByteArray path = query < 0 ? target : target.left(query);
        Fault fault;
        if (pathPrefix.isEmpty() || path.startsWith(pathPrefix)) {
            if (!plan.isEmpty())
                fault = plan.takeFirst();
            else if (probability > 0 && !choices.isEmpty())
                fault = draw();
            else
                fault = fallback;
        }
        ++injected[std::size_t(fault.kind)];
        applied.append(fault);
        return fault;
    }

    // Integer arithmetic on the raw generator output, not std distributions, whose results the
    // standard leaves to the library: the same seed gives the same faults everywhere.
    Fault draw()
    {
        const double uniform = double(random() >> 11) * 0x1.0p-53;
        if (uniform >= probability)
            return Fault::none();
        Fault fault = choices.at(qsizetype(random() % quint64(choices.size())));
        if (!drawParameters)
            return fault;
        switch (fault.kind) {
        case Kind::Delay:
            fault.delayMs = int(random() % 1000);
            break;
        case Kind::TruncateResponse:
            fault.bytes = qsizetype(random() % 512);
            break;
        case Kind::Status: {
            static constexpr std::array<int, 4> statuses{500, 502, 503, 429};
            const int status = statuses[std::size_t(random() % statuses.size())];
            fault = Fault::status(status, status == 429 ? 1 : -1);
            break;
        }
        case Kind::None:
        case Kind::DropBeforeForward:
        case Kind::DropAfterForward:
            break;
        }
        return fault;
    }

    void setRandom(double newProbability, quint64 seed, QList<Fault> newChoices, bool drawn)
    {
        const QMutexLocker lock(&mutex);
        probability = newProbability;
        random.seed(seed);
        choices = std::move(newChoices);
        drawParameters = drawn;
    }

    void countForwarded()
    {
        const QMutexLocker lock(&mutex);
        ++forwarded;
    }

    void countConnection()
    {
        const QMutexLocker lock(&mutex);
        ++connections;
    }
};

struct FaultProxy::Startup {
    QSemaphore ready;
    quint16 port = 0;
    QString error;
};

// One client connection and its upstream twin, living in the proxy thread. Requests are taken
// one at a time: the next is read only when the previous exchange is over. No signals of its
// own, hence no Q_OBJECT; a QObject for deleteLater and as the context of its connections.
class FaultProxy::Connection : public QObject {
public:
    Connection(State &state, quint16 targetPort, QTcpSocket *client, QObject *parent)
        : QObject(parent)
        , m_state(state)
        , m_targetPort(targetPort)
        , m_client(client)
    {
        // Children go after ~QObject has cut every connection to this object, so a socket
        // torn down with us cannot call back into a half-destroyed Connection.
        m_client->setParent(this);
        m_delay.setSingleShot(true);
        connect(&m_delay, &QTimer::timeout, this, [this] { forward(); });
        connect(m_client, &QTcpSocket::readyRead, this, [this] { readClient(); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { clientGone(); });
    }

private:
    enum class Phase { Idle, Delaying, AwaitingResponse };

    void readClient()
    {
        m_fromClient += m_client->readAll();
        processRequests();
    }

    void processRequests()
    {
        while (m_accepting && m_phase == Phase::Idle) {
            RequestInfo info;
            const Frame frame = frameRequest(m_fromClient, &info);
            if (frame.state == Framing::Incomplete)
                return;
            if (frame.state == Framing::Malformed) {
                qWarning("FaultProxy: a malformed request; closing the client connection");
                closeClient();
                return;
            }
            m_request = m_fromClient.left(frame.end);
            m_fromClient.remove(0, frame.end);
            m_info = info;
            m_fault = m_state.decide(info.method, info.target);
            switch (m_fault.kind) {
            case Kind::DropBeforeForward:
                closeClient();
                return;
            case Kind::Status:
                m_client->write(cannedResponse(m_fault, info.closeAfter));
                if (info.closeAfter) {
                    closeClient();
                    return;
                }
                break; // on to the next request on this connection
            case Kind::Delay:
                m_phase = Phase::Delaying;
                m_delay.start(std::max(0, m_fault.delayMs));
                return;
            case Kind::None:
            case Kind::DropAfterForward:
            case Kind::TruncateResponse:
                forward();
                return;
            }
        }
    }

    void forward()
    {
        m_phase = Phase::AwaitingResponse;
        if (!m_upstream || !m_upstreamUsable) {
            if (m_upstream) {
                disconnect(m_upstream, nullptr, this, nullptr);
                m_upstream->deleteLater(); // it may be mid-signal
            }
            m_upstream = new QTcpSocket(this);
            m_upstreamUsable = true;
            m_fromUpstream.clear();
            connect(m_upstream, &QTcpSocket::readyRead, this, [this] { readUpstream(); });
            connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] { upstreamFailed(); });
            m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), m_targetPort);
        }
        m_state.countForwarded();
        if (m_phase == Phase::AwaitingResponse) // not if a refusal was reported straight away
            m_upstream->write(m_request);       // buffered until connected
    }

    void readUpstream()
    {
        m_fromUpstream += m_upstream->readAll();
        if (m_phase == Phase::AwaitingResponse)
            completeResponse(false);
    }

    // Refused, reset or closed by the server (also an idle keep-alive connection it let go).
    void upstreamFailed()
    {
        m_upstreamUsable = false;
        m_fromUpstream += m_upstream->readAll();
        if (m_phase == Phase::AwaitingResponse)
            completeResponse(true);
    }

    void completeResponse(bool atEof)
    {
        bool closeAfter = false;
        const Frame frame =
            frameResponse(m_fromUpstream, m_info.method == "HEAD", atEof, &closeAfter);
        if (frame.state == Framing::Incomplete && !atEof)
            return;
        m_phase = Phase::Idle;
        if (frame.state != Framing::Complete) {
            if (frame.state == Framing::Malformed)
                qWarning("FaultProxy: a malformed response; closing the client connection");
            // The server failed mid-exchange; without a proxy the client would see its
            // connection end too.
            m_upstreamUsable = false;
            m_fromUpstream.clear();
            if (m_accepting)
                closeClient();
            retireIfDone();
            return;
        }
        const QByteArray response = m_fromUpstream.left(frame.end);
        m_fromUpstream.remove(0, frame.end);
        if (closeAfter)
            m_upstreamUsable = false;
        deliver(response, closeAfter || m_info.closeAfter);
    }

    void deliver(const QByteArray &response, bool closeAfter)
    {
        if (!m_accepting) { // the client left (or is being closed): the response has no taker
            retireIfDone();
            return;
        }
        switch (m_fault.kind) {
        case Kind::DropAfterForward:
            closeClient();
            return;
        case Kind::TruncateResponse:
            m_client->write(
                response.left(std::clamp<qsizetype>(m_fault.bytes, 0, response.size())));
            closeClient();
            return;
        case Kind::None:
        case Kind::Delay:
        case Kind::DropBeforeForward:
        case Kind::Status:
            break;
        }
        m_client->write(response);
        if (closeAfter) {
            closeClient();
            return;
        }
        processRequests();
    }

    // Gracefully, after what was written: a truncated response still arrives in full.
    void closeClient()
    {
        m_accepting = false;
        m_client->disconnectFromHost();
    }

    void clientGone()
    {
        m_accepting = false;
        m_clientGone = true;
        retireIfDone();
    }

    // A request already on its way upstream (or delayed) still reaches the server after the
    // client gave up, as it would on a real network; the connection goes once that is over.
    void retireIfDone()
    {
        if (m_clientGone && m_phase == Phase::Idle && !m_retired) {
            m_retired = true;
            deleteLater();
        }
    }

    State &m_state;
    const quint16 m_targetPort;
    QTcpSocket *m_client;             // a child
    QTcpSocket *m_upstream = nullptr; // a child; replaced when it fails or the server closes it
    bool m_upstreamUsable = false;
    QByteArray m_fromClient;
    QByteArray m_fromUpstream;
    QByteArray m_request; // the one in progress, exactly as the client sent it
    RequestInfo m_info;
    Fault m_fault;
    Phase m_phase = Phase::Idle;
    bool m_accepting = true; // false once the client left or is being closed
    bool m_clientGone = false;
    bool m_retired = false;
    QTimer m_delay;
};

FaultProxy::FaultProxy()
    : m_state(std::make_unique<State>())
{}

FaultProxy::~FaultProxy()
{
    // serve() returns and its objects (server, connections, sockets) die in the proxy thread.
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

nm::core::Result<std::unique_ptr<FaultProxy>, QString> FaultProxy::start(quint16 targetPort)
{
    std::unique_ptr<FaultProxy> proxy(new FaultProxy);
    Startup startup;
    proxy->m_thread.reset(
        QThread::create(&FaultProxy::serve, proxy->m_state.get(), targetPort, &startup));
    proxy->m_thread->setObjectName(u"FaultProxy"_s);
    proxy->m_thread->start();
    startup.ready.acquire();
    if (!startup.error.isEmpty())
        return startup.error;
    proxy->m_port = startup.port;
    return proxy;
}

void FaultProxy::serve(State *state, quint16 targetPort, Startup *startup)
{
    QTcpServer server;
    QObject connections; // declared after the server, so connections go first
    QObject::connect(&server, &QTcpServer::newConnection, &connections, [&] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            state->countConnection();
            new Connection(*state, targetPort, client, &connections);
        }
    });
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        startup->error = u"FaultProxy cannot listen on 127.0.0.1: "_s + server.errorString();
        startup->ready.release();
        return;
    }
    startup->port = server.serverPort();
    startup->ready.release(); // startup belongs to start() again from here on
    // QThread::quit() ends this loop too, even when called before exec() starts.
    QEventLoop loop;
    loop.exec();
}

void FaultProxy::setPlan(QList<Fault> plan)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->plan = std::move(plan);
}

qsizetype FaultProxy::planRemaining() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->plan.size();
}

void FaultProxy::setDefault(Fault fault)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->fallback = fault;
}

void FaultProxy::setRandomFaults(double probability, quint64 seed, QList<Fault::Kind> kinds)
{
    QList<Fault> choices;
    for (const Kind kind : kinds)
        choices.append(Fault{kind});
    m_state->setRandom(probability, seed, std::move(choices), true);
}

void FaultProxy::setRandomFaults(double probability, quint64 seed, QList<Fault> choices)
{
    m_state->setRandom(probability, seed, std::move(choices), false);
}

void FaultProxy::setFaultPathPrefix(const QString &prefix)
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->pathPrefix = prefix.toUtf8();
}

int FaultProxy::connectionsAccepted() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->connections;
}

int FaultProxy::requestsSeen() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->seen;
}

int FaultProxy::requestsForwarded() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->forwarded;
}

int FaultProxy::faultsInjected(Fault::Kind kind) const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->injected[std::size_t(kind)];
}

int FaultProxy::faultsInjected() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->seen - m_state->injected[std::size_t(Kind::None)];
}

QList<QByteArray> FaultProxy::requestLines() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->requestLines;
}

QList<Fault> FaultProxy::appliedFaults() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->applied;
}

void FaultProxy::resetCounters()
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->connections = 0;
    m_state->seen = 0;
    m_state->forwarded = 0;
    m_state->injected.fill(0);
    m_state->requestLines.clear();
    m_state->applied.clear();
}

} // namespace nm::test
