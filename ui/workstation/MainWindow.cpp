#include "ui/workstation/MainWindow.h"

#include "core/sync/SyncEngine.h"
#include "core/sync/WorkstationSession.h"
#include "ui/common/RiskColor.h"
#include "ui/workstation/ConflictsDialog.h"
#include "ui/workstation/PatientChart.h"
#include "ui/workstation/PatientPanel.h"
#include "ui/workstation/SyncStatusBar.h"
#include "ui/workstation/WorkstationSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

MainWindow::MainWindow(core::WorkstationSession &session, WorkstationSettings &settings,
                       const core::InstrumentRegistry &instruments, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_instruments(instruments)
    , m_panel(new PatientPanel(session.database(), session.user().id, this))
    , m_charts(new QTabWidget(this))
    , m_status(new SyncStatusBar(session, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Novamind — %1")
                       .arg(session.user().displayName.isEmpty() ? session.user().username
                                                                 : session.user().displayName));
    m_charts->setObjectName(u"charts"_s);
    m_charts->setTabsClosable(true);
    m_charts->setMovable(true);
    m_charts->setAccessibleName(tr("Open charts"));
    auto *empty = new QLabel(tr("Choose a patient on the left to open the chart.\n"
                                "Ctrl+F searches; Enter opens the chart."),
                             m_charts);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_panel);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_charts);
    rightLayout->addWidget(empty);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 940});
    setCentralWidget(splitter);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);

    const auto showEmptyHint = [this, empty] {
        empty->setVisible(m_charts->count() == 0);
        m_charts->setVisible(m_charts->count() > 0);
    };
    showEmptyHint();
    connect(m_charts, &QTabWidget::tabCloseRequested, this, &MainWindow::closeChart);
    connect(m_charts->tabBar(), &QTabBar::tabCloseRequested, this, showEmptyHint);
    connect(m_charts, &QTabWidget::currentChanged, this, showEmptyHint);
    connect(m_panel, &PatientPanel::openRequested, this,
            [this](const QUuid &id) { openChart(id); });
    connect(m_status, &SyncStatusBar::conflictsRequested, this, &MainWindow::showConflicts);
    connect(&m_session, &core::WorkstationSession::syncEngineChanged, this,
            &MainWindow::followEngine);
    followEngine(m_session.syncEngine());
    buildMenus();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1440, 900);
    restoreState(m_settings.windowState());
    m_panel->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::followEngine(core::SyncEngine *engine)
{
    // A finished sync may have brought anything: the list and every open chart read again.
    if (engine)
        connect(engine, &core::SyncEngine::synced, this, &MainWindow::refreshAll);
}

