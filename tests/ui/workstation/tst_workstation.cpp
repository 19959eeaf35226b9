// The workstation as a psychiatrist uses it, end to end: real widgets on the offscreen platform,
// a real novamind-server (SQLite) with the demo practice on loopback, a real encrypted cache on
// disk. Also writes the screenshot tour to <build>/screenshots/.

#include "core/instruments/InstrumentRegistry.h"
#include "core/models/AssessmentHistoryModel.h"
#include "core/models/ModelRoles.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/ClinicalNoteRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/sync/ConflictStore.h"
#include "core/sync/LocalAccounts.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/WorkstationSession.h"
#include "server/auth/TotpAuthenticator.h"
#include "server/cli/SeedDemoCommand.h"
#include "tests/integration/SyncTestBed.h"
#include "tests/ui/support/ModalWatch.h"
#include "ui/assessments/AdministerAssessmentDialog.h"
#include "ui/assessments/AssessmentsTab.h"
#include "ui/assessments/SafetyAlertDialog.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NotesTab.h"
#include "ui/workstation/ConflictsDialog.h"
#include "ui/workstation/LockScreen.h"
#include "ui/workstation/MainWindow.h"
#include "ui/workstation/PatientChart.h"
#include "ui/workstation/PatientPanel.h"
#include "ui/workstation/SettingsDialog.h"
#include "ui/workstation/SignInWindow.h"
#include "ui/workstation/SyncStatusBar.h"
#include "ui/workstation/WorkstationSettings.h"
#include "ui/workstation/WorkstationShell.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using nm::core::WorkstationSession;
using nm::test::SyncTestBed;
using nm::test::whenModal;
using nm::ui::MainWindow;
using nm::ui::PatientChart;
using nm::ui::WorkstationSettings;
using nm::ui::WorkstationShell;

namespace {

constexpr int SyncTimeoutMs = 30000;

QString demoPassword()
{
    return QString::fromLatin1(nm::server::SeedDemoCommand::DemoPassword);
}

// RFC 4648 base32 (the authenticator secret as the enrollment answer gives it) to bytes.
QByteArray fromBase32(const QString &text)
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const auto value = alphabet.indexOf(c.toUpper());
        if (value < 0)
            continue;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    return bytes;
}

} // namespace

class TestWorkstation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInFailuresSayWhatToDo();
    void signInSyncsAndShowsPatients();
    void searchAndOpenChart();
    void positivePhq9ItemNineRaisesTheSafetyAlert();
    void noteIsWrittenSignedAndAmended();
    void offlineEditsWaitAndSyncLater();
    void lockKeepsTheDraftAndTheCharts();
    void offlineSignInWhenTheServerIsDown();
    void conflictIsResolvedWithOneClick();
    void germanInterface();
    void screenshotTour();
    void accountWithTwoFactorIsAskedForItsCode();
    void revokedDeviceIsErasedAndSignsOut();

private:
    void buildShell();
    void signIn(const QString &username);
    bool waitForSync();
    void shoot(QWidget *widget, const QString &name);
    nm::ui::NotesTab *notesTab();
    template <typename T> T *find(QWidget *root, const QString &name)
    {
        T *child = root->findChild<T *>(name);
        if (!child)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return child;
    }

    SyncTestBed m_bed;
    QTemporaryDir m_dir;
    std::optional<QSettings> m_store;
    std::unique_ptr<WorkstationSettings> m_settings;
    std::optional<nm::core::InstrumentRegistry> m_instruments;
    std::unique_ptr<WorkstationSession> m_session;
    std::unique_ptr<WorkstationShell> m_shell;
    QString m_screenshots;
};

void TestWorkstation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_bed.start(12, &error), qPrintable(error));
    auto instruments = nm::core::InstrumentRegistry::loadBuiltIn();
    QVERIFY2(instruments, qPrintable(instruments ? QString() : instruments.error()));
    m_instruments.emplace(std::move(instruments).value());
    m_screenshots = QString::fromUtf8(NM_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_screenshots));
    buildShell();
}

