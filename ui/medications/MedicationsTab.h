#pragma once

#include "core/domain/Medication.h"
#include "ui/common/ChartTab.h"

#include <QList>
#include <QUuid>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace nm::ui {

class MedicationDialog;
class StopMedicationDialog;

/// The Medications tab of a chart: the courses the patient takes now (Active) and those that
/// were stopped (Past), with Add, Change dose and Stop for users allowed to prescribe.
///
/// The dialogs are opened window-modal with QDialog::open(), as children of the tab that delete
/// themselves when closed: the functions that open them return the dialog, and tests (or the
/// chart window) can also find the open one with findChild<MedicationDialog *>().
class MedicationsTab : public ChartTab {
    Q_OBJECT

public:
    enum class View { Active, Past };

    enum Column {
        NameColumn,
        DoseColumn,
        RouteColumn,
        FrequencyColumn,
        StartColumn,
        StopColumn,
        ReasonStoppedColumn,
        PrescriberColumn,
        ColumnCount
    };

    explicit MedicationsTab(ChartContext context, QWidget *parent = nullptr);

    void refresh() override;
    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    View view() const { return m_view; }
    void setView(View view);
    /// The medications the current view lists, in its order.
    const QList<core::Medication> &shown() const { return m_shown; }
    /// The selected medication's id; null when none is selected.
    QUuid selectedId() const;
    /// Selects the medication with \a id when the current view lists it.
    bool select(const QUuid &id);

    /// Opens the dialog for a new medication (null when the user may not prescribe).
    MedicationDialog *addMedication();
    /// Opens the dose change of the selected active medication (null when there is none).
    MedicationDialog *changeDose();
    /// Opens the stop dialog of the selected active medication (null when there is none).
    StopMedicationDialog *stopMedication();

private:
    QDate today() const;
    bool canWrite() const;
    std::optional<core::Medication> selectedMedication() const;
    void fillTable(const QUuid &keepSelected);
    void updateButtons();
    /// After a dialog stored a record: reload, keep that record selected, tell the chart.
    void written(const QUuid &id);
    QString prescriberName(const QUuid &prescriber) const;

    View m_view = View::Active;
    QList<core::Medication> m_active;
    QList<core::Medication> m_past;
    QList<core::Medication> m_shown;

    QPushButton *m_showActive = nullptr;
    QPushButton *m_showPast = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_changeDose = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_readOnly = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace nm::ui
