#pragma once

#include "core/domain/Medication.h"
#include "core/storage/RepositoryError.h"
#include "ui/common/FormErrors.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;

namespace nm::ui {

/// Stops a medication the patient takes: the stop date and the reason, both required by
/// Medication::validate(). Problems are shown at their fields and the dialog stays open; it
/// closes (accepted) only once the saver stored the stopped record.
class StopMedicationDialog : public QDialog {
    Q_OBJECT

public:
    using Saver = std::function<core::Status<core::RepositoryError>(const core::Medication &)>;

    /// \a today is the stop date offered (the chart's clock, so tests are deterministic).
    StopMedicationDialog(core::Medication medication, QDate today, Saver saver,
                         QWidget *parent = nullptr);

    /// The stored record with the stop date and reason as typed.
    core::Medication medication() const;
    const FormErrors &formErrors() const { return m_errors; }

public Q_SLOTS:
    void accept() override;

private:
    core::Medication m_original;
    Saver m_saver;
    QDateEdit *m_stopDate = nullptr;
    QComboBox *m_reason = nullptr;
    FormErrors m_errors;
};

} // namespace nm::ui
