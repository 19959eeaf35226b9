#pragma once

#include "core/Result.h"
#include "core/crypto/KdfParams.h"
#include "core/crypto/SecureBuffer.h"
#include "core/storage/CacheDatabase.h"
#include "core/sync/ApiError.h"
#include "core/sync/LoginResult.h"
#include "core/sync/SignedInUser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace nm::core {

class ApiClient;
class SyncEngine;

/// One clinician's time at the workstation: sign-in (online, or offline within the grace
/// window when the server cannot be reached), the unlocked cache, the sync engine that carries
/// it to the server, lock and unlock, sign-out and remote wipe (DESIGN §4). The windows only
/// show what this object says; nothing here knows about widgets.
class WorkstationSession : public QObject {
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, Open, Locked };
    Q_ENUM(State)

    /// Why a sign-in or unlock did not open the cache; each kind has its own plain message.
    struct Failure {
        enum class Kind {
            WrongPassword,
            AccountLocked,
            /// The account has two-factor authentication: ask for the code and try again.
            MfaRequired,
            /// The server cannot be reached and offline sign-in is not possible (never signed
            /// in here, or the grace window has passed).
            ConnectToSignIn,
            ServerUnreachable,
            Certificate,
            /// Plain HTTP to another computer; nothing was sent.
            InsecureAddress,
            /// MFA enrollment or a new password must be set up first (admin console).
            SetupRequired,
            /// The account or this device was shut out; its local data was erased.
            Wiped,
            /// The cache or its key file is damaged or not this user's; left untouched.
            Damaged,
            Other,
        };
        Kind kind = Kind::Other;
        QString message;
    };

    struct Options {
        /// Where per-server account folders live (DESIGN §4: AppDataLocation).
        QString accountsRoot;
        KdfParams kdf = KdfParams::recommended();
        std::function<QDateTime()> now = [] {
            return QDateTime::currentDateTimeUtc();
        };
        /// Transfer timeout for each request to the server.
        int timeoutMs = 15000;
        /// How the device presents itself in the admin console's device list.
        QString deviceName;
    };

    explicit WorkstationSession(Options options, QObject *parent = nullptr);
    ~WorkstationSession() override;

    /// Signs in with the server at \a server; when the server cannot be reached, unlocks the
    /// cache offline if this account may. Ends with signedIn() or signInFailed().
    void signIn(const QUrl &server, const QString &username, const QString &password,
                const QString &totp = {});
    /// Saves nothing itself: the owner saves drafts first. Closes the cache and wipes its key;
    /// the sync engine stops. The server session (tokens) stays, so sync resumes after unlock.
    void lock();
    /// Opens the cache again with the password alone.
    Status<Failure> unlock(const QString &password);
    /// Ends the session here and at the server (best effort) and closes the cache.
    void signOut();

    State state() const { return m_state; }
    /// Signed in with the server (tokens held), as opposed to an offline unlock.
    bool isOnline() const;
    QUrl server() const { return m_server; }
    QString username() const { return m_username; }
    const SignedInUser &user() const { return m_user; }
    /// The open cache; invalid unless state() is Open.
    QSqlDatabase database() const;
    /// The engine of the open cache, or nullptr (locked, signed out).
    SyncEngine *syncEngine() const { return m_engine.get(); }
    /// Changes waiting to be pushed, and conflicts waiting for the clinician.
    int pendingChanges() const;
    int openConflicts() const;
    /// When the open cache last finished a sync; invalid when never (or not open).
    QDateTime lastSyncAt() const;
    /// Tells the status bar the counts after a local write (SyncEngine::pendingChanged).
    void reportCounts();

Q_SIGNALS:
    void stateChanged(nm::core::WorkstationSession::State state);
    /// The cache is open. \a online is false for an offline unlock: the engine cannot sync
    /// until the user signs in with the server again.
    void signedIn(bool online);
    void signInFailed(const nm::core::WorkstationSession::Failure &failure);
    /// A new SyncEngine exists (after sign-in and after each unlock): connect to its signals.
    void syncEngineChanged(nm::core::SyncEngine *engine);
    /// The session ended without the user asking: remote wipe, or the server ended the session
    /// for good. \a message says why, for the sign-in window.
    void endedByServer(const QString &message);

private:
    void loginFinished(const QString &password, Result<LoginResult, ApiError> result);
    void offlineFallback(const QString &password, const ApiError &why);
    void open(CacheDatabase cache, bool online);
    void startEngine();
    void wipeAndEnd(const QString &message);
    void wipeLocalData();
    void close();
    void setState(State state);
    void fail(Failure failure);
    static Failure failureFrom(const ApiError &error);

    Options m_options;
    State m_state = State::SignedOut;
    QUrl m_server;
    QString m_username;
    QUuid m_deviceId;
    SignedInUser m_user;
    std::unique_ptr<ApiClient> m_api;
    std::optional<CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace nm::core

Q_DECLARE_METATYPE(nm::core::WorkstationSession::Failure)
