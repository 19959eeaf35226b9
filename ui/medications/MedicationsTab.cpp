#include "ui/medications/MedicationsTab.h"

#include "core/domain/Permission.h"
#include "core/models/MedicationsModel.h"
#include "core/storage/MedicationRepository.h"
#include "ui/medications/MedicationDialog.h"
#include "ui/medications/StopMedicationDialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString doseText(const core::Medication &medication)
{
    if (!medication.dose)
        return {};
    return MedicationsTab::tr("%1 %2").arg(QLocale().toString(*medication.dose), medication.unit);
}

} // namespace

MedicationsTab::MedicationsTab(ChartContext context, QWidget *parent)
    : ChartTab(std::move(context), parent)
{
    setObjectName(u"medicationsTab"_s);

    m_showActive = new QPushButton(this);
    m_showActive->setObjectName(u"showActive"_s);
    m_showPast = new QPushButton(this);
    m_showPast->setObjectName(u"showPast"_s);
    auto *views = new QButtonGroup(this);
    for (QPushButton *button : {m_showActive, m_showPast}) {
        button->setCheckable(true);
        views->addButton(button);
    }
    m_showActive->setChecked(true);
    m_showActive->setToolTip(tr("Medications the patient takes now"));
    m_showPast->setToolTip(tr("Medications that were stopped"));
    connect(m_showActive, &QPushButton::clicked, this, [this] { setView(View::Active); });
    connect(m_showPast, &QPushButton::clicked, this, [this] { setView(View::Past); });

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addButton"_s);
    m_add->setAccessibleName(tr("Add medication"));
    m_changeDose = new QPushButton(tr("Change &dose…"), this);
    m_changeDose->setObjectName(u"changeDoseButton"_s);
    m_changeDose->setAccessibleName(tr("Change dose of the selected medication"));
    m_stop = new QPushButton(tr("S&top…"), this);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setAccessibleName(tr("Stop the selected medication"));
    connect(m_add, &QPushButton::clicked, this, [this] { addMedication(); });
    connect(m_changeDose, &QPushButton::clicked, this, [this] { changeDose(); });
    connect(m_stop, &QPushButton::clicked, this, [this] { stopMedication(); });

    m_readOnly = new QLabel(tr("Your role can view medications but not change them."), this);
    m_readOnly->setObjectName(u"readOnlyNotice"_s);
    m_readOnly->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->setVisible(false);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Medication"), tr("Dose"), tr("Route"), tr("Frequency"),
                                        tr("Started"), tr("Stopped"), tr("Reason stopped"),
                                        tr("Prescriber")});
    m_table = new QTableView(this);
    m_table->setObjectName(u"medicationsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MedicationsTab::updateButtons);
    // Enter or a double click on an active course is the common next step: a dose change.
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_view == View::Active && m_changeDose->isEnabled())
            changeDose();
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"emptyNotice"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    // The two view buttons sit together, reading as one switch.
    auto *toggle = new QHBoxLayout;
    toggle->setSpacing(0);
    toggle->addWidget(m_showActive);
    toggle->addWidget(m_showPast);
    auto *bar = new QHBoxLayout;
    bar->addLayout(toggle);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_changeDose);
    bar->addWidget(m_stop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_showActive, m_showPast);
    setTabOrder(m_showPast, m_add);
    setTabOrder(m_add, m_changeDose);
    setTabOrder(m_changeDose, m_stop);
    setTabOrder(m_stop, m_table);

    m_readOnly->setVisible(!canWrite());
    m_add->setVisible(canWrite());
    m_changeDose->setVisible(canWrite());
    m_stop->setVisible(canWrite());

    refresh();
}

QDate MedicationsTab::today() const
{
    return context().clock.now().toLocalTime().date();
}

bool MedicationsTab::canWrite() const
{
    return context().user.holds(core::Permission::MedicationsWrite);
}

