#pragma once

#include "core/domain/Appointment.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/common/ChartTab.h"

#include <QDate>
#include <QList>
#include <QUuid>

class QAction;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace nm::ui {

/// The Appointments tab of a chart: the patient's appointments of one day or one week (Monday
/// to Sunday) around a chosen date, with previous/next/today and a date picker, and below them
/// the upcoming scheduled visits. New, Reschedule and Set status for users who may book.
///
/// The dialogs are opened window-modal with QDialog::open(), as children of the tab that delete
/// themselves when closed: the functions that open them return the dialog, and tests (or the
/// chart window) can also find the open one with findChild<AppointmentDialog *>().
class AppointmentsTab : public ChartTab {
    Q_OBJECT

public:
    enum class Span { Day, Week };

    enum Column {
        StartColumn,
        DurationColumn,
        KindColumn,
        StatusColumn,
        ClinicianColumn,
        NotesColumn,
        ColumnCount
    };

    explicit AppointmentsTab(ChartContext context, QWidget *parent = nullptr);

    void refresh() override;
    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    Span span() const { return m_span; }
    void setSpan(Span span);
    /// The date the day or week is chosen around (local calendar).
    QDate date() const { return m_date; }
    void setDate(QDate date);
    void showPrevious();
    void showNext();
    void showToday();
    /// The shown range [start, end) in local time.
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    /// The patient's appointments in the shown day or week, by start.
    const QList<core::Appointment> &inRange() const { return m_inRange; }
    /// The patient's scheduled appointments from now on, by start.
    const QList<core::Appointment> &upcoming() const { return m_upcoming; }

    /// The selected appointment's id (in either list); null when none is selected.
    QUuid selectedId() const;
    /// Selects the appointment with \a id in the day/week list, else in the upcoming list.
    bool select(const QUuid &id);

    /// Opens the dialog for a new appointment on the chosen date (null without permission).
    AppointmentDialog *newAppointment();
    /// Opens the dialog that moves the selected scheduled appointment (null when there is none).
    AppointmentDialog *reschedule();
    /// Stores \a status on the selected appointment; false (with the reason shown) when it
    /// could not be stored or nothing is selected.
    bool setStatus(core::Appointment::Status status);

private:
    /// Opens the dialog that creates (Mode::Create) or reschedules \a appointment.
    AppointmentDialog *openDialog(AppointmentDialog::Mode mode,
                                  const core::Appointment &appointment);
    QDateTime now() const;
    bool canWrite() const;
    std::optional<core::Appointment> selectedAppointment() const;
    void fill(QTableView *table, QStandardItemModel *model,
              const QList<core::Appointment> &appointments, bool withDate);
    void updateRangeLabel();
    void updateButtons();
    void written(const QUuid &id, const QDateTime &start);
    void showProblem(const QString &message);
    QString clinicianName(const QUuid &clinician) const;
    QTableView *makeTable(const QString &objectName, const QString &accessibleName,
                          QStandardItemModel *model);

    Span m_span = Span::Day;
    QDate m_date;
    QList<core::Appointment> m_inRange;
    QList<core::Appointment> m_upcoming;

    QPushButton *m_dayButton = nullptr;
    QPushButton *m_weekButton = nullptr;
    QToolButton *m_previous = nullptr;
    QPushButton *m_today = nullptr;
    QToolButton *m_next = nullptr;
    QDateEdit *m_datePicker = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_reschedule = nullptr;
    QPushButton *m_setStatus = nullptr;
    QMenu *m_statusMenu = nullptr;
    QList<QAction *> m_statusActions;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_upcomingLabel = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_readOnly = nullptr;
    QStandardItemModel *m_rangeModel = nullptr;
    QStandardItemModel *m_upcomingModel = nullptr;
    QTableView *m_rangeTable = nullptr;
    QTableView *m_upcomingTable = nullptr;
};

} // namespace nm::ui
