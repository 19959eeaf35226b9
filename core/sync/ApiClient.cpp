#include "core/sync/ApiClient.h"

#include "core/sync/SecretJson.h"
#include "core/sync/ServerUrl.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

/// Keeps a request body alive as long as the reply that uploads it: the reply reads the body
/// in place (QByteArray::fromRawData) instead of copying it out of locked memory. It is a child
/// of the reply, created after the reply's own upload buffer, so it is destroyed after it.
class BodyKeeper final : public QObject {
public:
    BodyKeeper(std::shared_ptr<const SecureBuffer> body, QObject *reply)
        : QObject(reply)
        , m_body(std::move(body))
    {}

private:
    std::shared_ptr<const SecureBuffer> m_body;
};

Result<QJsonObject, ApiError> jsonObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    // The parser's message and offset only: the body may hold clinical text.
    if (error.error != QJsonParseError::NoError)
        return ApiError::decode(ApiClient::tr("The answer is not JSON (%1 at offset %2).")
                                    .arg(error.errorString())
                                    .arg(error.offset));
    if (!document.isObject())
        return ApiError::decode(ApiClient::tr("The answer is not a JSON object."));
    return document.object();
}

/// Transport failures (QNetworkReply's codes below 200); HTTP-level codes come with a status.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

} // namespace

struct ApiClient::Call {
    QByteArray verb;
    QString path;
    bool authorized = false;
    /// The JSON body in locked memory (it may hold a password, a token or clinical text); null
    /// for none. Shared with the reply uploading it, and reused by the one retry.
    std::shared_ptr<const SecureBuffer> body;
    /// Already sent again after a refresh: a second 401 is final.
    bool retried = false;
    /// Sign-out: an auth failure is expected and ends nothing the user did not ask to end.
    bool quietAuthFailure = false;
    quint64 tokenGeneration = 0;
    QStringList tlsErrors;
    /// A response header the caller wants (getRaw), and its value once answered.
    QByteArray wantedHeader;
    QByteArray header;
    std::function<void(Outcome)> finish;
};

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    // Stated rather than inherited: the peer is always verified, and nothing older than TLS 1.2
    // is offered (DESIGN §7).
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::addTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    // Setting CA certificates turns off Qt's on-demand loading of the system roots, so they are
    // listed explicitly: the extra certificates add to the system's trust, never replace it.
    m_trusted += certificates;
    m_tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_trusted);
    // A cached connection to the same host keeps the TLS configuration it was opened with.
    m_network.clearConnectionCache();
}

void ApiClient::setTokens(SessionTokens tokens)
{
    replaceTokens(std::move(tokens));
}