void MedicationsTab::refresh()
{
    const QUuid keep = selectedId();
    m_active.clear();
    m_past.clear();
    auto loaded = core::MedicationRepository(context().db).forPatient(context().patientId);
    if (!loaded) {
        m_problem->setText(tr("The medications could not be read: %1").arg(loaded.error().message));
        m_problem->setVisible(true);
    } else {
        m_problem->setVisible(false);
        const QDate now = today();
        // The same rule as the chart's other medication views: a course stopping today is past,
        // one with a stop date still ahead is taken until then.
        for (core::Medication &medication : loaded.value()) {
            if (medication.stopDate.isValid() && medication.stopDate <= now)
                m_past.append(std::move(medication));
            else
                m_active.append(std::move(medication));
        }
    }
    std::sort(m_active.begin(), m_active.end(), [](const auto &a, const auto &b) {
        if (a.startDate != b.startDate)
            return a.startDate > b.startDate;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    std::sort(m_past.begin(), m_past.end(), [](const auto &a, const auto &b) {
        if (a.stopDate != b.stopDate)
            return a.stopDate > b.stopDate;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_showActive->setText(tr("Acti&ve (%1)").arg(m_active.size()));
    m_showPast->setText(tr("&Past (%1)").arg(m_past.size()));
    fillTable(keep);
}

void MedicationsTab::setView(View view)
{
    m_view = view;
    (view == View::Active ? m_showActive : m_showPast)->setChecked(true);
    fillTable(selectedId());
}

void MedicationsTab::fillTable(const QUuid &keepSelected)
{
    m_shown = m_view == View::Active ? m_active : m_past;
    m_model->removeRows(0, m_model->rowCount());
    for (const core::Medication &medication : std::as_const(m_shown)) {
        QList<QStandardItem *> row;
        const auto add = [&row](const QString &text) {
            auto *item = new QStandardItem(text);
            item->setToolTip(text);
            row.append(item);
        };
        add(medication.name);
        add(doseText(medication));
        add(core::MedicationsModel::routeLabel(medication.route));
        add(medication.frequency);
        add(medication.startDate.toString(Qt::ISODate));
        add(medication.stopDate.toString(Qt::ISODate));
        add(medication.reasonStopped);
        add(prescriberName(medication.prescriberId));
        row.first()->setData(medication.meta.id, IdRole);
        m_model->appendRow(row);
    }

    const bool past = m_view == View::Past;
    const bool anyStopDate = std::any_of(m_shown.cbegin(), m_shown.cend(),
                                         [](const auto &m) { return m.stopDate.isValid(); });
    m_table->setColumnHidden(StopColumn, !past && !anyStopDate);
    m_table->setColumnHidden(ReasonStoppedColumn, !past);
    m_table->setAccessibleName(past ? tr("Past medications") : tr("Active medications"));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column) + 16, 90, 260));

    m_empty->setText(past ? tr("No medication of this patient has been stopped.")
                          : tr("The patient takes no medication on record.\nUse Add… to "
                               "record one."));
    m_stack->setCurrentWidget(m_shown.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (!select(keepSelected))
        updateButtons();
}

QString MedicationsTab::prescriberName(const QUuid &prescriber) const
{
    if (prescriber.isNull())
        return tr("Outside the practice");
    if (prescriber == context().user.id)
        return context().user.displayName.isEmpty() ? context().user.username
                                                    : context().user.displayName;
    // The cache holds no directory of users; the id's first block tells colleagues apart.
    return tr("Clinician %1").arg(prescriber.toString(QUuid::WithoutBraces).left(8));
}

QUuid MedicationsTab::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? QUuid() : rows.first().data(IdRole).toUuid();
}

bool MedicationsTab::select(const QUuid &id)
{
    if (id.isNull())
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, NameColumn);
        if (index.data(IdRole).toUuid() == id) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            updateButtons();
            return true;
        }
    }
    return false;
}

std::optional<core::Medication> MedicationsTab::selectedMedication() const
{
    const QUuid id = selectedId();
    for (const core::Medication &medication : m_shown) {
        if (medication.meta.id == id)
            return medication;
    }
    return std::nullopt;
}

void MedicationsTab::updateButtons()
{
    const bool activeSelected = m_view == View::Active && selectedMedication().has_value();
    m_changeDose->setEnabled(canWrite() && activeSelected);
    m_stop->setEnabled(canWrite() && activeSelected);
}

MedicationDialog *MedicationsTab::addMedication()
{
    if (!canWrite())
        return nullptr;
    core::Medication medication;
    medication.meta = core::RecordMeta::create(context().user.id, context().clock.now());
    medication.patientId = context().patientId;
    medication.prescriberId = context().user.id;
    medication.startDate = today();
    const QSqlDatabase db = context().db;
    const core::RecordStore::Clock clock = context().clock;
    auto *dialog = new MedicationDialog(
        MedicationDialog::Mode::Add, medication,
        [db, clock](const core::Medication &record) {
            return core::MedicationRepository(db, clock).create(record);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = medication.meta.id;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        setView(View::Active);
        written(id);
    });
    dialog->open();
    return dialog;
}

MedicationDialog *MedicationsTab::changeDose()
{
    const std::optional<core::Medication> medication = selectedMedication();
    if (!canWrite() || !medication || m_view != View::Active)
        return nullptr;
    const QSqlDatabase db = context().db;
    const core::RecordStore::Clock clock = context().clock;
    auto *dialog = new MedicationDialog(
        MedicationDialog::Mode::ChangeDose, *medication,
        [db, clock](const core::Medication &record) {
            return core::MedicationRepository(db, clock).update(record);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = medication->meta.id;
    connect(dialog, &QDialog::accepted, this, [this, id] { written(id); });
    dialog->open();
    return dialog;
}

StopMedicationDialog *MedicationsTab::stopMedication()
{
    const std::optional<core::Medication> medication = selectedMedication();
    if (!canWrite() || !medication || m_view != View::Active)
        return nullptr;
    const QSqlDatabase db = context().db;
    const core::RecordStore::Clock clock = context().clock;
    auto *dialog = new StopMedicationDialog(
        *medication, today(),
        [db, clock](const core::Medication &record) {
            return core::MedicationRepository(db, clock).update(record);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { written({}); });
    dialog->open();
    return dialog;
}

void MedicationsTab::written(const QUuid &id)
{
    refresh();
    select(id);
    Q_EMIT chartChanged();
}

QVariantMap MedicationsTab::viewState() const
{
    return {{u"view"_s, m_view == View::Past ? u"past"_s : u"active"_s},
            {u"selected"_s, selectedId().toString(QUuid::WithoutBraces)}};
}

void MedicationsTab::restoreViewState(const QVariantMap &state)
{
    setView(state.value(u"view"_s).toString() == "past"_L1 ? View::Past : View::Active);
    select(QUuid::fromString(state.value(u"selected"_s).toString()));
}

} // namespace nm::ui
