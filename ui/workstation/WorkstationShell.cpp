#include "ui/workstation/WorkstationShell.h"

#include "ui/workstation/InactivityWatcher.h"
#include "ui/workstation/LockScreen.h"
#include "ui/workstation/MainWindow.h"
#include "ui/workstation/SettingsDialog.h"
#include "ui/workstation/SignInWindow.h"
#include "ui/workstation/WorkstationSettings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPalette>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

QTranslator &appTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

WorkstationShell::WorkstationShell(core::WorkstationSession &session, WorkstationSettings &settings,
                                   const core::InstrumentRegistry &instruments, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_instruments(instruments)
    , m_inactivity(new InactivityWatcher(this))
    , m_language(settings.language())
{
    applyLanguage(m_language);
    applyTheme(int(settings.theme()));
    m_signIn = std::make_unique<SignInWindow>(session, settings);
    buildLockScreen();
    connect(&m_session, &core::WorkstationSession::signedIn, this, &WorkstationShell::signedIn);
    connect(&m_session, &core::WorkstationSession::endedByServer, this,
            &WorkstationShell::endedByServer);
    connect(m_inactivity, &InactivityWatcher::timedOut, this, &WorkstationShell::lock);
    // Queued: a change comes from the settings dialog, a child of the main window that a new
    // language rebuilds; the dialog must have returned first.
    connect(&m_settings, &WorkstationSettings::changed, this, &WorkstationShell::settingsChanged,
            Qt::QueuedConnection);
}

WorkstationShell::~WorkstationShell()
{
    closeMain();
}

void WorkstationShell::buildLockScreen()
{
    m_lock = std::make_unique<LockScreen>();
    connect(m_lock.get(), &LockScreen::unlockRequested, this, &WorkstationShell::unlock);
    connect(m_lock.get(), &LockScreen::signOutRequested, this, &WorkstationShell::signOut);
}

void WorkstationShell::start()
{
    m_signIn->adjustSize();
    if (const QScreen *screen = m_signIn->screen())
        m_signIn->move(screen->availableGeometry().center() - m_signIn->rect().center());
    m_signIn->show();
    m_signIn->reset();
}

void WorkstationShell::applyLanguage(const QString &language)
{
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // A session without LANG reports the C locale, whose dates and times are for machines
    // ("14:00:00"); the people reading them get English.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    QLocale::setDefault(locale);
    // English is the source language; its file only holds the plural forms, and it is also the
    // fallback for a language the workstation does not speak.
    if (appTranslator().load(locale, u"novamind"_s, u"_"_s, u":/i18n"_s) ||
        appTranslator().load(u":/i18n/novamind_en.qm"_s))
        QCoreApplication::installTranslator(&appTranslator());
    if (qtTranslator().load(locale, u"qtbase"_s, u"_"_s,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
}

void WorkstationShell::applyTheme(int theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    // Fusion draws the same everywhere and follows the palette fully, so light and dark look
    // right on every desktop.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    switch (WorkstationSettings::Theme(theme)) {
    case WorkstationSettings::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case WorkstationSettings::Theme::Light:
    case WorkstationSettings::Theme::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    }
}

void WorkstationShell::signedIn()
{
    QVariantMap state;
    QVariantList charts;
    const QStringList open =
        m_settings.openCharts(m_session.user().id.toString(QUuid::WithoutBraces));
    for (const QString &id : open)
        charts.append(QVariantMap{{u"patient"_s, id}});
    state.insert(u"charts"_s, charts);
    showMain(state);
}

void WorkstationShell::showMain(const QVariantMap &viewState)
{
    m_main = std::make_unique<MainWindow>(m_session, m_settings, m_instruments);
    connect(m_main.get(), &MainWindow::lockRequested, this, &WorkstationShell::lock);
    connect(m_main.get(), &MainWindow::signOutRequested, this, &WorkstationShell::signOut);
    connect(m_main.get(), &MainWindow::settingsRequested, this, &WorkstationShell::showSettings);
    connect(m_main.get(), &MainWindow::quitRequested, this, &WorkstationShell::quit);
    m_main->restoreViewState(viewState);
    m_main->show();
    m_signIn->hide();
    m_lock->hide();
    m_inactivity->start(std::chrono::minutes(m_settings.lockMinutes()));
}

void WorkstationShell::lock()
{
    if (!m_main || m_session.state() != core::WorkstationSession::State::Open)
        return;
    QString problem;
    if (!m_main->saveAllDrafts(&problem)) {
        // Locking would lose what was typed; stay open and say why. The inactivity timer
        // starts again so the lock is retried.
        QMessageBox::warning(
            m_main.get(), tr("Not locked"),
            tr("A draft could not be saved, so the workstation did not lock:\n%1").arg(problem));
        m_inactivity->start(std::chrono::minutes(m_settings.lockMinutes()));
        return;
    }
    m_lockedState = m_main->viewState();
    const QRect geometry = m_main->geometry();
    closeMain();
    m_session.lock();
    m_lock->setGeometry(geometry);
    m_lock->show();
    m_lock->prepare(m_session.user().displayName.isEmpty() ? m_session.username()
                                                           : m_session.user().displayName);
    m_lock->activateWindow();
}

void WorkstationShell::unlock(const QString &password)
{
    const auto unlocked = m_session.unlock(password);
    if (!unlocked) {
        using Kind = core::WorkstationSession::Failure::Kind;
        if (unlocked.error().kind == Kind::ConnectToSignIn) {
            signOut();
            m_signIn->showNotice(unlocked.error().message);
            return;
        }
        m_lock->showError(unlocked.error().message);
        return;
    }
    showMain(std::exchange(m_lockedState, {}));
}

void WorkstationShell::signOut()
{
    if (m_main) {
        QString problem;
        if (!m_main->saveAllDrafts(&problem)) {
            QMessageBox::warning(m_main.get(), tr("Not signed out"),
                                 tr("A draft could not be saved:\n%1").arg(problem));
            return;
        }
    }
    closeMain();
    m_session.signOut();
    m_lock->hide();
    m_lockedState.clear();
    m_signIn->reset();
    m_signIn->show();
}

void WorkstationShell::endedByServer(const QString &message)
{
    // The cache is already closed (and erased for a wipe): drafts cannot be saved any more.
    m_main.reset();
    m_inactivity->stop();
    m_lock->hide();
    m_signIn->showNotice(message);
    m_signIn->reset();
    m_signIn->show();
}

void WorkstationShell::closeMain()
{
    m_inactivity->stop();
    if (!m_main)
        return;
    m_main->saveWindowState();
    m_main->hide();
    m_main.reset();
}

void WorkstationShell::showSettings()
{
    SettingsDialog dialog(m_settings, m_main.get());
    dialog.exec();
}

void WorkstationShell::settingsChanged()
{
    applyTheme(int(m_settings.theme()));
    if (m_inactivity->isActive())
        m_inactivity->start(std::chrono::minutes(m_settings.lockMinutes()));
    if (m_settings.language() == m_language)
        return;
    m_language = m_settings.language();
    applyLanguage(m_language);
    // Widgets take their texts when built: rebuild the windows in the new language, keeping
    // every open chart, its place and its drafts.
    const bool signInVisible = m_signIn->isVisible();
    m_signIn = std::make_unique<SignInWindow>(m_session, m_settings);
    if (signInVisible)
        m_signIn->show();
    buildLockScreen();
    if (m_main) {
        QString problem;
        if (!m_main->saveAllDrafts(&problem)) {
            QMessageBox::warning(m_main.get(), tr("Language not changed yet"),
                                 tr("The new language applies after the next sign-in, because "
                                    "a draft could not be saved:\n%1")
                                     .arg(problem));
            return;
        }
        const QVariantMap state = m_main->viewState();
        closeMain();
        showMain(state);
    }
}

void WorkstationShell::quit()
{
    if (m_main) {
        QString problem;
        if (!m_main->saveAllDrafts(&problem)) {
            const auto answer = QMessageBox::warning(
                m_main.get(), tr("Quit without the draft?"),
                tr("A draft could not be saved:\n%1\n\nQuit anyway and lose it?").arg(problem),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard)
                return;
        }
    }
    closeMain();
    m_session.signOut();
    QCoreApplication::quit();
}

} // namespace nm::ui