void TestWorkstation::cleanupTestCase()
{
    m_shell.reset();
    m_session.reset();
}

void TestWorkstation::buildShell()
{
    m_shell.reset();
    m_session.reset();
    m_settings.reset();
    m_store.emplace(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<WorkstationSettings>(&*m_store);
    m_settings->setServerUrl(m_bed.baseUrl());
    WorkstationSession::Options options;
    options.accountsRoot = m_dir.filePath(u"accounts"_s);
    // The cheapest key derivation the vault accepts: the tests are about the windows.
    options.kdf = nm::core::KdfParams::floor();
    m_session = std::make_unique<WorkstationSession>(options);
    m_shell = std::make_unique<WorkstationShell>(*m_session, *m_settings, *m_instruments);
    m_shell->start();
}

void TestWorkstation::signIn(const QString &username)
{
    nm::ui::SignInWindow *window = m_shell->signInWindow();
    QVERIFY(window->isVisible());
    auto *user = find<QLineEdit>(window, u"username"_s);
    auto *password = find<QLineEdit>(window, u"password"_s);
    QVERIFY(user && password);
    user->clear();
    QTest::keyClicks(user, username);
    password->clear();
    QTest::keyClicks(password, demoPassword());
    QTest::mouseClick(find<QPushButton>(window, u"signInButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 20000);
}

bool TestWorkstation::waitForSync()
{
    nm::core::SyncEngine *engine = m_session->syncEngine();
    if (!engine)
        return false;
    QSignalSpy synced(engine, &nm::core::SyncEngine::synced);
    if (!engine->isRunning())
        engine->syncNow();
    return synced.wait(SyncTimeoutMs) || !synced.isEmpty();
}

void TestWorkstation::shoot(QWidget *widget, const QString &name)
{
    // Rendered as the user would see it: laid out, at its own size, after pending paints.
    widget->ensurePolished();
    QCoreApplication::processEvents();
    const QString path = QDir(m_screenshots).filePath(name + u".png"_s);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestWorkstation::signInFailuresSayWhatToDo()
{
    nm::ui::SignInWindow *window = m_shell->signInWindow();
    auto *user = find<QLineEdit>(window, u"username"_s);
    auto *password = find<QLineEdit>(window, u"password"_s);
    auto *server = find<QLineEdit>(window, u"server"_s);
    auto *message = find<QLabel>(window, u"signInMessage"_s);
    auto *button = find<QPushButton>(window, u"signInButton"_s);
    QVERIFY(user && password && server && message && button);
    window->activateWindow();

    // A wrong password: said plainly, the password selected for retyping, the username kept.
    user->setText(u"dr.osei"_s);
    password->setText(u"not the password"_s);
    QSignalSpy failed(m_session.get(), &WorkstationSession::signInFailed);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<WorkstationSession::Failure>().kind,
             WorkstationSession::Failure::Kind::WrongPassword);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"password"_s, Qt::CaseInsensitive),
             qPrintable(message->text()));
    QCOMPARE(user->text(), u"dr.osei"_s);
    QCOMPARE(password->selectedText(), u"not the password"_s);
    shoot(window, u"01-sign-in-wrong-password"_s);

    // No server at that address, and no cache here yet: connect first, says the message, and
    // the cursor is in the server field.
    const QString realServer = server->text();
    server->setText(u"http://127.0.0.1:9"_s);
    password->setText(demoPassword());
    failed.clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<WorkstationSession::Failure>().kind,
             WorkstationSession::Failure::Kind::ConnectToSignIn);
    QVERIFY2(message->text().contains(u"cannot be reached"_s), qPrintable(message->text()));
    QCOMPARE(server->text(), u"http://127.0.0.1:9"_s);

    // Plain HTTP to another computer is refused before anything is sent.
    server->setText(u"http://192.0.2.10:8470"_s);
    failed.clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<WorkstationSession::Failure>().kind,
             WorkstationSession::Failure::Kind::InsecureAddress);

    // An empty field is pointed at, nothing is sent.
    server->setText(realServer);
    password->clear();
    failed.clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(message->text().contains(u"Enter your password"_s));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_session->state(), WorkstationSession::State::SignedOut);
}

