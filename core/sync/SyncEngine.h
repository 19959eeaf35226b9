#pragma once

#include "core/storage/JournalEntry.h"
#include "core/sync/ApiClient.h"
#include "core/sync/ApiError.h"
#include "core/sync/PulledPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <optional>

namespace nm::core {

/// Carries one user's cache to and from the server (DESIGN §7): first the change journal is
/// pushed in batches, then pages are pulled until the server has no more.
///  * An entry leaves the journal only when the server answered applied, duplicate or conflict,
///    in the same local transaction that records the answer; an interrupted push is sent again
///    and answered "duplicate", so nothing is applied twice or lost.
///  * A pulled page and the cursor after it are committed together, so an interrupted pull
///    resumes after the last page it applied. Pulling is a pipeline: the next page is asked for
///    as soon as one arrives (its Link header names it), a worker thread decodes, and this
///    thread writes; when a request fails, the pages that did arrive are written first.
///  * Conflicts become SyncConflict rows; rejected entries stay in the journal with the reason.
///  * Failures the network may heal are retried with exponential backoff and jitter, never
///    sooner than the server's Retry-After; `device_revoked` and `account_disabled` stop
///    everything and ask the owner to wipe this user's data.
class SyncEngine : public QObject {
    Q_OBJECT

public:
    enum class Phase { Idle, Pushing, Pulling, Waiting };
    Q_ENUM(Phase)

    struct Options {
        int pushBatch = 500;
        int pageSize = 1000;
        std::chrono::milliseconds firstRetry{1000};
        std::chrono::milliseconds maxRetry{5 * 60 * 1000};
        /// Retry on their own after a failure the network may heal; off for a single pass.
        bool retry = true;
    };

    SyncEngine(QSqlDatabase cache, ApiClient &api, QUuid deviceId, QObject *parent = nullptr);
    SyncEngine(QSqlDatabase cache, ApiClient &api, QUuid deviceId, Options options,
               QObject *parent = nullptr);

    /// Starts a sync now (also cutting short a wait before a retry); nothing when one runs.
    void syncNow();
    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase == Phase::Pushing || m_phase == Phase::Pulling; }
    /// Emits pendingChanged() with the counts as they are now, e.g. after a local write.
    void reportCounts();

Q_SIGNALS:
    void phaseChanged(nm::core::SyncEngine::Phase phase);
    /// Items done of \a total in the current phase (journal entries, then records); total is
    /// -1 while unknown.
    void progress(nm::core::SyncEngine::Phase phase, qint64 done, qint64 total);
    /// A whole pass finished: everything pushed and everything pulled.
    void synced(const QDateTime &at);
    /// A pass failed; when \a retryInMs >= 0 the engine tries again by itself then.
    void failed(const nm::core::ApiError &error, qint64 retryInMs);
    /// The server refused this device or account: erase this user's local data (DESIGN §4).
    void wipeRequired(const nm::core::ApiError &reason);
    /// The counts a status bar shows changed.
    void pendingChanged(int pendingChanges, int openConflicts);

private:
    void setPhase(Phase phase);
    void pushNext();
    void applyPushResults(const QJsonObject &answer, const QList<JournalEntry> &sent);
    void pullNext();
    void requestPage(const QString &cursor);
    void pageReceived(ApiClient::RawAnswer answer);
    void pageFailed(const ApiError &error);
    void pageDecoded(Result<PulledPage, ApiError> page, const QString &linkNext);
    void writeReadyPages();
    bool writePage(const PulledPage &page);
    void setBulkApply(bool on);
    void fail(const ApiError &error);
    void fail(const QString &localProblem);
    void finishPass();

    QSqlDatabase m_db;
    ApiClient &m_api;
    QUuid m_deviceId;
    Options m_options;
    Phase m_phase = Phase::Idle;
    QTimer m_retryTimer;
    int m_failures = 0;
    int m_batchSize = 0;
    qint64 m_pushTotal = 0;
    qint64 m_pushDone = 0;
    qint64 m_pullTotal = -1;
    qint64 m_pullDone = 0;
    bool m_firstPage = true;
    // A page's answer is only applied if no failure or new pass came between its request and it.
    quint64 m_pullGeneration = 0;
    bool m_bulkApply = false;
    /// Pages of this pass whose answer arrived, and that were written.
    int m_received = 0;
    int m_written = 0;
    /// Decoded pages waiting to be written, in order.
    QList<PulledPage> m_decoded;
    /// Why a page request failed, reported once the pages before it are written.
    std::optional<ApiError> m_pageFailure;
    /// One thread, so pages are decoded (and handed back) in the order they arrived. Declared
    /// last: destroyed first, it waits for a running decode before anything it uses goes.
    QThreadPool m_decoder;
};

} // namespace nm::core
