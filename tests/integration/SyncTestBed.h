#pragma once

#include "core/Result.h"
#include "core/storage/CacheDatabase.h"
#include "core/sync/ApiClient.h"
#include "core/sync/ApiError.h"
#include "core/sync/SyncEngine.h"
#include "tests/server/integration/ApiClient.h"
#include "tests/server/integration/ServerProcess.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

namespace nm::test {

/// What the workstation-sync integration tests put together: a real novamind-server (SQLite, or
/// PostgreSQL when NOVAMIND_TEST_BACKEND=postgres), optionally loaded with the demo practice,
/// accounts on it, a blocking HTTP client to look at the server's side, and Workstations — each
/// a real encrypted cache on disk, a device id, the product's nm::core::ApiClient and
/// nm::core::SyncEngine, driven in-process.
class SyncTestBed {
public:
    /// The password of every account addUser() creates.
    static QString password();

    /// \a serverArguments follow `serve --data-dir … --listen …`; by default MFA is off for
    /// every role, so clinicians and administrators sign in with a password alone.
    explicit SyncTestBed(QStringList serverArguments = {QStringLiteral("--mfa-required-roles"),
                                                        QStringLiteral("none")});

    /// Starts the server. With \a demoPatients > 0 the demo practice (seed-demo, its accounts
    /// with SeedDemoCommand::DemoPassword) is loaded first: seed-demo needs the server's
    /// database, which on PostgreSQL exists only once the server has started, so the server is
    /// started, stopped, seeded with the same --data-dir and --database, and started again.
    bool start(int demoPatients, QString *error);

    ServerProcess &server() { return m_server; }
    /// http://127.0.0.1:<port> of the server itself.
    QUrl baseUrl() const;
    /// A blocking client straight to the server, for the server's side of a test.
    ApiClient &http() { return *m_http; }

    /// `user add` with password(); the new user's id, or empty with \a error.
    QString addUser(const QString &username, const QString &role, QString *error = nullptr);
    /// Signs in over http(); the access token, or empty (the answer in \a error).
    QByteArray accessToken(const QString &username, const QString &password, QString *error);

    /// Every record \a token's user may see, pulled from cursor 0 over http(): entity → id →
    /// the change object {entity, id, version, deleted, data}. A record appears once per pull,
    /// at its latest change, so the counts are the server's record counts.
    using Records = QHash<QString, QHash<QString, QJsonObject>>;
    nm::core::Result<Records, QString> pullAll(const QByteArray &token);

    /// One workstation: a cache directory laid out as SyncRun lays it out (cache.db, device-id),
    /// so SyncRun can run on the same directory.
    class Workstation {
    public:
        struct Outcome {
            enum class Kind { Synced, Failed, Wiped, TimedOut };
            Kind kind = Kind::TimedOut;
            /// The failure that ended the sync, or the reason for the wipe.
            nm::core::ApiError error;
            /// Failures the engine retried by itself before the end.
            QList<nm::core::ApiError> retried;
            /// Journal entries answered and rows pulled, over every pass of this sync().
            qint64 pushed = 0;
            qint64 pulled = 0;

            bool synced() const { return kind == Kind::Synced; }
            /// "synced", "failed: …", … for failure messages.
            QString describe() const;
        };

        /// \a server is where the client connects (the server, or a FaultProxy in front of it).
        Workstation(QUrl server, QString directory, QString name,
                    nm::core::SyncEngine::Options options = {});
        ~Workstation();
        Workstation(const Workstation &) = delete;
        Workstation &operator=(const Workstation &) = delete;

        /// Signs in online and opens (creating) the cache with the key the server escrows.
        bool signIn(const QString &username, const QString &password, QString *error);
        /// Runs one sync to its end: synced, a failure the engine does not retry, a wipe, or
        /// \a timeoutMs without any of them. Failures the engine retries are collected.
        Outcome sync(int timeoutMs = 30000);
        /// Closes the cache (the engine first, which holds the connection).
        void close();

        QString name() const { return m_name; }
        QString directory() const { return m_directory; }
        QString cachePath() const;
        QUuid deviceId() const { return m_deviceId; }
        QUuid userId() const { return m_userId; }
        QSqlDatabase db() const;
        nm::core::ApiClient &api() { return *m_api; }
        nm::core::SyncEngine &engine() { return *m_engine; }

    private:
        QString m_name;
        QString m_directory;
        QUuid m_deviceId;
        QUuid m_userId;
        nm::core::SyncEngine::Options m_options;
        std::unique_ptr<nm::core::ApiClient> m_api;
        std::optional<nm::core::CacheDatabase> m_cache;
        std::unique_ptr<nm::core::SyncEngine> m_engine;
    };

private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_http;
};

} // namespace nm::test
