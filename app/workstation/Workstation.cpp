// The windowed workstation: builds the session, settings and shell and hands over to the event
// loop. Everything it shows lives in ui/; everything it knows lives in core/.

#include "Workstation.h"

#include "core/instruments/InstrumentRegistry.h"
#include "core/sync/WorkstationSession.h"
#include "ui/common/FirstPaintWatcher.h"
#include "ui/workstation/SignInWindow.h"
#include "ui/workstation/WorkstationSettings.h"
#include "ui/workstation/WorkstationShell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

int runWorkstation(int argc, char *argv[])
{
    // The process holds decrypted patient data and keys: no core dump may write them to disk.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"novamind"_s);
    QApplication::setOrganizationName(u"Novamind"_s);
    QApplication::setApplicationDisplayName(u"Novamind"_s);
    QApplication::setApplicationVersion(QStringLiteral(NOVAMIND_VERSION));
    QApplication::setDesktopFileName(u"org.novamind.Workstation"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/novamind.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "novamind", "Novamind clinician workstation. `novamind sync --headless --help` describes "
                    "the command-line sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"server"_s,
         QApplication::translate("novamind", "Server address to offer at sign-in (saved)."),
         u"URL"_s},
        {u"data-dir"_s,
         QApplication::translate("novamind",
                                 "Folder for the encrypted caches and settings (default: the "
                                 "user's application data folder)."),
         u"DIR"_s},
    });
    QCommandLineOption probe(u"startup-probe"_s,
                             QApplication::translate("novamind",
                                                     "Print \"shown\" once the sign-in window "
                                                     "has been painted, and quit (benchmarks)."));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probe);
    parser.process(app);

    QString dataDir = parser.value(u"data-dir"_s);
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        QMessageBox::critical(
            nullptr, QApplication::translate("novamind", "Novamind"),
            QApplication::translate("novamind", "The data folder %1 cannot be created.")
                .arg(dataDir));
        return 1;
    }
    QSettings store(QDir(dataDir).filePath(u"settings.ini"_s), QSettings::IniFormat);
    nm::ui::WorkstationSettings settings(&store);
    if (parser.isSet(u"server"_s))
        settings.setServerUrl(QUrl::fromUserInput(parser.value(u"server"_s)));

    auto instruments = nm::core::InstrumentRegistry::loadBuiltIn();
    if (!instruments) {
        QMessageBox::critical(nullptr, QApplication::translate("novamind", "Novamind"),
                              instruments.error());
        return 1;
    }
    nm::core::WorkstationSession::Options options;
    options.accountsRoot = QDir(dataDir).filePath(u"accounts"_s);
    nm::core::WorkstationSession session(options);
    nm::ui::WorkstationShell shell(session, settings, instruments.value());
    if (parser.isSet(probe)) {
        auto *watcher = new nm::ui::FirstPaintWatcher(shell.signInWindow());
        QObject::connect(watcher, &nm::ui::FirstPaintWatcher::painted, &app, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    shell.start();
    return app.exec();
}
