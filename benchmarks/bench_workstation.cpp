// The workstation's start-up, unlock and chart opening, each beside a bare QMainWindow started
// the same way in the same run (offscreen platform, release build). Reports:
//   FIGURE launch_ms            `novamind --startup-probe` from process start to the painted
//                               sign-in window
//   FIGURE bare_launch_ms       the same for a process that shows a bare QMainWindow
//   RATIO  launch_vs_bare       launch_ms / bare_launch_ms
//   FIGURE unlock_to_list_ms    Unlock on the lock screen to the painted main window listing the
//                               first page of 10,000 patients; includes the deliberate Argon2id
//                               key derivation (KdfParams::recommended)
//   FIGURE unlock_kdf_ms        that key derivation alone (KeyVault::unlock), to read the above
//   FIGURE open_chart_ms        MainWindow::openChart() to the painted chart, for patients with a
//                               year of notes, assessments, medications and appointments
//   FIGURE bare_window_ms       a new QMainWindow to its first paint, in this process (the
//                               baseline of the two in-process figures)
//   RATIO  open_chart_vs_bare_window, unlock_to_list_vs_bare_window
// Targets (issue 6): launch_ms <= 300, open_chart_ms <= 100.

#include "benchmarks/AlternatingRuns.h"
#include "benchmarks/RatioReporter.h"
#include "core/crypto/KeyVault.h"
#include "core/crypto/SecureRandom.h"
#include "core/demo/DemoPracticeGenerator.h"
#include "core/demo/DemoPracticeWriter.h"
#include "core/instruments/InstrumentRegistry.h"
#include "core/storage/CacheDatabase.h"
#include "core/sync/LocalAccounts.h"
#include "core/sync/WorkstationSession.h"
#include "ui/common/FirstPaintWatcher.h"
#include "ui/workstation/LockScreen.h"
#include "ui/workstation/MainWindow.h"
#include "ui/workstation/PatientChart.h"
#include "ui/workstation/PatientPanel.h"
#include "ui/workstation/WorkstationSettings.h"
#include "ui/workstation/WorkstationShell.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace nm::core;

