// novamind-server over HTTP: the real binary (this build's), on a temporary embedded-SQLite data
// directory, on a loopback port. Reports:
//   FIGURE login_ms          one POST /api/v1/auth/login: Argon2id verify, a session written
//   FIGURE health_request_ms one GET /api/v1/health through the same client: login's baseline
//   RATIO  server_authed_get wrk throughput of the authenticated GET /api/v1/auth/session /
//                            wrk throughput of GET /api/v1/health. A ratio of throughputs, not of
//                            times, so it is at most about 1: below 1 is the cost of checking
//                            the bearer token (and whatever the route reads) on every request.
//   FIGURE health_rps, authed_get_rps  the two throughputs, requests per second
// Needs Debian's wrk (packaging/install-deps.sh installs it).

#include "benchmarks/RatioReporter.h"
#include "benchmarks/ServerUnderTest.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using nm::bench::ServerUnderTest;
using nm::core::failure;
using nm::core::Result;

namespace {

using Status = ServerUnderTest::Status;

const QString Username = u"bench.psych"_s;
const QString Password = u"bench passphrase, long enough"_s;
constexpr int RequestRounds = 15; // timed requests of each kind; the median is reported
constexpr int RequestTimeoutMs = 30'000;

constexpr int WrkRounds = 3; // counted wrk runs per side, interleaved; the median is reported
constexpr int WrkThreads = 2;
constexpr int WrkConnections = 16;
constexpr int WrkSeconds = 3;
constexpr int WarmUpSeconds = 1;

// The summary lines this benchmark owes run-benchmarks.sh, printed "unavailable" on failure.
constexpr const char *SummaryLines[] = {"FIGURE login_ms", "FIGURE health_request_ms",
                                        "RATIO server_authed_get", "FIGURE health_rps",
                                        "FIGURE authed_get_rps"};

struct Answer {
    int status = 0;
    QByteArray body;
};

// One request through QNetworkAccessManager, waited for in a local event loop: how the
// workstation talks to the server, so both timed requests include the same client cost.
Result<Answer, QString> exchange(QNetworkAccessManager &network, QNetworkRequest request,
                                 const std::optional<QByteArray> &jsonBody = std::nullopt)
{
    request.setTransferTimeout(RequestTimeoutMs);
    std::unique_ptr<QNetworkReply> reply;
    if (jsonBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply.reset(network.post(request, *jsonBody));
    } else {
        reply.reset(network.get(request));
    }
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return failure(u"%1 %2: %3"_s.arg(jsonBody ? "POST"_L1 : "GET"_L1, request.url().path(),
                                          reply->errorString()));
    return Answer{status.toInt(), reply->readAll()};
}

// A non-200 answer as a message that says which request it was and what the server said.
std::optional<QString> notOk(const QString &what, const Result<Answer, QString> &answer)
{
    if (!answer)
        return what + u" failed: "_s + answer.error();
    if (answer.value().status != 200)
        return u"%1 answered %2, expected 200: %3"_s.arg(what)
            .arg(answer.value().status)
            .arg(QString::fromUtf8(answer.value().body.left(300)));
    return std::nullopt;
}

// Everything the timed requests need, and the first thing that went wrong in one of them.
struct Client {
    QNetworkAccessManager *network = nullptr;
    QNetworkRequest login;
    QByteArray loginBody;
    QNetworkRequest health;
    QString firstError;

    Result<Answer, QString> logIn() { return exchange(*network, login, loginBody); }
};

Result<QByteArray, QString> accessToken(Client &client)
{
    const auto answer = client.logIn();
    if (const auto problem = notOk(u"login (POST /api/v1/auth/login)"_s, answer))
        return failure(*problem);
    const QString token =
        QJsonDocument::fromJson(answer.value().body).object().value("access_token"_L1).toString();
    if (token.isEmpty())
        return failure(u"login answered 200 without an access_token"_s);
    return token.toLatin1();
}

enum class Request { Login, Health };

// One request per run, checked after the clock stops; a failure fails the whole benchmark.
void timeRequest(benchmark::State &state, Client *client, Request which)
{
    std::optional<Result<Answer, QString>> answer;
    for (auto _ : state)
        answer =
            which == Request::Login ? client->logIn() : exchange(*client->network, client->health);
    if (!answer)
        return;
    const auto problem = notOk(which == Request::Login ? u"login (POST /api/v1/auth/login)"_s
                                                       : u"GET /api/v1/health"_s,
                               *answer);
    if (problem) {
        if (client->firstError.isEmpty())
            client->firstError = *problem;
        state.SkipWithError(problem->toStdString().c_str());
    }
}

// One wrk run: requests per second, refused if any answer was not 2xx/3xx or a socket failed —
// the throughput of 401s or of broken connections measures nothing.
Result<double, QString> runWrk(const QString &wrk, const QUrl &url, int seconds,
                               const QByteArray &accessToken = {})
{
    QStringList arguments{u"-t%1"_s.arg(WrkThreads), u"-c%1"_s.arg(WrkConnections),
                          u"-d%1s"_s.arg(seconds)};
    // On the command line, so other local users could see it for a few seconds: acceptable for
    // a throwaway account on a throwaway server, and simpler than a generated Lua script.
    if (!accessToken.isEmpty())
        arguments << u"-H"_s << u"Authorization: Bearer "_s + QString::fromLatin1(accessToken);
    arguments << url.toString();
    QProcess process;
    process.start(wrk, arguments);
    if (!process.waitForFinished((seconds + 30) * 1000)) {
        process.kill();
        process.waitForFinished();
        return failure(QString(u"wrk did not finish: "_s + process.errorString()));
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(u"wrk failed on %1: %2 %3"_s.arg(
            url.path(), out, QString::fromUtf8(process.readAllStandardError())));
    const QStringView requestsLabel = u"Requests/sec:";
    double requestsPerSecond = -1;
    for (QStringView line : QStringView(out).split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(requestsLabel))
            requestsPerSecond = line.mid(requestsLabel.size()).trimmed().toDouble();
        else if (line.startsWith(u"Non-2xx or 3xx responses:") ||
                 line.startsWith(u"Socket errors:"))
            return failure(u"wrk on %1: %2\n%3"_s.arg(url.path(), line.toString(), out));
    }
    if (requestsPerSecond <= 0)
        return failure(u"no Requests/sec in wrk's output for %1:\n%2"_s.arg(url.path(), out));
    return requestsPerSecond;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Status run(ServerUnderTest &server, nm::bench::RatioReporter &reporter)
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty())
        return failure(u"wrk not found; install Debian's wrk (apt-get install wrk)"_s);
    if (const Status added = server.addUser(Username, u"psychiatrist"_s, Password); !added)
        return added;
    if (const Status started = server.start(); !started)
        return started;

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // loopback, whatever http_proxy says
    Client client{.network = &network,
                  .login = QNetworkRequest(server.url(u"/api/v1/auth/login"_s)),
                  .loginBody = QJsonDocument(QJsonObject{{"username"_L1, Username},
                                                         {"password"_L1, Password},
                                                         {"device_name"_L1, u"bench"_s}})
                                   .toJson(QJsonDocument::Compact),
                  .health = QNetworkRequest(server.url(u"/api/v1/health"_s)),
                  .firstError = {}};

