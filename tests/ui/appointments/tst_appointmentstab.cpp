// The Appointments tab and its dialog, driven as a clinician would: real widgets on the
// offscreen platform over a real encrypted cache. The tab opens its dialog with QDialog::open()
// as its child, so each test finds the open one with findChild().

#include "core/domain/Appointment.h"
#include "core/domain/Patient.h"
#include "core/storage/AppointmentRepository.h"
#include "core/storage/PatientRepository.h"
#include "tests/core/models/TestCache.h"
#include "tests/ui/support/WidgetTestHelpers.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/appointments/AppointmentsTab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace nm::core;
using nm::core::test::TestCache;
using nm::test::screenshot;
using nm::test::tabToNext;
using nm::ui::AppointmentDialog;
using nm::ui::AppointmentsTab;

namespace {

/// A Wednesday.
const QDate Today(2026, 11, 25);
const QDate NextWednesday(2026, 12, 2);
const QUuid Clinician(u"11111111-2222-4333-8444-555555555555"_s);

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
                        Permission::AppointmentsWrite};
    return user;
}

bool lists(const QList<Appointment> &appointments, const QUuid &id)
{
    return std::any_of(appointments.cbegin(), appointments.cend(),
                       [&id](const Appointment &a) { return a.meta.id == id; });
}

