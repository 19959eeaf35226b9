#include "ui/workstation/PatientPanel.h"

#include "core/models/ModelRoles.h"
#include "core/models/PatientFilterProxyModel.h"
#include "core/models/PatientListModel.h"
#include "ui/common/RiskColor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

// Risk flags must catch the eye in a list of hundreds: the risk column is drawn in bold red.
class RiskDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(core::ModelRoles::RiskFlagsRole).toStringList().isEmpty()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, riskTextColor(option->palette));
            option->palette.setColor(QPalette::HighlightedText, Qt::white);
        }
    }
};

} // namespace

PatientPanel::PatientPanel(QSqlDatabase db, const QUuid &clinician, QWidget *parent)
    : QWidget(parent)
    , m_model(new core::PatientListModel(db, this))
    , m_proxy(new core::PatientFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_mine(new QCheckBox(tr("&My patients"), this))
    , m_risk(new QCheckBox(tr("&Risk flags only"), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_clinician(clinician)
{
    setObjectName(u"patientPanel"_s);
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(u"patientSearch"_s);
    m_search->setPlaceholderText(tr("Search name, MRN or date of birth"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setClearButtonEnabled(true);
    m_mine->setObjectName(u"myPatients"_s);
    m_risk->setObjectName(u"riskOnly"_s);

    m_view->setObjectName(u"patientTable"_s);
    m_view->setAccessibleName(tr("Patients"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(core::PatientListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnHidden(core::PatientListModel::PreferredNameColumn, true);
    m_view->setItemDelegateForColumn(core::PatientListModel::RiskColumn, new RiskDelegate(m_view));
    m_view->setColumnWidth(core::PatientListModel::NameColumn, 170);
    m_view->setColumnWidth(core::PatientListModel::MrnColumn, 82);
    m_view->setColumnWidth(core::PatientListModel::DateOfBirthColumn, 88);
    m_view->setColumnWidth(core::PatientListModel::AgeColumn, 40);
    m_count->setObjectName(u"patientCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_mine);
    filters->addWidget(m_risk);
    filters->addStretch();
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    // Searching runs SQL over every patient; a short pause lets a fast typist finish a word.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &PatientPanel::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applySearch();
        m_view->setFocus();
        if (m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_mine, &QCheckBox::toggled, this,
            [this](bool on) { m_proxy->setMyPatients(on ? m_clinician : QUuid()); });
    connect(m_risk, &QCheckBox::toggled, m_proxy, &core::PatientFilterProxyModel::setRiskOnly);
    connect(m_view, &QTableView::activated, this, &PatientPanel::openCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PatientPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PatientPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PatientPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PatientPanel::updateCount);
    setFocusProxy(m_search);
    updateCount();
}

void PatientPanel::refresh()
{
    m_model->refresh();
}

void PatientPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

int PatientPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void PatientPanel::applySearch()
{
    m_proxy->setSearchText(m_search->text());
}

void PatientPanel::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QUuid id = current.siblingAtColumn(0).data(core::ModelRoles::IdRole).toUuid();
    if (!id.isNull())
        Q_EMIT openRequested(id);
}

void PatientPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    m_count->setText(m_model->canFetchMore({}) ? tr("%n+ patient(s)", nullptr, shown)
                                               : tr("%n patient(s)", nullptr, shown));
}

} // namespace nm::ui
