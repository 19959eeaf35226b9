#pragma once

#include "ui/common/ChartContext.h"

#include <QList>
#include <QVariantMap>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace nm::ui {

class ChartTab;

/// One open patient's chart: a header naming the patient, then a tab per part of the chart
/// (overview, notes, assessments, medications, appointments). A write in one tab refreshes the
/// others, so the overview never shows a stale score.
class PatientChart : public QWidget {
    Q_OBJECT

public:
    explicit PatientChart(ChartContext context, QWidget *parent = nullptr);

    QUuid patientId() const { return m_context.patientId; }
    /// "Family, Given" for the chart's tab; the record id when the patient cannot be read.
    QString title() const { return m_title; }
    bool hasRiskFlags() const { return m_risk; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The tab whose objectName is \a name (e.g. "notesTab"), or nullptr.
    ChartTab *tab(const QString &name) const;

    void refresh();
    /// Saves every tab's drafts; false with the first problem when one could not be saved.
    bool saveDrafts(QString *problem);
    QVariantMap viewState() const;
    void restoreViewState(const QVariantMap &state);

Q_SIGNALS:
    /// One of the tabs wrote to the chart.
    void chartChanged();

private:
    void readHeader();
    void addTab(ChartTab *tab, const QString &label);

    ChartContext m_context;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QList<ChartTab *> m_chartTabs;
    QString m_title;
    bool m_risk = false;
};

} // namespace nm::ui