void ApiClient::login(const QString &username, SecureBuffer password, const QString &totp,
                      const QUuid &deviceId, const QString &deviceName, LoginCompletion done)
{
    QJsonObject fields{{u"username"_s, username}, {u"device_name"_s, deviceName}};
    if (!totp.isEmpty())
        fields.insert(u"totp"_s, totp);
    if (!deviceId.isNull())
        fields.insert(u"device_id"_s, deviceId.toString(QUuid::WithoutBraces));
    auto body = std::make_shared<const SecureBuffer>(
        SecretJson::objectWith(fields, "password"_L1, password));
    password = SecureBuffer(); // wiped now; the body holds the only copy this class made

    auto call = makeCall("POST", u"/api/v1/auth/login"_s, false, std::move(body));
    call->finish = [this, done = std::move(done)](Outcome outcome) {
        if (!outcome) {
            done(outcome.error());
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(outcome.value());
        SecretJson::wipe(outcome.value());
        if (!document.isObject()) {
            done(ApiError::decode(tr("The sign-in answer is not a JSON object.")));
            return;
        }
        Result<LoginResult, ApiError> result = LoginResult::fromJson(document.object());
        if (result) {
            replaceTokens({SecureBuffer::copyOf(result.value().accessToken.view()),
                           SecureBuffer::copyOf(result.value().refreshToken.view())});
            const QPointer<ApiClient> alive(this);
            Q_EMIT tokensChanged();
            if (!alive)
                return;
        }
        done(std::move(result));
    };
    start(call);
}

void ApiClient::refresh(StatusCompletion done)
{
    if (!m_refreshing && m_tokens.refreshToken.isEmpty()) {
        deliverLater([done = std::move(done)] { done(ApiError::signInRequired()); });
        return;
    }
    awaitRefresh(std::move(done));
}

void ApiClient::logout(StatusCompletion done)
{
    if (m_tokens.isEmpty()) {
        deliverLater([done = std::move(done)] { done(Done{}); });
        return;
    }
    auto call = makeCall("POST", u"/api/v1/auth/logout"_s, true, nullptr);
    call->quietAuthFailure = true;
    call->finish = [this, done = std::move(done)](Outcome outcome) {
        const bool hadTokens = !m_tokens.isEmpty();
        replaceTokens({});
        const QPointer<ApiClient> alive(this);
        if (hadTokens)
            Q_EMIT tokensChanged();
        if (!alive)
            return;
        if (outcome)
            done(Done{});
        else
            done(outcome.error());
    };
    start(call);
}

void ApiClient::get(const QString &path, JsonCompletion done)
{
    jsonRequest("GET", path, nullptr, std::move(done));
}

void ApiClient::getRaw(const QString &path, const QByteArray &header, RawCompletion done)
{
    auto call = makeCall("GET", path, true, nullptr);
    call->wantedHeader = header;
    // The call owns this function, so it holds the call by address, not by a shared pointer.
    call->finish = [done = std::move(done), self = call.get()](Outcome outcome) {
        if (!outcome)
            done(outcome.error());
        else
            done(RawAnswer{std::move(outcome).value(), self->header});
    };
    start(call);
}

Result<QJsonObject, ApiError> ApiClient::parseObject(const QByteArray &body)
{
    return jsonObject(body);
}

void ApiClient::post(const QString &path, const QJsonObject &body, JsonCompletion done)
{
    jsonRequest("POST", path, &body, std::move(done));
}

void ApiClient::put(const QString &path, const QJsonObject &body, JsonCompletion done)
{
    jsonRequest("PUT", path, &body, std::move(done));
}

void ApiClient::patch(const QString &path, const QJsonObject &body, JsonCompletion done)
{
    jsonRequest("PATCH", path, &body, std::move(done));
}

void ApiClient::cancelAll()
{
    ++m_epoch;
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        // Disconnected first: abort() emits finished(), whose handler would run a completion.
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_refreshWaiters.clear();
    m_refreshing = false;
}

std::shared_ptr<ApiClient::Call> ApiClient::makeCall(QByteArray verb, const QString &path,
                                                     bool authorized,
                                                     std::shared_ptr<const SecureBuffer> body)
{
    auto call = std::make_shared<Call>();
    call->verb = std::move(verb);
    call->path = path;
    call->authorized = authorized;
    call->body = std::move(body);
    return call;
}

void ApiClient::jsonRequest(QByteArray verb, const QString &path, const QJsonObject *body,
                            JsonCompletion done)
{
    std::shared_ptr<const SecureBuffer> payload;
    if (body) {
        QByteArray json = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        payload = std::make_shared<const SecureBuffer>(SecureBuffer::copyOf(json));
        SecretJson::wipe(json);
    }
    auto call = makeCall(std::move(verb), path, true, std::move(payload));
    call->finish = [done = std::move(done)](Outcome outcome) {
        if (!outcome)
            done(outcome.error());
        else
            done(jsonObject(outcome.value()));
    };
    start(call);
}

void ApiClient::deliverLater(std::function<void()> completion)
{
    // A completion never runs inside the call that started it, so callers see one order of
    // events whether or not anything was sent; cancelAll() and destruction drop it.
    QMetaObject::invokeMethod(
        this,
        [this, epoch = m_epoch, completion = std::move(completion)] {
            if (epoch == m_epoch)
                completion();
        },
        Qt::QueuedConnection);
}

void ApiClient::start(const std::shared_ptr<Call> &call)
{
    if (const Status<ApiError> allowed = ServerUrl::check(m_baseUrl); !allowed) {
        deliverLater([call, error = allowed.error()] { call->finish(error); });
        return;
    }
    if (call->authorized && !call->retried && m_tokens.accessToken.isEmpty() &&
        !m_tokens.refreshToken.isEmpty()) {
        // A session resumed from a persisted refresh token alone: get an access token first
        // rather than collect a 401 that no refresh would follow (it says "unauthenticated").
        call->tokenGeneration = m_tokenGeneration;
        retryAfterRefresh(call);
        return;
    }
    QNetworkRequest request(ServerUrl::resolve(m_baseUrl, call->path));
    request.setTransferTimeout(int(m_timeout.count()));
    // The API never redirects; following one could carry the bearer token to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (call->body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (call->authorized && !m_tokens.accessToken.isEmpty()) {
        QByteArray authorization("Bearer ");
        authorization.append(m_tokens.accessToken.view());
        request.setRawHeader("Authorization", authorization);
    }
    call->tokenGeneration = m_tokenGeneration;
    call->tlsErrors.clear();

    const QByteArray payload =
        call->body ? QByteArray::fromRawData(call->body->constChars(), call->body->size())
                   : QByteArray();
    QNetworkReply *reply = m_network.sendCustomRequest(request, call->verb, payload);
    if (call->body)
        new BodyKeeper(call->body, reply);
    m_replies.insert(reply);
    // Recorded for the error message only; never answered with ignoreSslErrors().
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            call->tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void ApiClient::finished(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    m_replies.remove(reply);
    reply->deleteLater();
    Outcome outcome = outcomeOf(*call, reply);
    if (!call->wantedHeader.isEmpty())
        call->header = reply->rawHeader(call->wantedHeader);
    if (!outcome && call->authorized) {
        const ApiError &error = outcome.error();
        if (mayRefreshFor(*call, error)) {
            retryAfterRefresh(call);
            return;
        }
        // Only for the tokens this request carried: after a new sign-in, an old request's
        // failure says nothing about the new session.
        if (error.isAuthFailure() && !call->quietAuthFailure &&
            call->tokenGeneration == m_tokenGeneration) {
            const QPointer<ApiClient> alive(this);
            endSession(error);
            if (!alive)
                return;
        }
    }
    call->finish(std::move(outcome));
}

ApiClient::Outcome ApiClient::outcomeOf(const Call &call, QNetworkReply *reply) const
{
    const QNetworkReply::NetworkError error = reply->error();
    if (isTransportError(error)) {
        switch (error) {
        case QNetworkReply::OperationCanceledError:
            // Only the transfer timeout aborts a reply that is still connected: cancelAll()
            // disconnects before it aborts.
        case QNetworkReply::TimeoutError:
            return ApiError::timeout(int(m_timeout.count()));
        case QNetworkReply::ConnectionRefusedError:
            return ApiError::connectionRefused();
        case QNetworkReply::HostNotFoundError:
            return ApiError::hostNotFound(reply->url().host());
        case QNetworkReply::SslHandshakeFailedError:
            return ApiError::tls(call.tlsErrors.isEmpty() ? QStringList{reply->errorString()}
                                                          : call.tlsErrors);
        default:
            if (!call.tlsErrors.isEmpty())
                return ApiError::tls(call.tlsErrors);
            return ApiError::network(reply->errorString());
        }
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status <= 0)
        return ApiError::network(reply->errorString());
    QByteArray body = reply->readAll();
    if (status >= 200 && status < 300)
        return body;
    return ApiError::fromHttp(status, body, reply->rawHeader("Retry-After"));
}

bool ApiClient::mayRefreshFor(const Call &call, const ApiError &error) const
{
    // Only an expired (or otherwise unreadable) access token is worth a refresh. A revoked
    // device, a deactivated account or an ended session would fail the refresh too — and
    // device_revoked must reach the owner as itself, so the cache gets wiped.
    return error.kind == ApiError::Kind::Http && error.httpStatus == 401 &&
           error.code == "invalid_token"_L1 && !call.retried && !m_tokens.refreshToken.isEmpty();
}

void ApiClient::retryAfterRefresh(const std::shared_ptr<Call> &call)
{
    call->retried = true;
    if (call->tokenGeneration != m_tokenGeneration) {
        // Sent with tokens that a refresh has replaced since: the new ones are already here.
        start(call);
        return;
    }
    awaitRefresh([this, call](Status<ApiError> refreshed) {
        if (refreshed)
            start(call);
        else
            call->finish(refreshed.error());
    });
}

void ApiClient::awaitRefresh(StatusCompletion waiter)
{
    m_refreshWaiters.push_back(std::move(waiter));
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_refreshGeneration = m_tokenGeneration;
    auto body = std::make_shared<const SecureBuffer>(
        SecretJson::objectWith({}, "refresh_token"_L1, m_tokens.refreshToken));
    auto call = makeCall("POST", u"/api/v1/auth/refresh"_s, false, std::move(body));
    call->finish = [this](Outcome outcome) {
        refreshFinished(std::move(outcome));
    };
    start(call);
}

void ApiClient::refreshFinished(Outcome outcome)
{
    m_refreshing = false;
    // A sign-in (or setTokens) while the refresh ran has replaced the session it refreshed: its
    // outcome must neither overwrite nor end the new session, and the waiters retry with the
    // new tokens.
    const bool sameSession = m_refreshGeneration == m_tokenGeneration;
    Status<ApiError> status = Done{};
    bool rotated = false;
    if (outcome) {
        const QJsonDocument document = QJsonDocument::fromJson(outcome.value());
        SecretJson::wipe(outcome.value());
        std::optional<SessionTokens> tokens = SessionTokens::fromJson(document.object());
        if (sameSession && (!tokens || tokens->refreshToken.isEmpty())) {
            status = ApiError::decode(tr("The refreshed session has no valid tokens."));
        } else if (sameSession) {
            replaceTokens(std::move(*tokens));
            rotated = true;
        }
    } else if (sameSession) {
        status = outcome.error();
    }

    const QPointer<ApiClient> alive(this);
    if (rotated)
        Q_EMIT tokensChanged();
    else if (!status && status.error().isAuthFailure())
        endSession(status.error());
    if (!alive)
        return;
    // Swapped out first: a waiter's retry may need a refresh of its own later. A waiter that
    // cancels everything (or destroys the client) stops the rest from being called.
    std::vector<StatusCompletion> waiters = std::exchange(m_refreshWaiters, {});
    const quint64 epoch = m_epoch;
    for (const StatusCompletion &waiter : waiters) {
        waiter(status);
        if (!alive || m_epoch != epoch)
            return;
    }
}

void ApiClient::endSession(const ApiError &reason)
{
    // Once per session: concurrent requests failing for the same reason report it once.
    if (m_tokens.isEmpty())
        return;
    replaceTokens({});
    Q_EMIT sessionEnded(reason);
}

void ApiClient::replaceTokens(SessionTokens tokens)
{
    m_tokens = std::move(tokens);
    ++m_tokenGeneration;
}

} // namespace nm::core
