#include "core/sync/WorkstationSession.h"

#include "core/domain/RolePolicy.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/SyncState.h"
#include "core/sync/ApiClient.h"
#include "core/sync/CacheUnlock.h"
#include "core/sync/ConflictStore.h"
#include "core/sync/LocalAccounts.h"
#include "core/sync/ServerUrl.h"
#include "core/sync/SyncEngine.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace nm::core {

namespace {

WorkstationSession::Failure unlockFailure(const CacheUnlock::Error &error)
{
    using Kind = WorkstationSession::Failure::Kind;
    switch (error.kind) {
    case CacheUnlock::Error::Kind::ConnectToSignIn:
        return {Kind::ConnectToSignIn, error.message};
    case CacheUnlock::Error::Kind::WrongPassword:
        return {Kind::WrongPassword,
                WorkstationSession::tr("The password is not correct. Check Caps Lock and try "
                                       "again.")};
    case CacheUnlock::Error::Kind::Damaged:
        return {Kind::Damaged, error.message};
    case CacheUnlock::Error::Kind::Storage:
        break;
    }
    return {Kind::Other, error.message};
}

} // namespace

WorkstationSession::WorkstationSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<Failure>();
    if (m_options.deviceName.isEmpty())
        m_options.deviceName = QSysInfo::machineHostName();
}

WorkstationSession::~WorkstationSession()
{
    close();
}

bool WorkstationSession::isOnline() const
{
    return m_api && !m_api->tokens().refreshToken.isEmpty();
}

QSqlDatabase WorkstationSession::database() const
{
    return m_cache ? m_cache->database() : QSqlDatabase();
}

int WorkstationSession::pendingChanges() const
{
    if (!m_cache)
        return 0;
    const auto count = ChangeJournal(m_cache->database()).pendingCount();
    return count ? count.value() : 0;
}

int WorkstationSession::openConflicts() const
{
    if (!m_cache)
        return 0;
    const auto count = ConflictStore(m_cache->database()).openCount();
    return count ? count.value() : 0;
}

QDateTime WorkstationSession::lastSyncAt() const
{
    if (!m_cache)
        return {};
    const auto at = SyncState(m_cache->database()).lastSyncAt();
    return at ? at.value() : QDateTime();
}

void WorkstationSession::reportCounts()
{
    if (m_engine)
        m_engine->reportCounts();
}

void WorkstationSession::signIn(const QUrl &server, const QString &username,
                                const QString &password, const QString &totp)
{
    if (m_state == State::SigningIn || m_state == State::Open)
        return;
    close();
    m_server = server;
    m_username = username.trimmed().toLower();
    if (auto secure = ServerUrl::check(server); !secure) {
        fail(failureFrom(secure.error()));
        return;
    }
    setState(State::SigningIn);
    const LocalAccounts accounts(m_options.accountsRoot, server);
    m_deviceId = accounts.deviceIdFor(m_username);
    m_api = std::make_unique<ApiClient>(server);
    m_api->setTimeout(std::chrono::milliseconds(m_options.timeoutMs));
    // Queued: the client and the engine that report it are still on the stack, and ending the
    // session destroys them.
    connect(
        m_api.get(), &ApiClient::sessionEnded, this,
        [this](const ApiError &reason) {
            if (reason.mustWipe())
                wipeAndEnd(reason.message());
            // Otherwise the cache stays open: the clinician keeps charting and signs in again to
            // sync (the status bar says so through the engine's failure).
        },
        Qt::QueuedConnection);
    m_api->login(m_username, SecureBuffer::fromUtf8(password), totp, m_deviceId,
                 m_options.deviceName, [this, password](Result<LoginResult, ApiError> result) {
                     loginFinished(password, std::move(result));
                 });
}

void WorkstationSession::loginFinished(const QString &password,
                                       Result<LoginResult, ApiError> result)
{
    if (!result) {
        const ApiError &error = result.error();
        if (error.mustWipe()) {
            close();
            wipeLocalData();
            fail({Failure::Kind::Wiped,
                  tr("%1\nThis account's data on this computer has been erased.")
                      .arg(error.message())});
            return;
        }
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
            (error.kind == ApiError::Kind::Http && error.httpStatus >= 500)) {
            offlineFallback(password, error);
            return;
        }
        fail(failureFrom(error));
        return;
    }
    LoginResult &login = result.value();
    if (login.isSetupOnly()) {
        m_api->cancelAll();
        fail({Failure::Kind::SetupRequired,
              login.mfaEnrollmentRequired
                  ? tr("This account must set up two-factor authentication before it can use "
                       "the workstation. Ask your practice administrator.")
                  : tr("This account must choose a new password before it can use the "
                       "workstation. Ask your practice administrator.")});
        return;
    }
    LocalAccounts accounts(m_options.accountsRoot, m_server);
    m_user = login.user;
    auto cache =
        CacheUnlock::online(accounts, m_username, password, login, m_options.now(), m_options.kdf);
    if (!cache) {
        fail(unlockFailure(cache.error()));
        return;
    }
    open(std::move(cache).value(), true);
}

