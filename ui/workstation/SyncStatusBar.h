#pragma once

#include "core/sync/ApiError.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace nm::core {
class WorkstationSession;
}

namespace nm::ui {

/// Sync, as the status bar shows it: online or offline, when the cache last synced, how many
/// changes wait to be sent, a progress bar while syncing, the last error with what to do about
/// it, open conflicts, and "Sync now". It follows whichever SyncEngine the session has.
class SyncStatusBar : public QWidget {
    Q_OBJECT

public:
    explicit SyncStatusBar(core::WorkstationSession &session, QWidget *parent = nullptr);

    int pendingChanges() const { return m_pending; }
    int openConflicts() const { return m_conflicts; }
    bool isOnline() const { return m_online; }
    /// The status text as shown (for tests and the accessible description).
    QString statusText() const;

Q_SIGNALS:
    void conflictsRequested();

private:
    void attach(core::SyncEngine *engine);
    void phaseChanged(core::SyncEngine::Phase phase);
    void progress(core::SyncEngine::Phase phase, qint64 done, qint64 total);
    void synced(const QDateTime &at);
    void failed(const core::ApiError &error, qint64 retryInMs);
    void countsChanged(int pending, int conflicts);
    void updateTexts();

    core::WorkstationSession &m_session;
    QPointer<core::SyncEngine> m_engine;
    QLabel *m_connection;
    QLabel *m_lastSync;
    QLabel *m_pendingLabel;
    QPushButton *m_conflictsButton;
    QProgressBar *m_progress;
    QLabel *m_error;
    QPushButton *m_syncNow;
    QTimer *m_clock;
    int m_pending = 0;
    int m_conflicts = 0;
    bool m_online = false;
    QDateTime m_lastSynced;
    QString m_errorText;
};

} // namespace nm::ui
