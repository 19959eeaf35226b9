#pragma once

#include "core/crypto/SecureBuffer.h"
#include "core/sync/ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace nm::core {

/// One unattended sync of one user's cache, for the command-line client (`novamind sync
/// --headless`), operators and the crash and fault tests: sign in online, open (or create) the
/// cache with the key the server escrows, push and pull until done. Blocks in a local event
/// loop; the workstation's own session runs the same engine without blocking.
class SyncRun {
    Q_DECLARE_TR_FUNCTIONS(SyncRun)

public:
    struct Settings {
        QUrl server;
        QString username;
        SecureBuffer password;
        QString totp;
        /// One user's cache and device id live here: cache.db, device-id.
        QString cacheDirectory;
        int timeoutMs = 30000;
        /// Retries with backoff for up to this long before giving up (0: one attempt).
        int retryForMs = 0;
    };

    enum class Outcome { Synced, Failed, Wiped };

    struct Report {
        Outcome outcome = Outcome::Failed;
        QString message;
        qint64 pushed = 0;
        qint64 pulled = 0;
        int pendingChanges = 0;
        int openConflicts = 0;
    };

    static Report run(Settings settings);
    /// This cache directory's device id, created on first use.
    static QUuid deviceId(const QString &cacheDirectory);
};

} // namespace nm::core
