// The Medications tab and its dialogs, driven as a clinician would: real widgets on the
// offscreen platform over a real encrypted cache. The tab opens its dialogs with
// QDialog::open() as its children, so each test finds the open one with findChild().

#include "core/domain/Medication.h"
#include "core/domain/Patient.h"
#include "core/storage/MedicationRepository.h"
#include "core/storage/PatientRepository.h"
#include "tests/core/models/TestCache.h"
#include "tests/ui/support/WidgetTestHelpers.h"
#include "ui/medications/MedicationDialog.h"
#include "ui/medications/MedicationsTab.h"
#include "ui/medications/StopMedicationDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nm::core;
using nm::core::test::TestCache;
using nm::test::screenshot;
using nm::test::tabToNext;
using nm::ui::MedicationDialog;
using nm::ui::MedicationsTab;
using nm::ui::StopMedicationDialog;

namespace {

const QDate Today(2026, 11, 25);
const QUuid Clinician(u"11111111-2222-4333-8444-555555555555"_s);
const QUuid Colleague(u"aaaaaaaa-2222-4333-8444-555555555555"_s);

RecordStore::Clock fixedClock()
{
    RecordStore::Clock clock;
    clock.now = [] {
        return QDateTime(Today, QTime(9, 30)).toUTC();
    };
    return clock;
}

SignedInUser psychiatrist()
{
    SignedInUser user;
    user.id = Clinician;
    user.username = u"mrivera"_s;
    user.displayName = u"Dr. Maria Rivera"_s;
    user.roles = {Role::Psychiatrist};
    user.permissions = {Permission::ClinicalRead, Permission::ClinicalWrite,
                        Permission::MedicationsWrite};
    return user;
}

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestMedicationsTab final : public QObject {
    Q_OBJECT

private:
    std::optional<TestCache> m_cache;
    Patient m_patient;
    std::unique_ptr<MedicationsTab> m_tab;

    nm::ui::ChartContext context() const
    {
        nm::ui::ChartContext context;
        context.db = m_cache->database();
        context.patientId = m_patient.meta.id;
        context.user = psychiatrist();
        context.clock = fixedClock();
        return context;
    }

    QTableView *table() const { return m_tab->findChild<QTableView *>(u"medicationsTable"_s); }
    QPushButton *button(const QString &name) const { return m_tab->findChild<QPushButton *>(name); }

    QList<Medication> stored() const
    {
        auto loaded = MedicationRepository(m_cache->database()).forPatient(m_patient.meta.id);
        return loaded ? loaded.value() : QList<Medication>();
    }

    void selectRow(int row)
    {
        QTableView *view = table();
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    template <typename Dialog> Dialog *openDialog(const QString &buttonName)
    {
        QPushButton *opener = button(buttonName);
        if (!opener || !opener->isEnabled())
            return nullptr;
        QTest::mouseClick(opener, Qt::LeftButton);
        auto *dialog = m_tab->findChild<Dialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        // The offscreen platform does not activate a newly shown window by itself.
        dialog->activateWindow();
        return QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }) ? dialog : nullptr;
    }

