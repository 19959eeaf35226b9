#pragma once

#include "core/domain/Medication.h"
#include "core/storage/RepositoryError.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace nm::ui {

/// Adds a medication to the chart, or changes the dose of one the patient takes. On Save it
/// checks the record with Medication::validate() and hands it to the saver (the repository);
/// every problem, its own or the repository's, is shown at its field and the dialog stays open
/// with everything typed. It closes (accepted) only once the saver stored the record.
class MedicationDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode {
        /// A new course: every field is editable.
        Add,
        /// The course goes on with another dose: only dose, unit and frequency are editable.
        ChangeDose
    };
    using Saver = std::function<core::Status<core::RepositoryError>(const core::Medication &)>;

    /// \a medication is the record to edit: for Add a new record with its meta, patient,
    /// prescriber and default start date set; for ChangeDose the stored record.
    MedicationDialog(Mode mode, core::Medication medication, Saver saver,
                     QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The record as the form stands: the one given, with what is typed over it.
    core::Medication medication() const;
    /// The marks and messages currently shown.
    const FormErrors &formErrors() const { return m_errors; }

public Q_SLOTS:
    /// Validates and saves; closes only when the record was stored.
    void accept() override;

private:
    /// Problems the domain cannot see because they are lost in converting the typed text.
    core::FieldErrors formProblems() const;
    QWidget *fieldBox(QWidget *editor, const QList<QLabel *> &messages);

    Mode m_mode;
    core::Medication m_original;
    Saver m_saver;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_dose = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_route = nullptr;
    QLineEdit *m_frequency = nullptr;
    QDateEdit *m_startDate = nullptr;
    FormErrors m_errors;
};

} // namespace nm::ui
