#pragma once

#include "core/domain/Appointment.h"
#include "core/storage/RepositoryError.h"
#include "ui/common/FormErrors.h"

#include <QDialog>
#include <QTime>

#include <functional>

class QDateTimeEdit;
class QPlainTextEdit;
class QComboBox;
class QRadioButton;

namespace nm::ui {

/// Books an appointment or moves one: start (local time on screen, UTC in the record),
/// duration, kind and notes. On Save it checks the record with Appointment::validate() and hands
/// it to the saver (the repository); every problem, its own or the repository's, is shown at
/// its field and the dialog stays open with everything typed. It closes (accepted) only once
/// the saver stored the record.
class AppointmentDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Reschedule };
    using Saver = std::function<core::Status<core::RepositoryError>(const core::Appointment &)>;

    /// \a appointment is the record to edit: for Create a new record with its meta, patient,
    /// clinician, proposed start and duration set; for Reschedule the stored record.
    AppointmentDialog(Mode mode, core::Appointment appointment, Saver saver,
                      QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The record as the form stands: the one given, with what is typed over it.
    core::Appointment appointment() const;
    const FormErrors &formErrors() const { return m_errors; }

    /// A time as the appointment views show it: the locale's short format, without seconds
    /// (the C locale's short format has them, and no appointment starts at a second).
    static QString timeText(QTime time);

public Q_SLOTS:
    void accept() override;

private:
    Mode m_mode;
    core::Appointment m_original;
    Saver m_saver;
    QDateTimeEdit *m_start = nullptr;
    /// Editable: common lengths one click away, any number of minutes typed.
    QComboBox *m_duration = nullptr;
    QRadioButton *m_inPerson = nullptr;
    QRadioButton *m_video = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FormErrors m_errors;
};

} // namespace nm::ui