    static void clickSave(QDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The texts compared below are the C locale's; the machine's must not change them.
        QLocale::setDefault(QLocale::c());
        m_cache.emplace();
        QVERIFY2(m_cache->isOpen(), qPrintable(m_cache->error()));
        m_patient.meta = RecordMeta::create(Clinician, fixedClock().now());
        m_patient.mrn = u"MRN00042"_s;
        m_patient.givenName = u"Ana"_s;
        m_patient.familyName = u"Silva"_s;
        m_patient.dateOfBirth = QDate(1984, 3, 9);
        auto created = PatientRepository(m_cache->database(), fixedClock()).create(m_patient);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

        m_tab = std::make_unique<MedicationsTab>(context());
        m_tab->resize(1000, 650);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void cleanupTestCase()
    {
        m_tab.reset();
        m_cache.reset();
    }

    void startsEmptyWithOnlyAddEnabled()
    {
        QCOMPARE(m_tab->shown().size(), 0);
        QCOMPARE(button(u"showActive"_s)->text(), u"Acti&ve (0)"_s);
        QVERIFY(button(u"addButton"_s)->isEnabled());
        QVERIFY(!button(u"changeDoseButton"_s)->isEnabled());
        QVERIFY(!button(u"stopButton"_s)->isEnabled());
        QVERIFY(!button(u"addButton"_s)->accessibleName().isEmpty());
        QCOMPARE(table()->accessibleName(), u"Active medications"_s);
    }

    void emptyNameIsPointedAtAndTypingIsKept()
    {
        QSignalSpy changed(m_tab.get(), &MedicationsTab::chartChanged);
        auto *dialog = openDialog<MedicationDialog>(u"addButton"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), MedicationDialog::Mode::Add);
        auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
        auto *dose = dialog->findChild<QLineEdit *>(u"dose"_s);
        auto *unit = dialog->findChild<QComboBox *>(u"unit"_s);
        auto *frequency = dialog->findChild<QLineEdit *>(u"frequency"_s);
        QVERIFY(name && dose && unit && frequency);
        QCOMPARE(QApplication::focusWidget(), name);

        QTest::mouseClick(dose, Qt::LeftButton);
        QTest::keyClicks(dose, u"50"_s);
        unit->setFocus();
        QTest::keyClicks(unit, u"mg"_s);
        QCOMPARE(unit->currentData().toString(), u"mg"_s);
        frequency->setFocus();
        QTest::keyClicks(frequency, u"once daily"_s);
        clickSave(dialog);

        QVERIFY(dialog->isVisible());
        QCOMPARE(QApplication::focusWidget(), name);
        auto *message = dialog->findChild<QLabel *>(u"error_name"_s);
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), u"Enter the medication name."_s);
        QCOMPARE(name->property("invalid").toBool(), true);
        QCOMPARE(name->accessibleDescription(), u"Enter the medication name."_s);
        QVERIFY(dialog->formErrors().isMarked(u"name"_s));
        QVERIFY(!dialog->formErrors().isMarked(u"dose"_s));
        QVERIFY(!dialog->findChild<QLabel *>(u"error_dose"_s)->isVisible());
        // What was typed is still there.
        QCOMPARE(dose->text(), u"50"_s);
        QCOMPARE(unit->currentData().toString(), u"mg"_s);
        QCOMPARE(frequency->text(), u"once daily"_s);
        QCOMPARE(stored().size(), 0);
        QCOMPARE(changed.count(), 0);
        screenshot(dialog, u"medication-dialog-error"_s);

        dialog->reject();
        QTRY_VERIFY(!m_tab->findChild<MedicationDialog *>());
    }

    void doseThatIsNotANumberIsPointedAt()
    {
        auto *dialog = openDialog<MedicationDialog>(u"addButton"_s);
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"name"_s);
        auto *dose = dialog->findChild<QLineEdit *>(u"dose"_s);
        QTest::keyClicks(name, u"lithium carbonate"_s);
        dose->setFocus();
        QTest::keyClicks(dose, u"three"_s);
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(QApplication::focusWidget(), dose);
        QVERIFY(dialog->findChild<QLabel *>(u"error_dose"_s)->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(u"error_dose"_s)->text(),
                 u"Enter the dose as a number, for example 50 or 0.5."_s);
        QVERIFY(!dialog->findChild<QLabel *>(u"error_name"_s)->isVisible());
        QCOMPARE(name->text(), u"lithium carbonate"_s);

        // A number without its unit: the domain's rule, shown at the unit.
        dose->selectAll();
        QTest::keyClicks(dose, u"300"_s);
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QComboBox *>(u"unit"_s));
        QCOMPARE(dialog->findChild<QLabel *>(u"error_unit"_s)->text(),
                 u"Choose the unit of the dose, for example mg."_s);
        QVERIFY(!dialog->findChild<QLabel *>(u"error_dose"_s)->isVisible());
        QCOMPARE(stored().size(), 0);
        dialog->reject();
        QTRY_VERIFY(!m_tab->findChild<MedicationDialog *>());
    }

    void repositoryProblemsAreShownToo()
    {
        // What only the store can know (here: a refusal on the frequency, then a failed
        // write) is shown the same way, and nothing typed is lost.
        Medication draft;
        draft.meta = RecordMeta::create(Clinician, fixedClock().now());
        draft.patientId = m_patient.meta.id;
        draft.name = u"bupropion XL"_s;
        draft.startDate = Today;
        int attempts = 0;
        MedicationDialog dialog(
            MedicationDialog::Mode::Add, draft,
            [&attempts](const Medication &) -> Status<RepositoryError> {
                FieldErrors fields;
                fields.add(u"frequency"_s, u"Frequency refused by the store."_s);
                if (++attempts == 1)
                    return RepositoryError{RepositoryError::Kind::Invalid, u"Invalid"_s, fields};
                return RepositoryError{RepositoryError::Kind::Storage, u"disk full"_s, {}};
            });
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitFor([&dialog] { return dialog.isActiveWindow(); }));
        auto *frequency = dialog.findChild<QLineEdit *>(u"frequency"_s);
        frequency->setFocus();
        QTest::keyClicks(frequency, u"every other day"_s);
        clickSave(&dialog);
        QCOMPARE(attempts, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(QApplication::focusWidget(), frequency);
        QCOMPARE(dialog.findChild<QLabel *>(u"error_frequency"_s)->text(),
                 u"Frequency refused by the store."_s);
        QVERIFY(dialog.findChild<QLabel *>(u"error_frequency"_s)->isVisible());

        clickSave(&dialog);
        QCOMPARE(attempts, 2);
        QVERIFY(dialog.isVisible());
        auto *general = dialog.findChild<QLabel *>(u"formErrors_general"_s);
        QVERIFY(general->isVisible());
        QCOMPARE(general->text(), u"The medication could not be saved: disk full"_s);
        QCOMPARE(frequency->text(), u"every other day"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"name"_s)->text(), u"bupropion XL"_s);
    }

    void validAddAppearsInActive()
    {
        QSignalSpy changed(m_tab.get(), &MedicationsTab::chartChanged);
        auto *dialog = openDialog<MedicationDialog>(u"addButton"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"sertraline"_s);
        auto *dose = dialog->findChild<QLineEdit *>(u"dose"_s);
        dose->setFocus();
        QTest::keyClicks(dose, u"50"_s);
        auto *unit = dialog->findChild<QComboBox *>(u"unit"_s);
        unit->setFocus();
        QTest::keyClicks(unit, u"mg"_s);
        auto *frequency = dialog->findChild<QLineEdit *>(u"frequency"_s);
        frequency->setFocus();
        QTest::keyClicks(frequency, u"once daily"_s);
        QCOMPARE(dialog->findChild<QDateEdit *>(u"startDate"_s)->date(), Today);
        clickSave(dialog);
        QTRY_VERIFY(!m_tab->findChild<MedicationDialog *>());

        QCOMPARE(changed.count(), 1);
        const QList<Medication> all = stored();
        QCOMPARE(all.size(), 1);
        const Medication &sertraline = all.first();
        QCOMPARE(sertraline.name, u"sertraline"_s);
        QCOMPARE(sertraline.dose, std::optional<double>(50));
        QCOMPARE(sertraline.unit, u"mg"_s);
        QCOMPARE(sertraline.frequency, u"once daily"_s);
        QCOMPARE(sertraline.route, Medication::Route::Oral);
        QCOMPARE(sertraline.startDate, Today);
        QVERIFY(!sertraline.stopDate.isValid());
        QCOMPARE(sertraline.prescriberId, Clinician);
        QCOMPARE(sertraline.patientId, m_patient.meta.id);

        QCOMPARE(m_tab->view(), MedicationsTab::View::Active);
        QCOMPARE(m_tab->shown().size(), 1);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(cell(table(), 0, MedicationsTab::NameColumn), u"sertraline"_s);
        QCOMPARE(cell(table(), 0, MedicationsTab::DoseColumn), u"50 mg"_s);
        QCOMPARE(cell(table(), 0, MedicationsTab::RouteColumn), u"Oral"_s);
        QCOMPARE(cell(table(), 0, MedicationsTab::StartColumn), u"2026-11-25"_s);
        QCOMPARE(cell(table(), 0, MedicationsTab::PrescriberColumn), u"Dr. Maria Rivera"_s);
        QCOMPARE(button(u"showActive"_s)->text(), u"Acti&ve (1)"_s);
        // The new course is selected, ready for the next step.
        QCOMPARE(m_tab->selectedId(), sertraline.meta.id);
    }

    void changeDoseUpdatesTheRecord()
    {
        QSignalSpy changed(m_tab.get(), &MedicationsTab::chartChanged);
        selectRow(0);
        QVERIFY(button(u"changeDoseButton"_s)->isEnabled());
        auto *dialog = openDialog<MedicationDialog>(u"changeDoseButton"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), MedicationDialog::Mode::ChangeDose);
        auto *dose = dialog->findChild<QLineEdit *>(u"dose"_s);
        QCOMPARE(dose->text(), u"50"_s);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"name"_s)->isEnabled());
        QCOMPARE(QApplication::focusWidget(), dose);

        // Saving the dose unchanged is pointed out rather than stored as a change.
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(u"error_dose"_s)->text(),
                 u"This is the current dose. Enter the new dose."_s);
        screenshot(dialog, u"change-dose-dialog-error"_s);

        dose->selectAll();
        QTest::keyClicks(dose, u"100"_s);
        clickSave(dialog);
        QTRY_VERIFY(!m_tab->findChild<MedicationDialog *>());

        QCOMPARE(changed.count(), 1);
        const QList<Medication> all = stored();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().dose, std::optional<double>(100));
        QCOMPARE(all.first().unit, u"mg"_s);
        QCOMPARE(all.first().name, u"sertraline"_s);
        QCOMPARE(all.first().startDate, Today);
        QCOMPARE(cell(table(), 0, MedicationsTab::DoseColumn), u"100 mg"_s);
    }

    void stopNeedsAReasonThenMovesToPast()
    {
        QSignalSpy changed(m_tab.get(), &MedicationsTab::chartChanged);
        selectRow(0);
        QVERIFY(button(u"stopButton"_s)->isEnabled());
        auto *dialog = openDialog<StopMedicationDialog>(u"stopButton"_s);
        QVERIFY(dialog);
        auto *stopDate = dialog->findChild<QDateEdit *>(u"stopDate"_s);
        auto *reason = dialog->findChild<QComboBox *>(u"reason"_s);
        QCOMPARE(stopDate->date(), Today);
        QCOMPARE(reason->currentText(), QString());

        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        auto *message = dialog->findChild<QLabel *>(u"error_reason_stopped"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), u"Enter the reason the medication was stopped."_s);
        QCOMPARE(QApplication::focusWidget(), reason);
        QCOMPARE(reason->property("invalid").toBool(), true);
        QVERIFY(!stored().first().isStopped());
        screenshot(dialog, u"stop-medication-dialog-error"_s);

        // A stop before the start is pointed at the stop date; the reason typed stays.
        QTest::keyClicks(reason->lineEdit(), u"Side effects: nausea"_s);
        stopDate->setFocus();
        stopDate->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(stopDate, u"2025"_s);
        QCOMPARE(stopDate->date(), QDate(2025, 11, 25));
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(QApplication::focusWidget(), stopDate);
        QCOMPARE(dialog->findChild<QLabel *>(u"error_stop_date"_s)->text(),
                 u"The stop date cannot be before the start date."_s);
        QVERIFY(!dialog->findChild<QLabel *>(u"error_reason_stopped"_s)->isVisible());
        QCOMPARE(reason->currentText(), u"Side effects: nausea"_s);
        screenshot(dialog, u"stop-medication-dialog-date-error"_s);
        stopDate->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(stopDate, u"2026"_s);
        QCOMPARE(stopDate->date(), Today);
        clickSave(dialog);
        QTRY_VERIFY(!m_tab->findChild<StopMedicationDialog *>());

        QCOMPARE(changed.count(), 1);
        const Medication stopped = stored().first();
        QCOMPARE(stopped.stopDate, Today);
        QCOMPARE(stopped.reasonStopped, u"Side effects: nausea"_s);
        QCOMPARE(stopped.dose, std::optional<double>(100));

        QCOMPARE(m_tab->shown().size(), 0);
        QCOMPARE(button(u"showPast"_s)->text(), u"&Past (1)"_s);
        QVERIFY(!button(u"stopButton"_s)->isEnabled());
        QTest::mouseClick(button(u"showPast"_s), Qt::LeftButton);
        QCOMPARE(m_tab->view(), MedicationsTab::View::Past);
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(cell(table(), 0, MedicationsTab::NameColumn), u"sertraline"_s);
        QCOMPARE(cell(table(), 0, MedicationsTab::StopColumn), u"2026-11-25"_s);
        QCOMPARE(cell(table(), 0, MedicationsTab::ReasonStoppedColumn), u"Side effects: nausea"_s);
        QVERIFY(!table()->isColumnHidden(MedicationsTab::ReasonStoppedColumn));
        QCOMPARE(table()->accessibleName(), u"Past medications"_s);

        // A past course can be neither changed nor stopped again.
        selectRow(0);
        QVERIFY(!m_tab->selectedId().isNull());
        QVERIFY(!button(u"changeDoseButton"_s)->isEnabled());
        QVERIFY(!button(u"stopButton"_s)->isEnabled());
        QVERIFY(!m_tab->stopMedication());
    }

    void otherTabsWritesShowAfterRefresh()
    {
        Medication lithium;
        lithium.meta = RecordMeta::create(Colleague, fixedClock().now());
        lithium.patientId = m_patient.meta.id;
        lithium.name = u"lithium carbonate"_s;
        lithium.dose = 300;
        lithium.unit = u"mg"_s;
        lithium.frequency = u"twice daily"_s;
        lithium.startDate = QDate(2026, 3, 2);
        lithium.prescriberId = Colleague;
        QVERIFY(MedicationRepository(m_cache->database()).create(lithium));
        m_tab->setView(MedicationsTab::View::Active);
        QCOMPARE(m_tab->shown().size(), 0);
        m_tab->refresh();
        QCOMPARE(m_tab->shown().size(), 1);
        QCOMPARE(cell(table(), 0, MedicationsTab::PrescriberColumn), u"Clinician aaaaaaaa"_s);
    }

    void viewStateRoundTrips()
    {
        m_tab->setView(MedicationsTab::View::Past);
        selectRow(0);
        const QUuid selected = m_tab->selectedId();
        QVERIFY(!selected.isNull());
        const QVariantMap state = m_tab->viewState();
        MedicationsTab other(context());
        other.restoreViewState(state);
        QCOMPARE(other.view(), MedicationsTab::View::Past);
        QCOMPARE(other.selectedId(), selected);
    }

    void readOnlyRoleGetsNoWriteButtons()
    {
        nm::ui::ChartContext nurse = context();
        nurse.user.permissions = {Permission::ClinicalRead, Permission::AppointmentsWrite};
        MedicationsTab tab(nurse);
        tab.resize(1000, 650);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(!tab.findChild<QPushButton *>(u"addButton"_s)->isVisible());
        QVERIFY(tab.findChild<QLabel *>(u"readOnlyNotice"_s)->isVisible());
        QVERIFY(!tab.addMedication());
    }

    void screenshots()
    {
        // A fuller chart for the pictures: a current antipsychotic and a past SSRI.
        Medication quetiapine;
        quetiapine.meta = RecordMeta::create(Clinician, fixedClock().now());
        quetiapine.patientId = m_patient.meta.id;
        quetiapine.name = u"quetiapine XR"_s;
        quetiapine.dose = 150;
        quetiapine.unit = u"mg"_s;
        quetiapine.frequency = u"at bedtime"_s;
        quetiapine.startDate = QDate(2026, 9, 14);
        quetiapine.prescriberId = Clinician;
        QVERIFY(MedicationRepository(m_cache->database()).create(quetiapine));
        Medication escitalopram = quetiapine;
        escitalopram.meta = RecordMeta::create(Clinician, fixedClock().now());
        escitalopram.name = u"escitalopram"_s;
        escitalopram.dose = 10;
        escitalopram.frequency = u"every morning"_s;
        escitalopram.startDate = QDate(2025, 12, 1);
        escitalopram.stopDate = QDate(2026, 6, 30);
        escitalopram.reasonStopped = u"Not effective after 12 weeks at 20 mg"_s;
        escitalopram.prescriberId = QUuid();
        QVERIFY(MedicationRepository(m_cache->database()).create(escitalopram));
        m_tab->refresh();

        m_tab->setView(MedicationsTab::View::Active);
        QCOMPARE(m_tab->shown().size(), 2);
        selectRow(0);
        screenshot(m_tab.get(), u"medications-tab-active"_s);
        m_tab->setView(MedicationsTab::View::Past);
        QCOMPARE(m_tab->shown().size(), 2);
        screenshot(m_tab.get(), u"medications-tab-past"_s);

        m_tab->setView(MedicationsTab::View::Active);
        auto *add = openDialog<MedicationDialog>(u"addButton"_s);
        QVERIFY(add);
        screenshot(add, u"medication-dialog"_s);
        // Tab walks the form top to bottom, then to the buttons.
        QCOMPARE(QApplication::focusWidget(), add->findChild<QLineEdit *>(u"name"_s));
        const QStringList order{u"dose"_s,      u"unit"_s,      u"route"_s,
                                u"frequency"_s, u"startDate"_s, u"saveButton"_s};
        for (const QString &next : order) {
            QCOMPARE(tabToNext(), next);
        }
        add->reject();
        QTRY_VERIFY(!m_tab->findChild<MedicationDialog *>());
        selectRow(0);
        auto *stop = openDialog<StopMedicationDialog>(u"stopButton"_s);
        QVERIFY(stop);
        screenshot(stop, u"stop-medication-dialog"_s);
        stop->reject();
        QTRY_VERIFY(!m_tab->findChild<StopMedicationDialog *>());
    }
};

QTEST_MAIN(TestMedicationsTab)
#include "tst_medicationstab.moc"