void TestWorkstation::signInSyncsAndShowsPatients()
{
    signIn(u"dr.osei"_s);
    QCOMPARE(m_session->state(), WorkstationSession::State::Open);
    QVERIFY(m_session->isOnline());
    QVERIFY(!m_shell->signInWindow()->isVisible());
    MainWindow *main = m_shell->mainWindow();
    nm::ui::SyncStatusBar *status = main->syncStatus();
    // The first sync runs by itself after sign-in.
    QTRY_VERIFY_WITH_TIMEOUT(status->statusText().contains(u"Synced"_s), SyncTimeoutMs);
    QVERIFY2(status->statusText().contains(u"Online"_s), qPrintable(status->statusText()));
    QCOMPARE(status->pendingChanges(), 0);
    QTRY_VERIFY(main->patientPanel()->visibleCount() > 0);
}

void TestWorkstation::searchAndOpenChart()
{
    MainWindow *main = m_shell->mainWindow();
    QVERIFY(main);
    nm::ui::PatientPanel *panel = main->patientPanel();
    QTableView *table = panel->view();
    const int everyone = panel->visibleCount();
    QVERIFY(everyone > 1);
    const QString family = table->model()
                               ->index(everyone - 1, 0)
                               .data(nm::core::ModelRoles::FamilyNameRole)
                               .toString();
    const QUuid id =
        table->model()->index(everyone - 1, 0).data(nm::core::ModelRoles::IdRole).toUuid();
    QVERIFY(!family.isEmpty());

    // Ctrl+F goes to the search field; typing narrows the list as you type.
    main->activateWindow();
    auto *search = find<QLineEdit>(main, u"patientSearch"_s);
    QVERIFY(search);
    panel->focusSearch();
    QTest::keyClicks(search, family.left(4));
    QTRY_VERIFY(panel->visibleCount() < everyone);
    QTRY_VERIFY(panel->visibleCount() >= 1);
    bool listed = false;
    for (int row = 0; row < panel->visibleCount(); ++row)
        listed |= table->model()->index(row, 0).data(nm::core::ModelRoles::IdRole).toUuid() == id;
    QVERIFY(listed);

    // Enter in the search field selects the first match; Enter in the list opens it.
    search->setText(family);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(table->currentIndex().isValid());
    for (int row = 0; row < panel->visibleCount(); ++row) {
        if (table->model()->index(row, 0).data(nm::core::ModelRoles::IdRole).toUuid() == id)
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(main->charts()->count(), 1);
    PatientChart *chart = main->currentChart();
    QCOMPARE(chart->patientId(), id);
    QVERIFY2(chart->title().startsWith(family), qPrintable(chart->title()));
    QCOMPARE(main->charts()->tabText(0), chart->title());
    auto *header = find<QLabel>(chart, u"chartHeader"_s);
    QVERIFY(header && header->text().contains(family));
    // The overview names the patient and the latest scores the demo practice holds.
    auto *demographics = find<QLabel>(chart, u"overviewDemographics"_s);
    QVERIFY(demographics && demographics->text().contains(u"MRN"_s));

    // Opening the same patient again shows the same tab, not a second one.
    main->openChart(id);
    QCOMPARE(main->charts()->count(), 1);
}

nm::ui::NotesTab *TestWorkstation::notesTab()
{
    PatientChart *chart = m_shell->mainWindow() ? m_shell->mainWindow()->currentChart() : nullptr;
    if (!chart)
        return nullptr;
    auto *notes = qobject_cast<nm::ui::NotesTab *>(chart->tab(u"notesTab"_s));
    if (notes)
        chart->tabs()->setCurrentWidget(notes);
    return notes;
}

void TestWorkstation::positivePhq9ItemNineRaisesTheSafetyAlert()
{
    MainWindow *main = m_shell->mainWindow();
    QVERIFY(main && main->currentChart());
    PatientChart *chart = main->currentChart();
    auto *tab = qobject_cast<nm::ui::AssessmentsTab *>(chart->tab(u"assessmentsTab"_s));
    QVERIFY(tab);
    chart->tabs()->setCurrentWidget(tab);
    const int before = tab->historyModel()->rowCount();

    // Every item "several days": total 9, mild depression, and item 9 is positive.
    auto administered = whenModal<nm::ui::AdministerAssessmentDialog>(
        [this](nm::ui::AdministerAssessmentDialog *dialog) {
            for (int item = 1; item <= 9; ++item) {
                QAbstractButton *option = dialog->optionButton(QString::number(item), 1);
                QVERIFY(option);
                option->click();
            }
            dialog->resize(900, 700);
            shoot(dialog, u"04-administer-phq9"_s);
            dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
        });
    auto alerted = whenModal<nm::ui::SafetyAlertDialog>([this](nm::ui::SafetyAlertDialog *alert) {
        shoot(alert, u"05-safety-alert"_s);
        QVERIFY(alert->screenButton());
        alert->acknowledgeButton()->click();
    });
    tab->administer(u"phq9"_s);
    QVERIFY(administered->seen);
    QVERIFY2(alerted->seen, "no safety alert for PHQ-9 item 9 = 1");

    nm::core::AssessmentHistoryModel *history = tab->historyModel();
    QCOMPARE(history->rowCount(), before + 1);
    using Column = nm::core::AssessmentHistoryModel::Column;
    QCOMPARE(history->index(0, Column::InstrumentColumn).data().toString(), u"PHQ-9"_s);
    QCOMPARE(history->index(0, Column::TotalColumn).data().toString(), u"9"_s);
    QCOMPARE(history->index(0, Column::BandColumn).data().toString(), u"Mild depression"_s);
    // The chart is marked: the overview's risk banner and the patient list say so.
    auto *banner = find<QLabel>(chart, u"riskBanner"_s);
    QVERIFY(banner);
    QVERIFY2(banner->text().contains(u"Suicide risk"_s), qPrintable(banner->text()));
    QVERIFY(chart->hasRiskFlags());
    // The assessment and the flag wait to be sent, then go with the next sync.
    QTRY_VERIFY(main->syncStatus()->pendingChanges() > 0);
    QVERIFY(waitForSync());
    QTRY_COMPARE(main->syncStatus()->pendingChanges(), 0);
}

void TestWorkstation::noteIsWrittenSignedAndAmended()
{
    nm::ui::NotesTab *notes = notesTab();
    QVERIFY(notes);
    QVERIFY(notes->startNote(nm::core::ClinicalNote::Type::Progress));
    nm::ui::NoteEditor *editor = notes->editor();
    auto *title = find<QLineEdit>(editor, u"noteTitle"_s);
    auto *body = find<QPlainTextEdit>(editor, u"noteBody"_s);
    QVERIFY(title && body);
    QVERIFY2(body->toPlainText().contains(u"Subjective"_s, Qt::CaseInsensitive),
             qPrintable(body->toPlainText()));
    QTest::keyClicks(title, u"Follow-up after dose change"_s);
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u"Sleeping better since the fluoxetine increase."_s);

    auto confirmed = whenModal<QMessageBox>([](QMessageBox *box) {
        QCOMPARE(box->objectName(), u"signConfirmation"_s);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QTest::mouseClick(find<QPushButton>(editor, u"signButton"_s), Qt::LeftButton);
    QVERIFY(confirmed->seen);
    QVERIFY(editor->isReadOnly());
    QVERIFY(body->isReadOnly());
    const QUuid signedId = editor->noteId();
    nm::core::ClinicalNoteRepository repository(m_session->database());
    const auto stored = repository.load(signedId);
    QVERIFY(stored && stored.value());
    QCOMPARE(stored.value()->status, nm::core::ClinicalNote::Status::Signed);
    QCOMPARE(stored.value()->signedBy, m_session->user().id);
    QVERIFY(stored.value()->body.contains(u"Sleeping better"_s));
    m_shell->mainWindow()->resize(1440, 900);
    shoot(m_shell->mainWindow(), u"06-notes-signed"_s);

    // A correction is an addendum to the signed note.
    QTest::mouseClick(find<QPushButton>(editor, u"addAddendumButton"_s), Qt::LeftButton);
    QVERIFY(!editor->isReadOnly());
    QVERIFY(editor->noteId() != signedId);
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u"Correction: the increase was on Monday."_s);
    QVERIFY(editor->saveDraft());
    const auto addendum = repository.load(editor->noteId());
    QVERIFY(addendum && addendum.value());
    QCOMPARE(addendum.value()->parentId, signedId);
    QCOMPARE(addendum.value()->status, nm::core::ClinicalNote::Status::Draft);
    QVERIFY(waitForSync());
}

void TestWorkstation::offlineEditsWaitAndSyncLater()
{
    MainWindow *main = m_shell->mainWindow();
    QVERIFY(main && main->currentChart());
    nm::ui::SyncStatusBar *status = main->syncStatus();
    QTRY_COMPARE(status->pendingChanges(), 0);

    const quint16 port = m_bed.server().port();
    m_bed.server().stop();

    // An edit while the server is down: kept here, counted as waiting to be sent.
    nm::ui::NotesTab *notes = notesTab();
    QVERIFY(notes && notes->startNote(nm::core::ClinicalNote::Type::MedicationManagement));
    auto *title = find<QLineEdit>(notes->editor(), u"noteTitle"_s);
    QTest::keyClicks(title, u"Written while the server was down"_s);
    QVERIFY(notes->editor()->saveDraft());
    QTRY_VERIFY(status->pendingChanges() >= 1);
    const int pending = status->pendingChanges();
    auto *syncNow = find<QPushButton>(status, u"syncNow"_s);
    QVERIFY(syncNow);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(status->statusText().contains(u"cannot be reached"_s),
                              qPrintable(status->statusText()), 20000);
    QVERIFY2(status->statusText().contains(u"Offline"_s), qPrintable(status->statusText()));
    QCOMPARE(status->pendingChanges(), pending);
    shoot(main, u"11-offline-changes-waiting"_s);

    // The server comes back at its address: Sync now sends everything.
    QString error;
    QVERIFY2(m_bed.server().start(&error, port), qPrintable(error));
    QTRY_VERIFY(syncNow->isEnabled());
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->pendingChanges(), 0, SyncTimeoutMs);
    QTRY_VERIFY(status->statusText().contains(u"Online"_s));
}

