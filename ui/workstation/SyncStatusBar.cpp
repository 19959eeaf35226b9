#include "ui/workstation/SyncStatusBar.h"

#include "core/sync/WorkstationSession.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nm::ui {

using core::SyncEngine;

SyncStatusBar::SyncStatusBar(core::WorkstationSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_connection(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_conflictsButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"syncStatus"_s);
    m_connection->setObjectName(u"syncConnection"_s);
    m_lastSync->setObjectName(u"syncLastSync"_s);
    m_pendingLabel->setObjectName(u"syncPending"_s);
    m_conflictsButton->setObjectName(u"syncConflicts"_s);
    m_conflictsButton->setFlat(true);
    m_conflictsButton->setIcon(QIcon(u":/icons/conflict.svg"_s));
    m_conflictsButton->setStyleSheet(u"QPushButton { color: #b26a00; font-weight: bold; }"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->hide();
    m_error->setObjectName(u"syncError"_s);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_syncNow->setObjectName(u"syncNow"_s);
    m_syncNow->setIcon(QIcon(u":/icons/sync.svg"_s));
    m_syncNow->setToolTip(tr("Send your changes and fetch the latest (F5)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(12);
    layout->addWidget(m_connection);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_conflictsButton);
    layout->addWidget(m_progress);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_syncNow);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->syncNow();
    });
    connect(m_conflictsButton, &QPushButton::clicked, this, &SyncStatusBar::conflictsRequested);
    connect(&m_session, &core::WorkstationSession::syncEngineChanged, this, &SyncStatusBar::attach);
    // "Synced just now" must not go stale while nothing happens.
    m_clock->setInterval(30'000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusBar::updateTexts);
    m_clock->start();

    m_online = m_session.isOnline();
    m_pending = m_session.pendingChanges();
    m_conflicts = m_session.openConflicts();
    m_lastSynced = m_session.lastSyncAt();
    if (!m_online)
        m_errorText = tr("Signed in offline: sign out and sign in with the server to sync.");
    attach(m_session.syncEngine());
}

QString SyncStatusBar::statusText() const
{
    QStringList parts{m_connection->text(), m_lastSync->text(), m_pendingLabel->text()};
    if (m_conflicts > 0)
        parts << m_conflictsButton->text();
    if (!m_errorText.isEmpty())
        parts << m_errorText;
    return parts.join(u" · "_s);
}

void SyncStatusBar::attach(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_syncNow->setEnabled(engine && m_session.isOnline());
    if (engine) {
        connect(engine, &SyncEngine::phaseChanged, this, &SyncStatusBar::phaseChanged);
        connect(engine, &SyncEngine::progress, this, &SyncStatusBar::progress);
        connect(engine, &SyncEngine::synced, this, &SyncStatusBar::synced);
        connect(engine, &SyncEngine::failed, this, &SyncStatusBar::failed);
        connect(engine, &SyncEngine::pendingChanged, this, &SyncStatusBar::countsChanged);
    }
    updateTexts();
}

void SyncStatusBar::phaseChanged(SyncEngine::Phase phase)
{
    const bool running = phase == SyncEngine::Phase::Pushing || phase == SyncEngine::Phase::Pulling;
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_errorText.clear();
    }
    updateTexts();
}

void SyncStatusBar::progress(SyncEngine::Phase phase, qint64 done, qint64 total)
{
    if (total > 0) {
        // Per mille, so a large pull fits QProgressBar's int range.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setToolTip(phase == SyncEngine::Phase::Pushing
                               ? tr("Sending changes: %1 of %2").arg(done).arg(total)
                               : tr("Receiving records: %1").arg(done));
}

void SyncStatusBar::synced(const QDateTime &at)
{
    m_online = true;
    m_lastSynced = at;
    m_errorText.clear();
    m_progress->hide();
    updateTexts();
}

void SyncStatusBar::failed(const core::ApiError &error, qint64 retryInMs)
{
    m_progress->hide();
    using Kind = core::ApiError::Kind;
    if (error.kind == Kind::Network || error.kind == Kind::Timeout) {
        m_online = false;
        m_errorText = retryInMs >= 0
                          ? tr("The server cannot be reached; your changes are kept here and "
                               "sent when it can (next try in %n s).",
                               nullptr, int((retryInMs + 999) / 1000))
                          : tr("The server cannot be reached; your changes are kept here.");
    } else if (error.isAuthFailure()) {
        m_errorText = tr("The server needs you to sign in again: sign out, then sign in. Your "
                         "changes are kept here.");
    } else if (error.kind == Kind::Tls) {
        m_online = false;
        m_errorText = tr("The server's certificate is not trusted; nothing was sent. Ask your "
                         "practice administrator.");
    } else {
        m_errorText = retryInMs >= 0 ? tr("Sync failed: %1 Trying again in %n s.", nullptr,
                                          int((retryInMs + 999) / 1000))
                                           .arg(error.title)
                                     : tr("Sync failed: %1").arg(error.title);
    }
    updateTexts();
}

void SyncStatusBar::countsChanged(int pending, int conflicts)
{
    m_pending = pending;
    m_conflicts = conflicts;
    updateTexts();
}

void SyncStatusBar::updateTexts()
{
    const bool running = m_engine && m_engine->isRunning();
    m_connection->setText(running ? tr("● Syncing…") : m_online ? tr("● Online") : tr("○ Offline"));
    m_connection->setStyleSheet(m_online ? u"color: #2e7d32;"_s : u"color: #8a8a8a;"_s);
    if (m_lastSynced.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime local = m_lastSynced.toLocalTime();
        const QLocale locale;
        if (m_lastSynced.secsTo(now) < 60)
            m_lastSync->setText(tr("Synced just now"));
        else if (local.date() == now.toLocalTime().date())
            m_lastSync->setText(
                tr("Synced at %1").arg(locale.toString(local.time(), QLocale::ShortFormat)));
        else
            m_lastSync->setText(
                tr("Last synced %1").arg(locale.toString(local, QLocale::ShortFormat)));
    } else {
        m_lastSync->setText(tr("Not synced yet"));
    }
    m_pendingLabel->setText(m_pending == 0 ? tr("No changes to send")
                                           : tr("%n change(s) to send", nullptr, m_pending));
    m_conflictsButton->setText(tr("%n conflict(s)", nullptr, m_conflicts));
    m_conflictsButton->setVisible(m_conflicts > 0);
    m_error->setText(m_errorText);
    m_error->setToolTip(m_errorText);
    m_syncNow->setEnabled(m_engine && m_session.isOnline() && !running);
    setAccessibleDescription(statusText());
}

} // namespace nm::ui
