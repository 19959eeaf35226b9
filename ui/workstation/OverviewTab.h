#pragma once

#include "ui/common/ChartTab.h"

class QLabel;
class QTableWidget;

namespace nm::ui {

/// The first tab of a chart: what a psychiatrist checks before walking into the room —
/// demographics, diagnoses, allergies, the risk banner, the latest score of each instrument with
/// its band, active medications and the next appointment. Read-only.
class OverviewTab : public ChartTab {
    Q_OBJECT

public:
    explicit OverviewTab(ChartContext context, QWidget *parent = nullptr);

    void refresh() override;

private:
    void showDemographics();
    void showScores();
    void showMedications();
    void showNextAppointment();

    QLabel *m_risk;
    QLabel *m_demographics;
    QLabel *m_diagnoses;
    QLabel *m_allergies;
    QTableWidget *m_scores;
    QLabel *m_medications;
    QLabel *m_appointment;
    QLabel *m_problem;
};

} // namespace nm::ui
