#pragma once

#include "ui/common/ChartContext.h"

#include <QMainWindow>
#include <QUuid>

class QTabWidget;

namespace nm::core {
class SyncEngine;
class WorkstationSession;
} // namespace nm::core

namespace nm::ui {

class PatientChart;
class PatientPanel;
class SyncStatusBar;
class WorkstationSettings;

/// The workstation's main window while the cache is open: the patient panel on the left, one
/// tab per open chart on the right, sync in the status bar. It exists only while the session is
/// open; locking destroys it (after its drafts are saved), unlocking builds a new one.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(core::WorkstationSession &session, WorkstationSettings &settings,
               const core::InstrumentRegistry &instruments, QWidget *parent = nullptr);
    ~MainWindow() override;

    PatientPanel *patientPanel() const { return m_panel; }
    QTabWidget *charts() const { return m_charts; }
    SyncStatusBar *syncStatus() const { return m_status; }
    /// The chart of \a patientId, opened (and made current) if it was not.
    PatientChart *openChart(const QUuid &patientId);
    PatientChart *currentChart() const;

    /// Saves the drafts of every open chart; false with the problem when one could not be.
    bool saveAllDrafts(QString *problem);
    /// Open charts and where the clinician was in each, for restoring after unlock.
    QVariantMap viewState() const;
    void restoreViewState(const QVariantMap &state);
    /// Remembers geometry and open charts in the settings (also done when the window closes).
    void saveWindowState();

    /// The list of keyboard shortcuts, as Help shows it.
    static QList<std::pair<QString, QString>> shortcutList();

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    void settingsRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void followEngine(core::SyncEngine *engine);
    void refreshAll();
    void closeChart(int index);
    void chartChanged();
    void showConflicts();
    void showShortcuts();
    void showAbout();
    ChartContext contextFor(const QUuid &patientId) const;

    core::WorkstationSession &m_session;
    WorkstationSettings &m_settings;
    const core::InstrumentRegistry &m_instruments;
    PatientPanel *m_panel;
    QTabWidget *m_charts;
    SyncStatusBar *m_status;
};

} // namespace nm::ui
