#pragma once

#include "core/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "core/sync/ApiError.h"
#include "core/sync/LoginResult.h"
#include "core/sync/SessionTokens.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QNetworkReply;

namespace nm::core {

/// The workstation's one way to talk to novamind-server: sign-in, token refresh and authorized
/// JSON requests over one QNetworkAccessManager, all asynchronous.
///
/// Every call takes a completion that runs later on the client's thread, exactly once, unless
/// the client is destroyed (or cancelAll() is called) first: pending requests are then aborted
/// and their completions never run. Do not delete the client from inside a completion or a
/// slot connected to it; use deleteLater().
///
/// Transport rules: HTTPS only, plain HTTP to a loopback host only (ServerUrl); certificate
/// verification always on; a transfer timeout on every request; no redirects followed.
/// Authorized requests carry the access token; an answer 401 `invalid_token` (an expired access
/// token) refreshes the tokens once and retries once, and concurrent requests share a single
/// refresh. Nothing here logs.
class ApiClient : public QObject {
    Q_OBJECT

public:
    using JsonCompletion = std::function<void(Result<QJsonObject, ApiError>)>;
    using StatusCompletion = std::function<void(Status<ApiError>)>;
    using LoginCompletion = std::function<void(Result<LoginResult, ApiError>)>;
    /// A successful answer as received: its body unparsed, and one header's value (empty when
    /// absent).
    struct RawAnswer {
        QByteArray body;
        QByteArray header;
    };
    using RawCompletion = std::function<void(Result<RawAnswer, ApiError>)>;

    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};

    /// A client for the server at \a baseUrl (e.g. https://novamind.practice.example). An
    /// insecure URL is accepted here but every call then fails with Kind::InsecureUrl without
    /// sending anything; ServerUrl::check() tells a sign-in form up front.
    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }

    /// How long a request may go without progress before it fails with Kind::Timeout.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Certificates to trust in addition to the system's (a practice's own CA). Verification
    /// stays on: this adds trust, it never skips the check.
    void addTrustedCertificates(const QList<QSslCertificate> &certificates);

    /// The tokens of the current session; empty when signed out.
    const SessionTokens &tokens() const { return m_tokens; }
    /// Resumes a session from persisted tokens (an empty access token is fine: the first
    /// authorized request refreshes). Emits nothing.
    void setTokens(SessionTokens tokens);

    /// POST /api/v1/auth/login. \a password is wiped once the request body is built; \a totp
    /// and \a deviceId may be empty / null. On success the client holds the new session's tokens
    /// and emits tokensChanged().
    void login(const QString &username, SecureBuffer password, const QString &totp,
               const QUuid &deviceId, const QString &deviceName, LoginCompletion done);
    /// POST /api/v1/auth/refresh with the held refresh token (shared with a refresh already
    /// running). Fails with Kind::SignInRequired when there is no refresh token.
    void refresh(StatusCompletion done);
    /// POST /api/v1/auth/logout. The held tokens are dropped whatever the server answers: the
    /// user asked to sign out, and an unreachable server must not keep them signed in here.
    void logout(StatusCompletion done);

    /// Authorized JSON requests to \a path (and query) under the base URL. A success answer's
    /// JSON object, or an empty object for an empty answer (204).
    void get(const QString &path, JsonCompletion done);
    /// get() for a caller that parses the body itself (off the GUI thread, with parseObject()),
    /// also handing over the answer's \a header.
    void getRaw(const QString &path, const QByteArray &header, RawCompletion done);
    /// A body as get() reads it: a JSON object, or a Kind::Decode error. Thread-safe.
    static Result<QJsonObject, ApiError> parseObject(const QByteArray &body);
    void post(const QString &path, const QJsonObject &body, JsonCompletion done);
    void put(const QString &path, const QJsonObject &body, JsonCompletion done);
    void patch(const QString &path, const QJsonObject &body, JsonCompletion done);

    /// Requests sent and not yet answered.
    qsizetype pendingRequests() const { return m_replies.size(); }
    /// Aborts every pending request; their completions never run.
    void cancelAll();

Q_SIGNALS:
    /// The held tokens changed (sign-in, refresh, sign-out): the owner persists the refresh
    /// token, which the server has rotated and will not accept again.
    void tokensChanged();
    /// The server no longer accepts this session and a refresh cannot help (revoked device,
    /// deactivated account, ended session, refresh refused). The tokens have been dropped;
    /// \a reason.mustWipe() says whether the local data must be erased (DESIGN §4).
    void sessionEnded(const nm::core::ApiError &reason);

private:
    struct Call;
    using Outcome = Result<QByteArray, ApiError>;

    std::shared_ptr<Call> makeCall(QByteArray verb, const QString &path, bool authorized,
                                   std::shared_ptr<const SecureBuffer> body);
    void jsonRequest(QByteArray verb, const QString &path, const QJsonObject *body,
                     JsonCompletion done);
    void deliverLater(std::function<void()> completion);
    void start(const std::shared_ptr<Call> &call);
    void finished(std::shared_ptr<Call> call, QNetworkReply *reply);
    Outcome outcomeOf(const Call &call, QNetworkReply *reply) const;
    bool mayRefreshFor(const Call &call, const ApiError &error) const;
    void retryAfterRefresh(const std::shared_ptr<Call> &call);
    void awaitRefresh(StatusCompletion waiter);
    void refreshFinished(Outcome outcome);
    void endSession(const ApiError &reason);
    void replaceTokens(SessionTokens tokens);

    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QSslConfiguration m_tls;
    QList<QSslCertificate> m_trusted;
    QNetworkAccessManager m_network;
    QSet<QNetworkReply *> m_replies;
    SessionTokens m_tokens;
    /// Bumped whenever the tokens change, so a 401 for a request sent with tokens that have
    /// since been refreshed retries at once instead of refreshing a second time.
    quint64 m_tokenGeneration = 0;
    bool m_refreshing = false;
    /// m_tokenGeneration when the running refresh started.
    quint64 m_refreshGeneration = 0;
    /// Bumped by cancelAll(): completions queued before it are dropped.
    quint64 m_epoch = 0;
    std::vector<StatusCompletion> m_refreshWaiters;
};

} // namespace nm::core