void TestWorkstation::lockKeepsTheDraftAndTheCharts()
{
    MainWindow *main = m_shell->mainWindow();
    QVERIFY(main);
    const QUuid open = main->currentChart()->patientId();
    QString family;
    {
        const auto patient = nm::core::PatientRepository(m_session->database()).load(open);
        QVERIFY(patient && patient.value());
        family = patient.value()->familyName;
    }
    // Typed and not yet autosaved when the lock comes.
    nm::ui::NotesTab *notes = notesTab();
    QVERIFY(notes && notes->startNote(nm::core::ClinicalNote::Type::Crisis));
    auto *title = find<QLineEdit>(notes->editor(), u"noteTitle"_s);
    QTest::keyClicks(title, u"Evening call"_s);
    const QString typed = u"Called at 19:40, calmer after the safety plan."_s;
    auto *body = find<QPlainTextEdit>(notes->editor(), u"noteBody"_s);
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, typed);

    // Ctrl+L locks: the main window is gone, the cache closed, the lock screen shows no
    // patient data.
    QApplication::setActiveWindow(main);
    QVERIFY(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(m_session->state(), WorkstationSession::State::Locked);
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(!m_session->database().isOpen());
    nm::ui::LockScreen *lock = m_shell->lockScreen();
    QVERIFY(lock->isVisible());
    for (const QLabel *label : lock->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(family), qPrintable(label->text()));
    shoot(lock, u"09-lock-screen"_s);

    auto *password = find<QLineEdit>(lock, u"lockPassword"_s);
    auto *unlock = find<QPushButton>(lock, u"unlockButton"_s);
    QVERIFY(password && unlock);
    QTest::keyClicks(password, u"wrong"_s);
    QTest::mouseClick(unlock, Qt::LeftButton);
    auto *error = find<QLabel>(lock, u"lockError"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(m_session->state(), WorkstationSession::State::Locked);

    QTest::keyClicks(password, demoPassword());
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(m_session->state(), WorkstationSession::State::Open);
    QVERIFY(m_shell->mainWindow());
    QCOMPARE(m_shell->mainWindow()->charts()->count(), 1);
    QCOMPARE(m_shell->mainWindow()->currentChart()->patientId(), open);
    QVERIFY(!lock->isVisible());
    // The same note, with everything typed, open where it was.
    notes = notesTab();
    QVERIFY(notes);
    QCOMPARE(find<QLineEdit>(notes->editor(), u"noteTitle"_s)->text(), u"Evening call"_s);
    QVERIFY2(find<QPlainTextEdit>(notes->editor(), u"noteBody"_s)->toPlainText().contains(typed),
             "the draft typed before the lock is gone");
}

void TestWorkstation::offlineSignInWhenTheServerIsDown()
{
    m_shell->signOut();
    const quint16 port = m_bed.server().port();
    m_bed.server().stop();

    // Signed in here before and within the grace period: the password alone opens the cache.
    signIn(u"dr.osei"_s);
    QCOMPARE(m_session->state(), WorkstationSession::State::Open);
    QVERIFY(!m_session->isOnline());
    nm::ui::SyncStatusBar *status = m_shell->mainWindow()->syncStatus();
    QVERIFY2(status->statusText().contains(u"Signed in offline"_s),
             qPrintable(status->statusText()));
    QVERIFY(!find<QPushButton>(status, u"syncNow"_s)->isEnabled());
    QVERIFY(m_shell->mainWindow()->patientPanel()->visibleCount() > 0);
    QCOMPARE(m_shell->mainWindow()->charts()->count(), 1);
    shoot(m_shell->mainWindow(), u"14-signed-in-offline"_s);

    // Back online.
    m_shell->signOut();
    QString error;
    QVERIFY2(m_bed.server().start(&error, port), qPrintable(error));
    signIn(u"dr.osei"_s);
    QVERIFY(m_session->isOnline());
    QVERIFY(waitForSync());
}

void TestWorkstation::conflictIsResolvedWithOneClick()
{
    MainWindow *main = m_shell->mainWindow();
    QVERIFY(main && main->currentChart());
    const QString patient = main->currentChart()->patientId().toString(QUuid::WithoutBraces);
    // As a push answer records it: the server kept its value, the clinician's waits here.
    nm::core::ConflictStore conflicts(m_session->database());
    QVERIFY(conflicts.record(QUuid::createUuid().toString(QUuid::WithoutBraces), u"patient"_s,
                             patient,
                             QJsonArray{QJsonObject{{u"field"_s, u"phone"_s},
                                                    {u"server_value"_s, u"+1 312 555 0199"_s},
                                                    {u"client_value"_s, u"+1 312 555 0142"_s}}},
                             QDateTime::currentMSecsSinceEpoch()));
    m_session->reportCounts();
    nm::ui::SyncStatusBar *status = main->syncStatus();
    QTRY_COMPARE(status->openConflicts(), 1);
    auto *button = find<QPushButton>(status, u"syncConflicts"_s);
    QVERIFY(button && button->isVisible());

    auto shown = whenModal<nm::ui::ConflictsDialog>([this](nm::ui::ConflictsDialog *dialog) {
        QTableWidget *table = dialog->conflictsTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"Phone"_s);
        QCOMPARE(table->item(0, 2)->text(), u"+1 312 555 0142"_s);
        QCOMPARE(table->item(0, 3)->text(), u"+1 312 555 0199"_s);
        shoot(dialog, u"07-conflicts"_s);
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *keep : buttons) {
            if (keep->objectName().startsWith(u"keepServer_"_s))
                keep->click();
        }
        QCOMPARE(table->rowCount(), 0);
        dialog->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(shown->seen);
    QTRY_COMPARE(status->openConflicts(), 0);
    QCOMPARE(conflicts.openCount().value(), 0);
}

void TestWorkstation::germanInterface()
{
    // Chosen in the settings dialog, as a user would; the windows are rebuilt in German with the
    // same chart open.
    const auto chooseLanguage = [this](const QString &language) {
        auto chosen = whenModal<nm::ui::SettingsDialog>([language](nm::ui::SettingsDialog *d) {
            auto *combo = d->findChild<QComboBox *>(u"settingsLanguage"_s);
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(language));
            d->accept();
        });
        Q_EMIT m_shell->mainWindow()->settingsRequested();
        QVERIFY(chosen->seen);
    };
    const QUuid open = m_shell->mainWindow()->currentChart()->patientId();
    chooseLanguage(u"de"_s);
    QCOMPARE(m_settings->language(), u"de"_s);
    QTRY_COMPARE(find<QPushButton>(m_shell->mainWindow(), u"syncNow"_s)->text(),
                 u"Jetzt synchronisieren"_s);
    MainWindow *main = m_shell->mainWindow();
    QCOMPARE(main->currentChart()->patientId(), open);
    QCOMPARE(main->currentChart()->tabs()->tabText(0), u"Ü&bersicht"_s);
    QCOMPARE(main->menuBar()->actions().first()->text(), u"&Datei"_s);
    shoot(main, u"10-main-window-german"_s);
    chooseLanguage(u"en"_s);
    QTRY_COMPARE(find<QPushButton>(m_shell->mainWindow(), u"syncNow"_s)->text(), u"Sync now"_s);
}