void WorkstationSession::offlineFallback(const QString &password, const ApiError &why)
{
    const LocalAccounts accounts(m_options.accountsRoot, m_server);
    auto cache = CacheUnlock::offline(accounts, m_username, password, m_options.now());
    if (!cache) {
        Failure failure = unlockFailure(cache.error());
        if (failure.kind == Failure::Kind::ConnectToSignIn) {
            // Say both: why the server is needed, and that it could not be reached.
            failure.message = failureFrom(why).message + u'\n' + failure.message;
        }
        fail(failure);
        return;
    }
    const std::optional<LocalAccounts::Entry> entry = accounts.find(m_username);
    m_user = SignedInUser{entry->userId, m_username, entry->displayName, entry->roles,
                          RolePolicy::permissionsFor(entry->roles)};
    open(std::move(cache).value(), false);
}

void WorkstationSession::open(CacheDatabase cache, bool online)
{
    m_cache.emplace(std::move(cache));
    startEngine();
    setState(State::Open);
    Q_EMIT signedIn(online);
    reportCounts();
    if (online && m_engine)
        m_engine->syncNow();
}

void WorkstationSession::startEngine()
{
    m_engine = std::make_unique<SyncEngine>(m_cache->database(), *m_api, m_deviceId);
    connect(
        m_engine.get(), &SyncEngine::wipeRequired, this,
        [this](const ApiError &reason) { wipeAndEnd(reason.message()); }, Qt::QueuedConnection);
    Q_EMIT syncEngineChanged(m_engine.get());
}

void WorkstationSession::lock()
{
    if (m_state != State::Open)
        return;
    m_engine.reset();
    Q_EMIT syncEngineChanged(nullptr);
    // CacheDatabase wipes its key when it closes.
    m_cache.reset();
    setState(State::Locked);
}

Status<WorkstationSession::Failure> WorkstationSession::unlock(const QString &password)
{
    if (m_state != State::Locked)
        return Failure{Failure::Kind::Other, tr("The workstation is not locked.")};
    const LocalAccounts accounts(m_options.accountsRoot, m_server);
    auto cache = CacheUnlock::offline(accounts, m_username, password, m_options.now());
    if (!cache)
        return unlockFailure(cache.error());
    m_cache.emplace(std::move(cache).value());
    startEngine();
    setState(State::Open);
    reportCounts();
    if (isOnline())
        m_engine->syncNow();
    return Done{};
}

void WorkstationSession::signOut()
{
    if (m_api && isOnline()) {
        // The tokens are dropped at once whatever the server answers; the request may still
        // reach it and end the session there. The client lives on until it has been sent.
        ApiClient *client = m_api.release();
        client->logout([client](Status<ApiError>) { client->deleteLater(); });
    }
    close();
    setState(State::SignedOut);
}

void WorkstationSession::wipeAndEnd(const QString &message)
{
    // Both the client and the engine may report it; the first report ends the session.
    if (m_state == State::SignedOut)
        return;
    close();
    wipeLocalData();
    setState(State::SignedOut);
    Q_EMIT endedByServer(
        tr("%1\nThis account's data on this computer has been erased.").arg(message));
}

void WorkstationSession::wipeLocalData()
{
    // Best effort by design: a file that cannot be removed now is still encrypted, and its key
    // file goes with the index entry, which is what lets a password open it.
    LocalAccounts accounts(m_options.accountsRoot, m_server);
    (void)accounts.wipe(m_username);
}

void WorkstationSession::close()
{
    if (m_engine) {
        m_engine.reset();
        Q_EMIT syncEngineChanged(nullptr);
    }
    m_cache.reset();
    if (m_api) {
        m_api->cancelAll();
        // Not deleted here: close() may run inside one of the client's own completions.
        m_api.release()->deleteLater();
    }
    m_user = {};
}

void WorkstationSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WorkstationSession::fail(Failure failure)
{
    close();
    setState(State::SignedOut);
    Q_EMIT signInFailed(failure);
}

WorkstationSession::Failure WorkstationSession::failureFrom(const ApiError &error)
{
    using Kind = Failure::Kind;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return {Kind::ServerUnreachable,
                tr("The server cannot be reached. Check the address and the network.")};
    case ApiError::Kind::Tls:
        return {Kind::Certificate,
                tr("The server's certificate is not trusted, so nothing was sent. Ask your "
                   "practice administrator.\n%1")
                    .arg(error.detail)};
    case ApiError::Kind::InsecureUrl:
        return {Kind::InsecureAddress,
                tr("The server address must start with https:// (plain http is allowed only "
                   "to this computer).")};
    case ApiError::Kind::Http:
        if (error.code == "invalid_credentials"_L1)
            return {Kind::WrongPassword,
                    tr("The username or password is not correct. Check Caps Lock and try "
                       "again.")};
        if (error.code == "totp_replayed"_L1)
            return {Kind::MfaRequired,
                    tr("That code was already used. Wait for the next code and enter it.")};
        if (error.code == "account_locked"_L1)
            return {Kind::AccountLocked,
                    tr("The account is locked after repeated failed sign-ins. Wait, or ask "
                       "your practice administrator to unlock it.")};
        if (error.code == "mfa_required"_L1)
            return {Kind::MfaRequired, tr("Enter the 6-digit code from your authenticator app.")};
        if (error.code == "rate_limited"_L1)
            return {Kind::AccountLocked,
                    tr("Too many failed sign-ins from this computer. Wait a few minutes and try "
                       "again.")};
        break;
    case ApiError::Kind::Decode:
    case ApiError::Kind::SignInRequired:
    case ApiError::Kind::LocalStorage:
        break;
    }
    return {Kind::Other, error.message()};
}

} // namespace nm::core
