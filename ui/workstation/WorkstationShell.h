#pragma once

#include "core/instruments/InstrumentRegistry.h"
#include "core/sync/WorkstationSession.h"

#include <QObject>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace nm::ui {

class InactivityWatcher;
class LockScreen;
class MainWindow;
class SignInWindow;
class WorkstationSettings;

/// Which window the clinician sees and when: sign-in, then the main window; the lock screen
/// after inactivity or Ctrl+L (drafts saved, charts and places remembered, cache closed and
/// keys wiped), back to the same charts after unlock; sign-in again after sign-out or a remote
/// wipe. Applies language and theme.
class WorkstationShell : public QObject {
    Q_OBJECT

public:
    WorkstationShell(core::WorkstationSession &session, WorkstationSettings &settings,
                     const core::InstrumentRegistry &instruments, QObject *parent = nullptr);
    ~WorkstationShell() override;

    /// Shows the sign-in window.
    void start();
    void lock();
    void signOut();

    SignInWindow *signInWindow() const { return m_signIn.get(); }
    MainWindow *mainWindow() const { return m_main.get(); }
    LockScreen *lockScreen() const { return m_lock.get(); }
    InactivityWatcher *inactivity() const { return m_inactivity; }

    /// Installs the translators for \a language ("de", "es", "en"; empty: the system's).
    static void applyLanguage(const QString &language);
    static void applyTheme(int theme);

private:
    void buildLockScreen();
    void signedIn();
    void showMain(const QVariantMap &viewState);
    void unlock(const QString &password);
    void endedByServer(const QString &message);
    void closeMain();
    void showSettings();
    void settingsChanged();
    void quit();

    core::WorkstationSession &m_session;
    WorkstationSettings &m_settings;
    const core::InstrumentRegistry &m_instruments;
    std::unique_ptr<SignInWindow> m_signIn;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<LockScreen> m_lock;
    InactivityWatcher *m_inactivity;
    QVariantMap m_lockedState;
    QString m_language;
};

} // namespace nm::ui