void TestWorkstation::screenshotTour()
{
    MainWindow *main = m_shell->mainWindow();
    QVERIFY(main);
    main->resize(1440, 900);
    shoot(main, u"02-main-window"_s);
    PatientChart *chart = main->currentChart();
    QVERIFY(chart);
    for (int i = 0; i < chart->tabs()->count(); ++i) {
        chart->tabs()->setCurrentIndex(i);
        shoot(main, u"03-chart-%1-%2"_s.arg(i).arg(chart->tabs()->widget(i)->objectName()));
    }
    chart->tabs()->setCurrentIndex(0);

    // The dark theme applies at once, to every window.
    m_settings->setTheme(WorkstationSettings::Theme::Dark);
    QTRY_VERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    shoot(main, u"12-main-window-dark"_s);
    m_settings->setTheme(WorkstationSettings::Theme::System);
    QTRY_VERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);

    {
        nm::ui::SettingsDialog settings(*m_settings, main);
        settings.show();
        shoot(&settings, u"08-settings"_s);
    }

    // The sign-in window as a new user sees it.
    const QUuid open = chart->patientId();
    m_shell->signOut();
    QTRY_VERIFY(m_shell->signInWindow()->isVisible());
    shoot(m_shell->signInWindow(), u"00-sign-in"_s);
    QVERIFY(QFileInfo::exists(QDir(m_screenshots).filePath(u"02-main-window.png"_s)));

    // Signing in again brings back the charts that were open.
    signIn(u"dr.osei"_s);
    QCOMPARE(m_shell->mainWindow()->charts()->count(), 1);
    QCOMPARE(m_shell->mainWindow()->currentChart()->patientId(), open);
}