    // Each endpoint once before anything is timed, so a missing route fails at once and clearly.
    const auto token = accessToken(client);
    if (!token)
        return failure(token.error());
    const QUrl sessionUrl = server.url(u"/api/v1/auth/session"_s);
    QNetworkRequest session(sessionUrl);
    session.setRawHeader("Authorization", "Bearer " + token.value());
    for (const auto &[what, request] :
         {std::pair{u"GET /api/v1/health"_s, client.health},
          std::pair{u"GET /api/v1/auth/session (with the login's bearer token)"_s, session}}) {
        if (const auto problem = notOk(what, exchange(network, request)))
            return failure(*problem);
    }

    // Alternating login and health requests, so both see the same background load.
    for (int round = 0; round < RequestRounds; ++round) {
        for (const auto &[name, which] :
             {std::pair{"login", Request::Login}, std::pair{"health_request", Request::Health}}) {
            benchmark::RegisterBenchmark(name, timeRequest, &client, which)
                ->Iterations(1)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
    benchmark::RunSpecifiedBenchmarks(&reporter);
    if (!client.firstError.isEmpty())
        return failure(client.firstError);

    // wrk loads the server from another process, as many clients would. An uncounted warm-up
    // of each side first, so the first counted run does not pay for the worker pool's start.
    const QUrl healthUrl = server.url(u"/api/v1/health"_s);
    std::vector<double> health;
    std::vector<double> authed;
    for (int round = -1; round < WrkRounds; ++round) {
        const int seconds = round < 0 ? WarmUpSeconds : WrkSeconds;
        const auto h = runWrk(wrk, healthUrl, seconds);
        if (!h)
            return failure(h.error());
        const auto a = runWrk(wrk, sessionUrl, seconds, token.value());
        if (!a)
            return failure(a.error());
        if (round < 0)
            continue;
        health.push_back(h.value());
        authed.push_back(a.value());
        std::printf("wrk run %d/%d: health %.0f requests/s, authed_get %.0f requests/s\n",
                    round + 1, WrkRounds, h.value(), a.value());
    }

    reporter.printFigure("login_ms", "login");
    reporter.printFigure("health_request_ms", "health_request");
    const double healthRps = median(health);
    const double authedRps = median(authed);
    std::printf("server_authed_get = requests/s of GET /api/v1/auth/session with a bearer token / "
                "requests/s of GET /api/v1/health (wrk -t%d -c%d -d%ds, median of %d interleaved "
                "runs each); a throughput ratio, so at most about 1\n",
                WrkThreads, WrkConnections, WrkSeconds, WrkRounds);
    std::printf("RATIO server_authed_get %.3f\n", authedRps / healthRps);
    // FIGURE lines in RatioReporter's format; these two are requests per second, not ms.
    std::printf("FIGURE health_rps %.0f\n", healthRps);
    std::printf("FIGURE authed_get_rps %.0f\n", authedRps);
    return nm::core::Done{};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QNetworkAccessManager and QProcess need the application
    benchmark::Initialize(&argc, argv);
    nm::bench::RatioReporter reporter;
    int exitCode = 0;
    {
        ServerUnderTest server;
        const Status ran = run(server, reporter);
        const Status stopped = server.stop();
        for (const Status *status : {&ran, &stopped}) {
            if (!*status) {
                std::fprintf(stderr, "bench_server: %s\n", qPrintable(status->error()));
                exitCode = 1;
            }
        }
        if (!ran) {
            std::fprintf(stderr, "bench_server: the end of the server's log:\n%s\n",
                         qPrintable(server.logTail()));
            for (const char *line : SummaryLines)
                std::printf("%s unavailable\n", line);
        }
    }
    benchmark::Shutdown();
    return exitCode != 0 || !reporter.complete() ? 1 : 0;
}
