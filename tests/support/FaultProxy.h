#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QThread;

namespace nm::test {

/// A loopback HTTP/1.1 proxy that sits between a client and a server under test and injects
/// network faults per request: the client connects to port(), the proxy forwards to the target
/// port on 127.0.0.1. It runs in a thread of its own, so it keeps serving while the test thread
/// blocks (QProcess::waitForFinished, QThread::msleep); every public method is thread-safe.
///
/// Each client connection gets one upstream connection (opened on demand, reopened when the
/// server closes it), and requests on it are handled one at a time, in order. Messages are framed
/// by Content-Length or chunked encoding; bytes pass through unchanged. Bodies are never logged:
/// they hold PHI and tokens.
///
/// Which fault a request gets: requests outside the path prefix (setFaultPathPrefix) pass
/// untouched and consume nothing; otherwise the next plan entry, or, with the plan empty, a
/// random draw when random mode is on, or else the default fault.
///
/// A request whose connection is closed before any response byte may be sent again by the
/// client: QNetworkAccessManager (6.4) resends it once on a new connection, POST included, and
/// the resend takes the next fault like any other request. So one DropAfterForward on a POST
/// reaches the server twice and the caller sees success; two in a row make the caller see
/// RemoteHostClosedError.
class FaultProxy {
public:
    /// What happens to one request.
    struct Fault {
        enum class Kind {
            None,              ///< forwarded, and the response returned
            DropBeforeForward, ///< the client connection closed; the server never sees it
            DropAfterForward,  ///< forwarded, then the connection closed instead of the response
            Delay,             ///< forwarded after delayMs; forwarded even if the client gave up
            TruncateResponse,  ///< forwarded; only the first `bytes` of the response, then close
            Status,            ///< answered by the proxy with a problem+json; never forwarded
        };
        static constexpr int KindCount = int(Kind::Status) + 1;

        Kind kind = Kind::None;
        int delayMs = 0;
        qsizetype bytes = 0;
        int statusCode = 0;
        int retryAfterSeconds = -1; ///< a Retry-After header when >= 0

        static Fault none() { return {}; }
        static Fault dropBeforeForward() { return {Kind::DropBeforeForward}; }
        static Fault dropAfterForward() { return {Kind::DropAfterForward}; }
        static Fault delay(int ms) { return {Kind::Delay, ms}; }
        static Fault truncateResponse(qsizetype bytes)
        {
            return {Kind::TruncateResponse, 0, bytes};
        }
        /// 429 carries code `rate_limited`, every other status code `injected`.
        static Fault status(int code, int retryAfterSeconds = -1)
        {
            return {Kind::Status, 0, 0, code, retryAfterSeconds};
        }

        /// "None", "Delay(300 ms)", "Status(429, Retry-After 2)", … for test diagnostics.
        QString describe() const;
        friend bool operator==(const Fault &, const Fault &) = default;
    };

    /// Listens on 127.0.0.1 (a free port) and forwards to 127.0.0.1:\a targetPort, or says why
    /// it could not.
    static nm::core::Result<std::unique_ptr<FaultProxy>, QString> start(quint16 targetPort);
    /// Stops the proxy thread; every connection, client and upstream, is closed.
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    quint16 port() const { return m_port; }

    /// Replaces the plan: one entry per faultable request, in order of arrival.
    void setPlan(QList<Fault> plan);
    /// Plan entries not yet used.
    qsizetype planRemaining() const;
    /// The fault for faultable requests once the plan is empty (Fault::none() to begin with).
    void setDefault(Fault fault);
    /// Random mode for soak tests, used when the plan is empty: each faultable request gets a
    /// fault with \a probability, its kind drawn uniformly from \a kinds, all from a generator
    /// seeded with \a seed, so the same seed and the same request sequence give the same faults.
    /// Parameters are drawn too: Delay 0–999 ms, TruncateResponse 0–511 bytes, Status one of
    /// 500, 502, 503 and 429 with Retry-After 1. Probability 0 or no kinds turns it off.
    void setRandomFaults(double probability, quint64 seed, QList<Fault::Kind> kinds);
    /// Random mode drawing from exact faults rather than kinds.
    void setRandomFaults(double probability, quint64 seed, QList<Fault> choices);
    /// Only requests whose path starts with \a prefix get faults (u"/api/v1/sync"_s lets sign-ins
    /// through); empty, the default, means every request.
    void setFaultPathPrefix(const QString &prefix);

    /// Client connections accepted.
    int connectionsAccepted() const;
    /// Complete requests read from clients, faulted or not.
    int requestsSeen() const;
    /// Requests written to the server.
    int requestsForwarded() const;
    /// Requests that got a fault of \a kind (None counts requests passed through).
    int faultsInjected(Fault::Kind kind) const;
    /// Requests that got any fault other than None.
    int faultsInjected() const;
    /// "METHOD target" of every request seen, in order, e.g. "POST /api/v1/sync/changes" (the
    /// target keeps its query). Kept in memory for assertions, never logged.
    QList<QByteArray> requestLines() const;
    /// The fault each request seen got, in order (Fault::none() when passed through).
    QList<Fault> appliedFaults() const;
    /// Zeroes the counters and forgets the request history; the plan and modes stay.
    void resetCounters();

private:
    struct State;
    struct Startup;
    class Connection;

    FaultProxy();
    // The proxy thread's body: listens, reports through \a startup, runs the event loop.
    static void serve(State *state, quint16 targetPort, Startup *startup);

    std::unique_ptr<State> m_state;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};

} // namespace nm::test