/// Types \a text over one section of a date-time editor, as a user tabbing into it would.
void typeSection(QDateTimeEdit *edit, QDateTimeEdit::Section section, const QString &text)
{
    edit->setFocus();
    edit->setSelectedSection(section);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAppointmentsTab final : public QObject {
    Q_OBJECT

private:
    std::optional<TestCache> m_cache;
    Patient m_patient;
    std::unique_ptr<AppointmentsTab> m_tab;
    QUuid m_booked;

    nm::ui::ChartContext context() const
    {
        nm::ui::ChartContext context;
        context.db = m_cache->database();
        context.patientId = m_patient.meta.id;
        context.user = psychiatrist();
        context.clock = fixedClock();
        return context;
    }

    template <typename T> T *child(const QString &name) const
    {
        return m_tab->findChild<T *>(name);
    }

    QList<Appointment> stored() const
    {
        auto loaded =
            AppointmentRepository(m_cache->database())
                .loadWhere(u"patient_id = ?"_s, {m_patient.meta.id.toString(QUuid::WithoutBraces)},
                           u"start_at"_s);
        return loaded ? loaded.value() : QList<Appointment>();
    }

    void selectRow(const QString &tableName, int row)
    {
        auto *view = child<QTableView>(tableName);
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    AppointmentDialog *openDialog(const QString &buttonName)
    {
        auto *opener = child<QPushButton>(buttonName);
        if (!opener || !opener->isEnabled())
            return nullptr;
        QTest::mouseClick(opener, Qt::LeftButton);
        auto *dialog = m_tab->findChild<AppointmentDialog *>();
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

    static void typeDuration(AppointmentDialog *dialog, const QString &minutes)
    {
        auto *duration = dialog->findChild<QComboBox *>(u"duration"_s);
        duration->setFocus();
        duration->lineEdit()->selectAll();
        QTest::keyClicks(duration->lineEdit(), minutes);
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

        m_tab = std::make_unique<AppointmentsTab>(context());
        m_tab->resize(1000, 650);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void cleanupTestCase()
    {
        m_tab.reset();
        m_cache.reset();
    }

    void opensOnTodayWithNothingSelected()
    {
        QCOMPARE(m_tab->date(), Today);
        QCOMPARE(m_tab->span(), AppointmentsTab::Span::Day);
        QCOMPARE(m_tab->inRange().size(), 0);
        QVERIFY(child<QPushButton>(u"newButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"rescheduleButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"setStatusButton"_s)->isEnabled());
        QVERIFY(!child<QToolButton>(u"nextButton"_s)->accessibleName().isEmpty());
        QCOMPARE(child<QLabel>(u"rangeLabel"_s)->text().contains(u"no appointments"_s), true);
    }

    void createdAppointmentShowsInItsDayAndWeek()
    {
        QSignalSpy changed(m_tab.get(), &AppointmentsTab::chartChanged);
        // Seven clicks on "next day" from Wednesday land on the next Wednesday.
        for (int i = 0; i < 7; ++i)
            QTest::mouseClick(child<QToolButton>(u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(m_tab->date(), NextWednesday);
        QCOMPARE(child<QDateEdit>(u"datePicker"_s)->date(), NextWednesday);

        auto *dialog = openDialog(u"newButton"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), AppointmentDialog::Mode::Create);
        auto *start = dialog->findChild<QDateTimeEdit *>(u"start"_s);
        QCOMPARE(start->dateTime(), QDateTime(NextWednesday, QTime(9, 0)));
        typeSection(start, QDateTimeEdit::HourSection, u"14"_s);
        QCOMPARE(start->dateTime(), QDateTime(NextWednesday, QTime(14, 0)));
        typeDuration(dialog, u"45"_s);
        QTest::mouseClick(dialog->findChild<QRadioButton *>(u"kindVideo"_s), Qt::LeftButton);
        auto *notes = dialog->findChild<QPlainTextEdit *>(u"notes"_s);
        notes->setFocus();
        QTest::keyClicks(notes, u"Review sleep diary"_s);
        clickSave(dialog);
        QTRY_VERIFY(!m_tab->findChild<AppointmentDialog *>());
        QCOMPARE(changed.count(), 1);

        const QList<Appointment> all = stored();
        QCOMPARE(all.size(), 1);
        const Appointment &booked = all.first();
        m_booked = booked.meta.id;
        QCOMPARE(booked.start, QDateTime(NextWednesday, QTime(14, 0)).toUTC());
        QCOMPARE(booked.durationMinutes, 45);
        QCOMPARE(booked.kind, Appointment::Kind::Video);
        QCOMPARE(booked.status, Appointment::Status::Scheduled);
        QCOMPARE(booked.notes, u"Review sleep diary"_s);
        QCOMPARE(booked.clinicianId, Clinician);

        // Day list of that date.
        QVERIFY(lists(m_tab->inRange(), m_booked));
        auto *range = child<QTableView>(u"rangeTable"_s);
        QCOMPARE(range->model()->rowCount(), 1);
        QCOMPARE(range->model()->index(0, AppointmentsTab::StartColumn).data().toString(),
                 u"14:00"_s);
        QCOMPARE(range->model()->index(0, AppointmentsTab::DurationColumn).data().toString(),
                 u"45 min"_s);
        QCOMPARE(range->model()->index(0, AppointmentsTab::KindColumn).data().toString(),
                 u"Video"_s);
        QCOMPARE(range->model()->index(0, AppointmentsTab::StatusColumn).data().toString(),
                 u"Scheduled"_s);
        QCOMPARE(range->model()->index(0, AppointmentsTab::ClinicianColumn).data().toString(),
                 u"Dr. Maria Rivera"_s);
        QCOMPARE(range->model()->index(0, AppointmentsTab::NotesColumn).data().toString(),
                 u"Review sleep diary"_s);
        QCOMPARE(m_tab->selectedId(), m_booked);
        // Not on the day before.
        QTest::mouseClick(child<QToolButton>(u"previousButton"_s), Qt::LeftButton);
        QVERIFY(!lists(m_tab->inRange(), m_booked));
        // Week list: Monday 30 November to Sunday 6 December holds it.
        QTest::mouseClick(child<QPushButton>(u"weekButton"_s), Qt::LeftButton);
        QCOMPARE(m_tab->span(), AppointmentsTab::Span::Week);
        QCOMPARE(m_tab->rangeStart(), QDate(2026, 11, 30).startOfDay());
        QCOMPARE(m_tab->rangeEnd(), QDate(2026, 12, 7).startOfDay());
        QVERIFY(lists(m_tab->inRange(), m_booked));
        QCOMPARE(range->model()->rowCount(), 1);
        QCOMPARE(range->model()->index(0, AppointmentsTab::StartColumn).data().toString(),
                 u"Wed 2026-12-02 14:00"_s);
        QCOMPARE(child<QLabel>(u"rangeLabel"_s)->text(),
                 u"Week of 30 Nov to 6 Dec 2026 — 1 appointment"_s);
        // This week (of today) does not.
        QTest::mouseClick(child<QPushButton>(u"todayButton"_s), Qt::LeftButton);
        QCOMPARE(m_tab->date(), Today);
        QVERIFY(!lists(m_tab->inRange(), m_booked));
        // Upcoming lists it whatever the range.
        QVERIFY(lists(m_tab->upcoming(), m_booked));
        QCOMPARE(child<QTableView>(u"upcomingTable"_s)->model()->rowCount(), 1);
    }

    void oneMinuteIsRefusedAtTheDuration()
    {
        QSignalSpy changed(m_tab.get(), &AppointmentsTab::chartChanged);
        auto *dialog = openDialog(u"newButton"_s);
        QVERIFY(dialog);
        auto *notes = dialog->findChild<QPlainTextEdit *>(u"notes"_s);
        notes->setFocus();
        QTest::keyClicks(notes, u"Medication check"_s);
        typeDuration(dialog, u"1"_s);
        auto *duration = dialog->findChild<QComboBox *>(u"duration"_s);
        QCOMPARE(duration->currentText(), u"1"_s);
        clickSave(dialog);

        QVERIFY(dialog->isVisible());
        auto *message = dialog->findChild<QLabel *>(u"error_duration_minutes"_s);
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), u"The duration must be between 5 and 480 minutes (8 hours)."_s);
        QCOMPARE(QApplication::focusWidget(), duration);
        QCOMPARE(duration->property("invalid").toBool(), true);
        QCOMPARE(duration->accessibleDescription(), message->text());
        QVERIFY(!dialog->findChild<QLabel *>(u"error_start"_s)->isVisible());
        QCOMPARE(notes->toPlainText(), u"Medication check"_s);
        QCOMPARE(duration->currentText(), u"1"_s);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(changed.count(), 0);
        screenshot(dialog, u"appointment-dialog-error"_s);

        // Too long is refused the same way.
        typeDuration(dialog, u"600"_s);
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(message->isVisible());
        dialog->reject();
        QTRY_VERIFY(!m_tab->findChild<AppointmentDialog *>());
        QCOMPARE(stored().size(), 1);
    }

    void rescheduleToNextWeekMovesIt()
    {
        QSignalSpy changed(m_tab.get(), &AppointmentsTab::chartChanged);
        QTest::mouseClick(child<QToolButton>(u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(m_tab->rangeStart(), QDate(2026, 11, 30).startOfDay());
        QVERIFY(lists(m_tab->inRange(), m_booked));
        selectRow(u"rangeTable"_s, 0);
        QCOMPARE(m_tab->selectedId(), m_booked);
        QVERIFY(child<QPushButton>(u"rescheduleButton"_s)->isEnabled());

        auto *dialog = openDialog(u"rescheduleButton"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), AppointmentDialog::Mode::Reschedule);
        auto *start = dialog->findChild<QDateTimeEdit *>(u"start"_s);
        QCOMPARE(start->dateTime(), QDateTime(NextWednesday, QTime(14, 0)));
        QCOMPARE(dialog->findChild<QComboBox *>(u"duration"_s)->currentText(), u"45"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"currentBooking"_s)->text(),
                 u"Now booked for Wednesday, 2 December 2026 at 14:00, 45 minutes."_s);
        screenshot(dialog, u"appointment-dialog-reschedule"_s);
        typeSection(start, QDateTimeEdit::DaySection, u"09"_s);
        QCOMPARE(start->date(), QDate(2026, 12, 9));
        clickSave(dialog);
        QTRY_VERIFY(!m_tab->findChild<AppointmentDialog *>());
        QCOMPARE(changed.count(), 1);

        const QList<Appointment> all = stored();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().meta.id, m_booked);
        QCOMPARE(all.first().start, QDateTime(QDate(2026, 12, 9), QTime(14, 0)).toUTC());
        QCOMPARE(all.first().durationMinutes, 45);
        QCOMPARE(all.first().kind, Appointment::Kind::Video);

        // The tab follows the appointment to its new week.
        QCOMPARE(m_tab->rangeStart(), QDate(2026, 12, 7).startOfDay());
        QVERIFY(lists(m_tab->inRange(), m_booked));
        QCOMPARE(m_tab->selectedId(), m_booked);
        // And the old week no longer has it.
        QTest::mouseClick(child<QToolButton>(u"previousButton"_s), Qt::LeftButton);
        QCOMPARE(m_tab->rangeStart(), QDate(2026, 11, 30).startOfDay());
        QVERIFY(!lists(m_tab->inRange(), m_booked));
        QCOMPARE(child<QTableView>(u"rangeTable"_s)->model()->rowCount(), 0);
    }

    void setStatusNoShowIsStored()
    {
        QSignalSpy changed(m_tab.get(), &AppointmentsTab::chartChanged);
        // Picked from the upcoming list this time.
        QCOMPARE(m_tab->upcoming().size(), 1);
        selectRow(u"upcomingTable"_s, 0);
        QCOMPARE(m_tab->selectedId(), m_booked);
        QVERIFY(child<QPushButton>(u"setStatusButton"_s)->isEnabled());
        auto *noShow = m_tab->findChild<QAction *>(u"status_no_show"_s);
        QVERIFY(noShow);
        noShow->trigger();
        QCOMPARE(changed.count(), 1);

        QCOMPARE(stored().first().status, Appointment::Status::NoShow);
        // A missed visit is no longer upcoming, and cannot be moved (a new one is booked).
        QVERIFY(!lists(m_tab->upcoming(), m_booked));
        QTest::mouseClick(child<QToolButton>(u"nextButton"_s), Qt::LeftButton);
        QVERIFY(lists(m_tab->inRange(), m_booked));
        auto *range = child<QTableView>(u"rangeTable"_s);
        QCOMPARE(range->model()->index(0, AppointmentsTab::StatusColumn).data().toString(),
                 u"No-show"_s);
        selectRow(u"rangeTable"_s, 0);
        QVERIFY(!child<QPushButton>(u"rescheduleButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"setStatusButton"_s)->isEnabled());
        QVERIFY(!m_tab->reschedule());
    }

    void viewStateRoundTrips()
    {
        const QVariantMap state = m_tab->viewState();
        AppointmentsTab other(context());
        other.restoreViewState(state);
        QCOMPARE(other.span(), AppointmentsTab::Span::Week);
        QCOMPARE(other.date(), m_tab->date());
        QCOMPARE(other.selectedId(), m_booked);
    }

    void readOnlyRoleGetsNoWriteButtons()
    {
        nm::ui::ChartContext reader = context();
        reader.user.permissions = {Permission::ClinicalRead};
        AppointmentsTab tab(reader);
        tab.resize(1000, 650);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(!tab.findChild<QPushButton *>(u"newButton"_s)->isVisible());
        QVERIFY(tab.findChild<QLabel *>(u"readOnlyNotice"_s)->isVisible());
        QVERIFY(!tab.newAppointment());
    }

    void screenshots()
    {
        // A fuller week for the pictures.
        AppointmentRepository repository(m_cache->database(), fixedClock());
        const auto book = [&](QDate day, QTime time, int minutes, Appointment::Kind kind,
                              Appointment::Status status, const QString &notes) {
            Appointment appointment;
            appointment.meta = RecordMeta::create(Clinician, fixedClock().now());
            appointment.patientId = m_patient.meta.id;
            appointment.clinicianId = Clinician;
            appointment.start = QDateTime(day, time).toUTC();
            appointment.durationMinutes = minutes;
            appointment.kind = kind;
            appointment.status = status;
            appointment.notes = notes;
            return bool(repository.create(appointment));
        };
        QVERIFY(book(QDate(2026, 11, 23), QTime(10, 0), 50, Appointment::Kind::InPerson,
                     Appointment::Status::Completed, u"Intake follow-up"_s));
        QVERIFY(book(Today, QTime(15, 30), 30, Appointment::Kind::Video,
                     Appointment::Status::Scheduled, u"Medication management"_s));
        QVERIFY(book(QDate(2026, 11, 27), QTime(8, 0), 30, Appointment::Kind::InPerson,
                     Appointment::Status::Cancelled, u"Patient travelling"_s));
        QVERIFY(book(QDate(2026, 12, 16), QTime(11, 0), 60, Appointment::Kind::InPerson,
                     Appointment::Status::Scheduled, {}));

        m_tab->setSpan(AppointmentsTab::Span::Week);
        m_tab->showToday();
        QCOMPARE(m_tab->inRange().size(), 3);
        screenshot(m_tab.get(), u"appointments-tab-week"_s);
        m_tab->setSpan(AppointmentsTab::Span::Day);
        QCOMPARE(m_tab->inRange().size(), 1);
        screenshot(m_tab.get(), u"appointments-tab-day"_s);

        auto *dialog = openDialog(u"newButton"_s);
        QVERIFY(dialog);
        screenshot(dialog, u"appointment-dialog"_s);
        // Tab walks the form top to bottom (the kind is one stop), then to the buttons.
        QCOMPARE(QApplication::focusWidget()->objectName(), u"start"_s);
        const QStringList order{u"duration"_s, u"kindInPerson"_s, u"notes"_s, u"saveButton"_s};
        for (const QString &next : order) {
            QCOMPARE(tabToNext(), next);
        }
        dialog->reject();
        QTRY_VERIFY(!m_tab->findChild<AppointmentDialog *>());
    }
};

QTEST_MAIN(TestAppointmentsTab)
#include "tst_appointmentstab.moc"
