#pragma once

#include "core/Result.h"
#include "core/domain/Assessment.h"
#include "core/instruments/ScoringContext.h"
#include "ui/common/ChartTab.h"

#include <QString>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace nm::core {
class AssessmentHistoryModel;
}

namespace nm::ui {

/// The Assessments tab of a patient's chart: the history of administered instruments with the
/// measurement-based-care outcomes, a filter by instrument, and "Administer…" to record a new
/// one. A saved assessment that raises a safety flag marks the chart and interrupts with a
/// SafetyAlertDialog before anything else.
class AssessmentsTab : public ChartTab {
    Q_OBJECT

public:
    explicit AssessmentsTab(ChartContext context, QWidget *parent = nullptr);

    void refresh() override;
    /// The instrument filter ("instrument": id, empty for all).
    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    core::AssessmentHistoryModel *historyModel() const { return m_model; }
    /// Id of the instrument the history is filtered to; empty for all.
    QString instrumentFilter() const;
    void setInstrumentFilter(const QString &instrumentId);

public Q_SLOTS:
    /// Opens the administration dialog for \a instrumentId (modal). After a save the history
    /// refreshes and chartChanged() is emitted; safety flags then raise the alert.
    void administer(const QString &instrumentId);

private:
    void afterSave(const core::Assessment &saved);
    /// Adds the risk flags \a flagIds name to the patient's chart; true when one was added.
    core::Result<bool, QString> markChart(const QStringList &flagIds);
    core::ScoringContext scoringContext() const;
    void updateEmptyState();

    QComboBox *m_filter = nullptr;
    QPushButton *m_administer = nullptr;
    QMenu *m_administerMenu = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    core::AssessmentHistoryModel *m_model = nullptr;
};

} // namespace nm::ui
