#pragma once

#include <QSqlDatabase>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace nm::core {
class PatientFilterProxyModel;
class PatientListModel;
} // namespace nm::core

namespace nm::ui {

/// The clinician's patient list: search as you type on name, MRN or date of birth, "my
/// patients" and "risk flags only" filters, sortable columns, risk flags in red. Enter or a
/// double click opens the chart.
class PatientPanel : public QWidget {
    Q_OBJECT

public:
    /// \a clinician is the signed-in user, for "my patients".
    PatientPanel(QSqlDatabase db, const QUuid &clinician, QWidget *parent = nullptr);

    /// Reads the list again (after a sync or a local write).
    void refresh();
    /// Puts the cursor in the search field.
    void focusSearch();
    QTableView *view() const { return m_view; }
    /// Patients shown (loaded so far).
    int visibleCount() const;

Q_SIGNALS:
    void openRequested(const QUuid &patientId);

private:
    void applySearch();
    void openCurrent();
    void updateCount();

    core::PatientListModel *m_model;
    core::PatientFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_mine;
    QCheckBox *m_risk;
    QTableView *m_view;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QUuid m_clinician;
};

} // namespace nm::ui