namespace {

constexpr int ListPatients = 10'000;
constexpr int ChartPatients = 5;
constexpr int Rounds = 9;
const QDate Today(2026, 11, 25);
const QString Username = u"dr.bench"_s;
const QString Password = u"a long bench passphrase"_s;
// Nothing listens here: sign-in finds the server unreachable and unlocks offline.
const QUrl Server(u"http://127.0.0.1:1"_s);

/// Runs the event loop until \a widget has painted once (or 10 s have passed).
bool waitForPaint(QWidget *widget)
{
    QEventLoop loop;
    auto *watcher = new nm::ui::FirstPaintWatcher(widget);
    bool painted = false;
    QObject::connect(watcher, &nm::ui::FirstPaintWatcher::painted, &loop, [&] {
        painted = true;
        loop.quit();
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    widget->update();
    loop.exec();
    delete watcher;
    return painted;
}

// An account signed in here before, with a cache of 10,000 patients (a week of data each) and
// five with a year of everything; then a workstation signed in offline and showing the list.
class Fixture {
public:
    Fixture()
    {
        LocalAccounts accounts(m_dir.filePath(u"accounts"_s), Server);
        const QUuid user = QUuid::createUuid();
        const SecureBuffer key = SecureRandom::key(32);
        if (!accounts.save(Username, {user,
                                      QUuid::createUuid(),
                                      u"Dr. Bench"_s,
                                      QDateTime::currentDateTimeUtc(),
                                      14,
                                      {Role::Psychiatrist}}))
            qFatal("cannot write the account list");
        // After the account list, which creates the folder the key file goes in.
        auto vault = KeyVault::seal(key, Password, KdfParams::recommended());
        if (!vault || !vault.value().save(accounts.vaultPath(user)))
            qFatal("cannot write the key file");
        {
            auto cache =
                CacheDatabase::open(accounts.cachePath(user), SecureBuffer::copyOf(key.view()));
            if (!cache)
                qFatal("%s", qPrintable(cache.error().message));
            DemoPracticeOptions list;
            list.today = Today;
            list.patients = ListPatients;
            list.days = 7;
            list.seed = 1;
            list.clinicians = {user};
            DemoPracticeOptions charts = list;
            charts.patients = ChartPatients;
            charts.days = 365;
            charts.seed = 2;
            for (const DemoPracticeOptions &options : {list, charts}) {
                auto practice = DemoPracticeGenerator::generate(options);
                if (!practice)
                    qFatal("%s", qPrintable(practice.error()));
                if (auto written =
                        DemoPracticeWriter::write(practice.value(), cache.value().database());
                    !written)
                    qFatal("%s", qPrintable(written.error()));
                if (options.seed == charts.seed) {
                    for (const Patient &patient : practice.value().patients)
                        m_charts.append(patient.meta.id);
                }
            }
        }
        m_vaultPath = accounts.vaultPath(user);

        auto instruments = InstrumentRegistry::loadBuiltIn();
        if (!instruments)
            qFatal("%s", qPrintable(instruments.error()));
        m_instruments.emplace(std::move(instruments).value());
        m_store.emplace(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<nm::ui::WorkstationSettings>(&*m_store);
        m_settings->setServerUrl(Server);
        WorkstationSession::Options options;
        options.accountsRoot = m_dir.filePath(u"accounts"_s);
        m_session = std::make_unique<WorkstationSession>(options);
        m_shell =
            std::make_unique<nm::ui::WorkstationShell>(*m_session, *m_settings, *m_instruments);
        m_shell->start();
        QEventLoop loop;
        QObject::connect(m_session.get(), &WorkstationSession::signedIn, &loop, &QEventLoop::quit);
        QObject::connect(m_session.get(), &WorkstationSession::signInFailed, &loop,
                         [](const WorkstationSession::Failure &failure) {
                             qFatal("sign-in failed: %s", qPrintable(failure.message));
                         });
        m_session->signIn(Server, Username, Password);
        loop.exec();
        if (!m_shell->mainWindow())
            qFatal("no main window after sign-in");
    }

    ~Fixture()
    {
        m_shell.reset();
        m_session.reset();
    }

    nm::ui::WorkstationShell &shell() { return *m_shell; }
    const QList<QUuid> &charts() const { return m_charts; }
    QString vaultPath() const { return m_vaultPath; }

private:
    QTemporaryDir m_dir;
    QList<QUuid> m_charts;
    QString m_vaultPath;
    std::optional<InstrumentRegistry> m_instruments;
    std::optional<QSettings> m_store;
    std::unique_ptr<nm::ui::WorkstationSettings> m_settings;
    std::unique_ptr<WorkstationSession> m_session;
    std::unique_ptr<nm::ui::WorkstationShell> m_shell;
};

enum class Program { Novamind, BareWindow };

void launch(benchmark::State &state, Program program)
{
    QTemporaryDir data;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    QString binary = QString::fromUtf8(BARE_WINDOW_BIN);
    QStringList arguments;
    if (program == Program::Novamind) {
        binary = QString::fromUtf8(NOVAMIND_BIN);
        arguments = {u"--startup-probe"_s, u"--data-dir"_s, data.path()};
    }
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        process.start(binary, arguments);
        QByteArray out;
        while (!out.contains("shown") && process.waitForReadyRead(10'000))
            out += process.readAllStandardOutput();
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        if (!out.contains("shown")) {
            state.SkipWithError("the window never reported its first paint");
            break;
        }
        process.waitForFinished(10'000);
    }
}

enum class Shown { UnlockToList, OpenChart, BareWindow };

void inProcess(benchmark::State &state, Shown what, Fixture *fixture)
{
    static int nextChart = 0;
    nm::ui::WorkstationShell &shell = fixture->shell();
    for (auto _ : state) {
        if (what == Shown::UnlockToList) {
            state.PauseTiming();
            shell.lock();
            QCoreApplication::processEvents();
            state.ResumeTiming();
            QElapsedTimer clock;
            clock.start();
            Q_EMIT shell.lockScreen()->unlockRequested(Password);
            nm::ui::MainWindow *main = shell.mainWindow();
            if (!main || !waitForPaint(main->patientPanel()->view()->viewport()) ||
                main->patientPanel()->visibleCount() == 0) {
                state.SkipWithError("the patient list did not appear");
                break;
            }
            state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        } else if (what == Shown::OpenChart) {
            nm::ui::MainWindow *main = shell.mainWindow();
            const QUuid id = fixture->charts().at(nextChart++ % fixture->charts().size());
            QElapsedTimer clock;
            clock.start();
            nm::ui::PatientChart *chart = main->openChart(id);
            if (!waitForPaint(chart)) {
                state.SkipWithError("the chart was not painted");
                break;
            }
            state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
            state.PauseTiming();
            main->charts()->removeTab(main->charts()->indexOf(chart));
            delete chart;
            state.ResumeTiming();
        } else {
            QElapsedTimer clock;
            clock.start();
            auto window = std::make_unique<QMainWindow>();
            window->resize(1440, 900);
            window->show();
            if (!waitForPaint(window.get())) {
                state.SkipWithError("the bare window was not painted");
                break;
            }
            state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        }
    }
}

void unlockKdf(benchmark::State &state, Fixture *fixture)
{
    const auto vault = KeyVault::load(fixture->vaultPath());
    for (auto _ : state) {
        if (!vault || !vault.value().unlock(Password)) {
            state.SkipWithError("the key file does not unlock");
            break;
        }
    }
}

void registerRun(const std::string &name, void (*workload)(benchmark::State &, Shown, Fixture *),
                 Shown what, Fixture *fixture)
{
    benchmark::RegisterBenchmark(name.c_str(), workload, what, fixture)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Fixture fixture;

    for (int round = 0; round < Rounds; ++round) {
        for (const auto &[name, program] : {std::pair{"launch/novamind", Program::Novamind},
                                            std::pair{"launch/bare_window", Program::BareWindow}})
            benchmark::RegisterBenchmark(name, launch, program)
                ->Iterations(1)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        registerRun("unlock_to_list", inProcess, Shown::UnlockToList, &fixture);
        registerRun("open_chart", inProcess, Shown::OpenChart, &fixture);
        registerRun("bare_window", inProcess, Shown::BareWindow, &fixture);
        benchmark::RegisterBenchmark("unlock_kdf", unlockKdf, &fixture)
            ->Iterations(1)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }

    benchmark::Initialize(&argc, argv);
    nm::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printFigure("launch_ms", "launch/novamind");
    reporter.printFigure("bare_launch_ms", "launch/bare_window");
    reporter.printRatio("launch_vs_bare", "launch/novamind", "launch/bare_window");
    reporter.printFigure("unlock_to_list_ms", "unlock_to_list");
    reporter.printFigure("unlock_kdf_ms", "unlock_kdf");
    reporter.printFigure("open_chart_ms", "open_chart");
    reporter.printFigure("bare_window_ms", "bare_window");
    reporter.printRatio("open_chart_vs_bare_window", "open_chart", "bare_window");
    reporter.printRatio("unlock_to_list_vs_bare_window", "unlock_to_list", "bare_window");
    benchmark::Shutdown();
    return reporter.complete() ? 0 : 1;
}