void MainWindow::refreshAll()
{
    m_panel->refresh();
    for (int i = 0; i < m_charts->count(); ++i)
        static_cast<PatientChart *>(m_charts->widget(i))->refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *sync = file->addAction(QIcon(u":/icons/sync.svg"_s), tr("&Sync now"));
    sync->setShortcut(QKeySequence::Refresh);
    connect(sync, &QAction::triggered, this, [this] {
        if (core::SyncEngine *engine = m_session.syncEngine())
            engine->syncNow();
    });
    file->addSeparator();
    QAction *lock = file->addAction(QIcon(u":/icons/lock.svg"_s), tr("&Lock"));
    lock->setObjectName(u"lockAction"_s);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction *signOut = file->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *patient = menuBar()->addMenu(tr("&Patient"));
    QAction *find = patient->addAction(tr("&Find patient"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_panel, &PatientPanel::focusSearch);
    QAction *close = patient->addAction(tr("&Close chart"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, [this] {
        if (m_charts->count() > 0)
            closeChart(m_charts->currentIndex());
    });
    QAction *next = patient->addAction(tr("&Next chart"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [this] {
        if (m_charts->count() > 0)
            m_charts->setCurrentIndex((m_charts->currentIndex() + 1) % m_charts->count());
    });
    QAction *previous = patient->addAction(tr("&Previous chart"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, [this] {
        if (m_charts->count() > 0)
            m_charts->setCurrentIndex((m_charts->currentIndex() + m_charts->count() - 1) %
                                      m_charts->count());
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *conflicts =
        view->addAction(QIcon(u":/icons/conflict.svg"_s), tr("&Conflicts and rejected changes…"));
    conflicts->setObjectName(u"conflictsAction"_s);
    conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(conflicts, &QAction::triggered, this, &MainWindow::showConflicts);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(tr("&About Novamind"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QList<std::pair<QString, QString>> MainWindow::shortcutList()
{
    const auto text = [](const QKeySequence &sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    return {
        {text(QKeySequence::Find), tr("Find a patient")},
        {tr("Enter"), tr("Open the selected patient's chart")},
        {text(QKeySequence(Qt::CTRL | Qt::Key_PageDown)), tr("Next open chart")},
        {text(QKeySequence(Qt::CTRL | Qt::Key_PageUp)), tr("Previous open chart")},
        {text(QKeySequence::Close), tr("Close the current chart")},
        {text(QKeySequence::Refresh), tr("Sync now")},
        {text(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock the workstation")},
        {text(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)),
         tr("Conflicts and rejected changes")},
        {text(QKeySequence::Preferences), tr("Settings")},
        {text(QKeySequence::HelpContents), tr("This list")},
        {text(QKeySequence::Quit), tr("Quit")},
        {tr("Alt + underlined letter"), tr("Go to that field or tab")},
    };
}

ChartContext MainWindow::contextFor(const QUuid &patientId) const
{
    return ChartContext{m_session.database(), patientId, m_session.user(), &m_instruments, {}};
}

PatientChart *MainWindow::openChart(const QUuid &patientId)
{
    for (int i = 0; i < m_charts->count(); ++i) {
        auto *chart = static_cast<PatientChart *>(m_charts->widget(i));
        if (chart->patientId() == patientId) {
            m_charts->setCurrentIndex(i);
            return chart;
        }
    }
    auto *chart = new PatientChart(contextFor(patientId), m_charts);
    const int index = m_charts->addTab(chart, chart->title());
    if (chart->hasRiskFlags())
        m_charts->tabBar()->setTabTextColor(index, riskTextColor(palette()));
    m_charts->setTabToolTip(index, chart->title());
    m_charts->setCurrentIndex(index);
    connect(chart, &PatientChart::chartChanged, this, &MainWindow::chartChanged);
    chart->tabs()->setFocus();
    return chart;
}

PatientChart *MainWindow::currentChart() const
{
    return static_cast<PatientChart *>(m_charts->currentWidget());
}

void MainWindow::closeChart(int index)
{
    auto *chart = static_cast<PatientChart *>(m_charts->widget(index));
    if (!chart)
        return;
    QString problem;
    if (!chart->saveDrafts(&problem)) {
        QMessageBox::warning(
            this, tr("Draft not saved"),
            tr("The chart stays open because a draft could not be saved:\n%1").arg(problem));
        return;
    }
    m_charts->removeTab(index);
    chart->deleteLater();
    if (m_charts->count() == 0)
        m_panel->focusSearch();
}

void MainWindow::chartChanged()
{
    auto *chart = qobject_cast<PatientChart *>(sender());
    if (chart) {
        const int index = m_charts->indexOf(chart);
        m_charts->setTabText(index, chart->title());
        m_charts->tabBar()->setTabTextColor(index, chart->hasRiskFlags()
                                                       ? riskTextColor(palette())
                                                       : palette().color(QPalette::WindowText));
    }
    m_panel->refresh();
    m_session.reportCounts();
}

bool MainWindow::saveAllDrafts(QString *problem)
{
    for (int i = 0; i < m_charts->count(); ++i) {
        if (!static_cast<PatientChart *>(m_charts->widget(i))->saveDrafts(problem))
            return false;
    }
    return true;
}

QVariantMap MainWindow::viewState() const
{
    QVariantList charts;
    for (int i = 0; i < m_charts->count(); ++i) {
        const auto *chart = static_cast<const PatientChart *>(m_charts->widget(i));
        charts.append(QVariantMap{{u"patient"_s, chart->patientId().toString(QUuid::WithoutBraces)},
                                  {u"state"_s, chart->viewState()}});
    }
    return {{u"charts"_s, charts}, {u"current"_s, m_charts->currentIndex()}};
}

void MainWindow::restoreViewState(const QVariantMap &state)
{
    const QVariantList charts = state.value(u"charts"_s).toList();
    for (const QVariant &entry : charts) {
        const QVariantMap chartState = entry.toMap();
        const QUuid id = QUuid::fromString(chartState.value(u"patient"_s).toString());
        if (!id.isNull())
            openChart(id)->restoreViewState(chartState.value(u"state"_s).toMap());
    }
    if (m_charts->count() > 0)
        m_charts->setCurrentIndex(
            std::clamp(state.value(u"current"_s).toInt(), 0, m_charts->count() - 1));
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QStringList open;
    for (int i = 0; i < m_charts->count(); ++i)
        open << static_cast<PatientChart *>(m_charts->widget(i))
                    ->patientId()
                    .toString(QUuid::WithoutBraces);
    m_settings.setOpenCharts(m_session.user().id.toString(QUuid::WithoutBraces), open);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window quits; the shell saves drafts and state on the way out.
    event->ignore();
    Q_EMIT quitRequested();
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_session.database(), this);
    dialog.exec();
    m_session.reportCounts();
    refreshAll();
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    const auto list = shortcutList();
    table->setColumnCount(2);
    table->setRowCount(int(list.size()));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[row].first));
        table->setItem(row, 1, new QTableWidgetItem(list[row].second));
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 440);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Novamind"),
                       tr("Novamind Clinician Workstation %1\n\nCharts, scored assessments and "
                          "each patient's digital twin, on an encrypted cache that works offline "
                          "and syncs with your practice's server.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace nm::ui