void TestWorkstation::accountWithTwoFactorIsAskedForItsCode()
{
    // An account that turned on two-factor authentication (enrolled and confirmed over the API).
    QString error;
    QVERIFY2(!m_bed.addUser(u"dr.totp"_s, u"psychiatrist"_s, &error).isEmpty(), qPrintable(error));
    const QByteArray token = m_bed.accessToken(u"dr.totp"_s, SyncTestBed::password(), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    const auto enroll = m_bed.http().send("POST", u"/api/v1/auth/mfa/enroll"_s, {}, token);
    QVERIFY2(enroll.status == 200, qPrintable(enroll.summary()));
    const nm::core::SecureBuffer secret =
        nm::core::SecureBuffer::copyOf(fromBase32(enroll.json().value(u"secret"_s).toString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto confirm = m_bed.http().send(
        "POST", u"/api/v1/auth/mfa/confirm"_s,
        QJsonDocument(QJsonObject{{u"code"_s, nm::server::TotpAuthenticator::codeAt(secret, now)}})
            .toJson(),
        token);
    QVERIFY2(confirm.status == 200 || confirm.status == 204, qPrintable(confirm.summary()));

    m_shell->signOut();
    nm::ui::SignInWindow *window = m_shell->signInWindow();
    auto *code = find<QLineEdit>(window, u"totp"_s);
    QVERIFY(code && !code->isVisible());
    find<QLineEdit>(window, u"username"_s)->setText(u"dr.totp"_s);
    auto *password = find<QLineEdit>(window, u"password"_s);
    password->setText(SyncTestBed::password());
    QSignalSpy failed(m_session.get(), &WorkstationSession::signInFailed);
    QTest::mouseClick(find<QPushButton>(window, u"signInButton"_s), Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<WorkstationSession::Failure>().kind,
             WorkstationSession::Failure::Kind::MfaRequired);
    // The code field appears with the cursor in it; the password stays typed.
    QVERIFY(code->isVisible());
    QCOMPARE(QApplication::focusWidget(), code);
    QCOMPARE(password->text(), SyncTestBed::password());
    shoot(window, u"15-sign-in-code"_s);
    // The next time step's code: the confirming code's step is spent.
    QTest::keyClicks(code, nm::server::TotpAuthenticator::codeAt(secret, now.addSecs(30)));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow() && m_shell->mainWindow()->isVisible(), 20000);
    QCOMPARE(m_session->user().username, u"dr.totp"_s);

    m_shell->signOut();
    signIn(u"dr.osei"_s);
}

void TestWorkstation::revokedDeviceIsErasedAndSignsOut()
{
    MainWindow *main = m_shell->mainWindow();
    QVERIFY(main);
    const nm::core::LocalAccounts accounts(m_dir.filePath(u"accounts"_s), m_bed.baseUrl());
    const auto entry = accounts.find(u"dr.osei"_s);
    QVERIFY(entry);
    const QString cache = accounts.cachePath(entry->userId);
    QVERIFY(QFile::exists(cache));

    // The practice administrator reports the laptop lost.
    QString error;
    const QByteArray admin = m_bed.accessToken(u"admin"_s, demoPassword(), &error);
    QVERIFY2(!admin.isEmpty(), qPrintable(error));
    const auto reply = m_bed.http().send(
        "POST",
        u"/api/v1/admin/devices/%1/revoke"_s.arg(entry->deviceId.toString(QUuid::WithoutBraces)),
        {}, admin);
    QVERIFY2(reply.status == 200, qPrintable(reply.summary()));

    // The next sync hears it: the cache, its key file and the account entry are erased here, and
    // the sign-in window says why.
    m_session->syncEngine()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_shell->mainWindow(), SyncTimeoutMs);
    QCOMPARE(m_session->state(), WorkstationSession::State::SignedOut);
    QVERIFY(m_shell->signInWindow()->isVisible());
    auto *message = find<QLabel>(m_shell->signInWindow(), u"signInMessage"_s);
    QVERIFY2(message->text().contains(u"erased"_s), qPrintable(message->text()));
    QVERIFY(!QFile::exists(cache));
    QVERIFY(!QFile::exists(accounts.vaultPath(entry->userId)));
    QVERIFY(!accounts.find(u"dr.osei"_s));
    shoot(m_shell->signInWindow(), u"13-sign-in-after-wipe"_s);
}

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
