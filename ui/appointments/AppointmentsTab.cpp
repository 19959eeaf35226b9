#include "ui/appointments/AppointmentsTab.h"

#include "core/domain/EnumIds.h"
#include "core/domain/Permission.h"
#include "core/models/AppointmentsModel.h"
#include "core/storage/AppointmentRepository.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/common/MenuButton.h"

#include <QAction>
#include <QActionGroup>
#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

using core::Appointment;

constexpr int IdRole = Qt::UserRole + 1;
constexpr int UpcomingLimit = 50;
constexpr int DefaultDurationMinutes = 50;

constexpr std::array Statuses{Appointment::Status::Scheduled, Appointment::Status::Completed,
                              Appointment::Status::NoShow, Appointment::Status::Cancelled};

QString startText(const QDateTime &start, bool withDate)
{
    const QDateTime local = start.toLocalTime();
    const QLocale locale;
    const QString time = AppointmentDialog::timeText(local.time());
    if (!withDate)
        return time;
    return AppointmentsTab::tr("%1 %2").arg(locale.toString(local.date(), u"ddd yyyy-MM-dd"_s),
                                            time);
}

} // namespace

AppointmentsTab::AppointmentsTab(ChartContext context, QWidget *parent)
    : ChartTab(std::move(context), parent)
    , m_date(now().date())
{
    setObjectName(u"appointmentsTab"_s);

    m_dayButton = new QPushButton(tr("D&ay"), this);
    m_dayButton->setObjectName(u"dayButton"_s);
    m_dayButton->setAccessibleName(tr("Show one day"));
    m_weekButton = new QPushButton(tr("&Week"), this);
    m_weekButton->setObjectName(u"weekButton"_s);
    m_weekButton->setAccessibleName(tr("Show one week"));
    auto *spans = new QButtonGroup(this);
    for (QPushButton *button : {m_dayButton, m_weekButton}) {
        button->setCheckable(true);
        spans->addButton(button);
    }
    m_dayButton->setChecked(true);
    connect(m_dayButton, &QPushButton::clicked, this, [this] { setSpan(Span::Day); });
    connect(m_weekButton, &QPushButton::clicked, this, [this] { setSpan(Span::Week); });

    m_previous = new QToolButton(this);
    m_previous->setObjectName(u"previousButton"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next = new QToolButton(this);
    m_next->setObjectName(u"nextButton"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_today = new QPushButton(tr("&Today"), this);
    m_today->setObjectName(u"todayButton"_s);
    m_today->setAccessibleName(tr("Go to today"));
    // As tall as the buttons beside them, so the bar reads as one row.
    const int barHeight = m_today->sizeHint().height();
    for (QToolButton *arrow : {m_previous, m_next})
        arrow->setFixedSize(barHeight, barHeight);
    connect(m_previous, &QToolButton::clicked, this, &AppointmentsTab::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &AppointmentsTab::showNext);
    connect(m_today, &QPushButton::clicked, this, &AppointmentsTab::showToday);

    m_datePicker = new QDateEdit(m_date, this);
    m_datePicker->setObjectName(u"datePicker"_s);
    m_datePicker->setAccessibleName(tr("Date shown"));
    m_datePicker->setCalendarPopup(true);
    m_datePicker->setDisplayFormat(u"yyyy-MM-dd"_s);
    connect(m_datePicker, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (date != m_date)
            setDate(date);
    });

    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(u"newButton"_s);
    m_new->setAccessibleName(tr("New appointment"));
    m_reschedule = new QPushButton(tr("&Reschedule…"), this);
    m_reschedule->setObjectName(u"rescheduleButton"_s);
    m_reschedule->setAccessibleName(tr("Reschedule the selected appointment"));
    m_setStatus = new QPushButton(tr("Set &status"), this);
    m_setStatus->setObjectName(u"setStatusButton"_s);
    m_setStatus->setAccessibleName(tr("Set the status of the selected appointment"));
    m_statusMenu = new QMenu(m_setStatus);
    auto *statusGroup = new QActionGroup(m_statusMenu);
    for (Appointment::Status status : Statuses) {
        QAction *action = m_statusMenu->addAction(core::AppointmentsModel::statusLabel(status));
        action->setObjectName(u"status_"_s + QString::fromLatin1(core::enumId(status)));
        action->setCheckable(true);
        action->setActionGroup(statusGroup);
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
        m_statusActions.append(action);
    }
    connect(m_statusMenu, &QMenu::aboutToShow, this, [this] {
        const auto selected = selectedAppointment();
        for (qsizetype i = 0; i < m_statusActions.size(); ++i)
            m_statusActions[i]->setChecked(selected && selected->status == Statuses[size_t(i)]);
    });
    setButtonMenu(m_setStatus, m_statusMenu);
    connect(m_new, &QPushButton::clicked, this, [this] { newAppointment(); });
    connect(m_reschedule, &QPushButton::clicked, this, [this] { reschedule(); });

    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(u"rangeLabel"_s);
    QFont heading = m_rangeLabel->font();
    heading.setBold(true);
    m_rangeLabel->setFont(heading);
    m_upcomingLabel = new QLabel(this);
    m_upcomingLabel->setObjectName(u"upcomingLabel"_s);
    m_upcomingLabel->setFont(heading);

    m_readOnly =
        new QLabel(tr("Your role can view appointments but not book or change them."), this);
    m_readOnly->setObjectName(u"readOnlyNotice"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->setVisible(false);

    m_rangeModel = new QStandardItemModel(0, ColumnCount, this);
    m_upcomingModel = new QStandardItemModel(0, ColumnCount, this);
    m_rangeTable = makeTable(u"rangeTable"_s, tr("Appointments of the shown day"), m_rangeModel);
    m_upcomingTable =
        makeTable(u"upcomingTable"_s, tr("Upcoming scheduled appointments"), m_upcomingModel);
    m_rangeLabel->setBuddy(m_rangeTable);
    m_upcomingLabel->setBuddy(m_upcomingTable);

    auto *toggle = new QHBoxLayout;
    toggle->setSpacing(0);
    toggle->addWidget(m_dayButton);
    toggle->addWidget(m_weekButton);
    auto *bar = new QHBoxLayout;
    bar->addLayout(toggle);
    bar->addSpacing(12);
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_datePicker);
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_reschedule);
    bar->addWidget(m_setStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_problem);
    layout->addSpacing(4);
    layout->addWidget(m_rangeLabel);
    layout->addWidget(m_rangeTable, 3);
    layout->addSpacing(4);
    layout->addWidget(m_upcomingLabel);
    layout->addWidget(m_upcomingTable, 2);

    setTabOrder(m_dayButton, m_weekButton);
    setTabOrder(m_weekButton, m_previous);
    setTabOrder(m_previous, m_today);
    setTabOrder(m_today, m_next);
    setTabOrder(m_next, m_datePicker);
    setTabOrder(m_datePicker, m_new);
    setTabOrder(m_new, m_reschedule);
    setTabOrder(m_reschedule, m_setStatus);
    setTabOrder(m_setStatus, m_rangeTable);
    setTabOrder(m_rangeTable, m_upcomingTable);

    const bool writable = canWrite();
    m_readOnly->setVisible(!writable);
    m_new->setVisible(writable);
    m_reschedule->setVisible(writable);
    m_setStatus->setVisible(writable);

    refresh();
}

QTableView *AppointmentsTab::makeTable(const QString &objectName, const QString &accessibleName,
                                       QStandardItemModel *model)
{
    model->setHorizontalHeaderLabels(
        {tr("Start"), tr("Duration"), tr("Kind"), tr("Status"), tr("Clinician"), tr("Notes")});
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, table](const QItemSelection &selected) {
                // One selection across both lists, so the buttons act on what was picked last.
                if (!selected.isEmpty()) {
                    QTableView *other = table == m_rangeTable ? m_upcomingTable : m_rangeTable;
                    if (other)
                        other->clearSelection();
                }
                updateButtons();
            });
    connect(table, &QTableView::activated, this, [this] {
        if (m_reschedule->isEnabled())
            reschedule();
    });
    return table;
}

QDateTime AppointmentsTab::now() const
{
    return context().clock.now().toLocalTime();
}

bool AppointmentsTab::canWrite() const
{
    return context().user.holds(core::Permission::AppointmentsWrite);
}

QDateTime AppointmentsTab::rangeStart() const
{
    if (m_span == Span::Day)
        return m_date.startOfDay();
    return m_date.addDays(1 - m_date.dayOfWeek()).startOfDay();
}

QDateTime AppointmentsTab::rangeEnd() const
{
    const QDate first = rangeStart().date();
    return first.addDays(m_span == Span::Day ? 1 : 7).startOfDay();
}

void AppointmentsTab::refresh()
{
    const QUuid keep = selectedId();
    m_problem->setVisible(false);
    const core::AppointmentRepository repository(context().db);
    const QString patient = context().patientId.toString(QUuid::WithoutBraces);

    auto range = repository.loadWhere(
        u"patient_id = ? AND deleted = 0 AND start_at >= ? AND start_at < ?"_s,
        {patient, rangeStart().toMSecsSinceEpoch(), rangeEnd().toMSecsSinceEpoch()},
        u"start_at, id"_s);
    m_inRange = range ? range.value() : QList<Appointment>();

    auto coming = repository.loadWhere(
        u"patient_id = ? AND deleted = 0 AND status = ? AND start_at >= ?"_s,
        {patient, QString::fromLatin1(core::enumId(Appointment::Status::Scheduled)),
         now().toMSecsSinceEpoch()},
        u"start_at, id"_s);
    m_upcoming = coming ? coming.value() : QList<Appointment>();
    if (m_upcoming.size() > UpcomingLimit)
        m_upcoming.resize(UpcomingLimit);

    if (!range || !coming)
        showProblem(tr("The appointments could not be read: %1")
                        .arg((!range ? range.error() : coming.error()).message));

    fill(m_rangeTable, m_rangeModel, m_inRange, m_span == Span::Week);
    fill(m_upcomingTable, m_upcomingModel, m_upcoming, true);
    updateRangeLabel();
    if (!select(keep))
        updateButtons();
}

void AppointmentsTab::fill(QTableView *table, QStandardItemModel *model,
                           const QList<Appointment> &appointments, bool withDate)
{
    model->removeRows(0, model->rowCount());
    for (const Appointment &appointment : appointments) {
        QList<QStandardItem *> row;
        const auto add = [&row](const QString &text) {
            auto *item = new QStandardItem(text);
            item->setToolTip(text);
            row.append(item);
        };
        add(startText(appointment.start, withDate));
        add(tr("%n min", nullptr, appointment.durationMinutes));
        add(core::AppointmentsModel::kindLabel(appointment.kind));
        add(core::AppointmentsModel::statusLabel(appointment.status));
        add(clinicianName(appointment.clinicianId));
        add(appointment.notes.simplified());
        row.first()->setData(appointment.meta.id, IdRole);
        // Visits that did not happen stay listed (the record matters) but recede.
        if (appointment.status == Appointment::Status::Cancelled ||
            appointment.status == Appointment::Status::NoShow) {
            // Dark enough to stay readable (contrast above 4.5:1 on white), italic to set the
            // row apart without relying on colour alone.
            const QColor muted(0x5f, 0x63, 0x68);
            for (QStandardItem *item : row) {
                item->setForeground(muted);
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
        }
        model->appendRow(row);
    }
    table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount - 1; ++column)
        table->setColumnWidth(column, std::clamp(table->columnWidth(column) + 16, 90, 240));
}

void AppointmentsTab::updateRangeLabel()
{
    const QLocale locale;
    const QDate first = rangeStart().date();
    QString range;
    if (m_span == Span::Day) {
        range = locale.toString(first, QLocale::LongFormat);
    } else {
        range = tr("Week of %1 to %2")
                    .arg(locale.toString(first, u"d MMM"_s),
                         locale.toString(first.addDays(6), u"d MMM yyyy"_s));
    }
    // Spelled out rather than with %n: the English plural must read right without a .qm.
    if (m_inRange.isEmpty())
        m_rangeLabel->setText(tr("%1 — no appointments").arg(range));
    else if (m_inRange.size() == 1)
        m_rangeLabel->setText(tr("%1 — 1 appointment").arg(range));
    else
        m_rangeLabel->setText(tr("%1 — %2 appointments").arg(range).arg(m_inRange.size()));
    m_rangeTable->setAccessibleName(m_span == Span::Day ? tr("Appointments of the shown day")
                                                        : tr("Appointments of the shown week"));
    m_upcomingLabel->setText(m_upcoming.isEmpty()
                                 ? tr("Upcoming — nothing scheduled")
                                 : tr("Upcoming — %1 scheduled").arg(m_upcoming.size()));

    const bool day = m_span == Span::Day;
    m_previous->setToolTip(day ? tr("Previous day (Alt+Left)") : tr("Previous week (Alt+Left)"));
    m_previous->setAccessibleName(day ? tr("Previous day") : tr("Previous week"));
    m_next->setToolTip(day ? tr("Next day (Alt+Right)") : tr("Next week (Alt+Right)"));
    m_next->setAccessibleName(day ? tr("Next day") : tr("Next week"));
}

void AppointmentsTab::setSpan(Span span)
{
    m_span = span;
    (span == Span::Day ? m_dayButton : m_weekButton)->setChecked(true);
    refresh();
}

void AppointmentsTab::setDate(QDate date)
{
    if (!date.isValid())
        return;
    m_date = date;
    if (m_datePicker->date() != date)
        m_datePicker->setDate(date);
    refresh();
}

void AppointmentsTab::showPrevious()
{
    setDate(m_date.addDays(m_span == Span::Day ? -1 : -7));
}

void AppointmentsTab::showNext()
{
    setDate(m_date.addDays(m_span == Span::Day ? 1 : 7));
}

void AppointmentsTab::showToday()
{
    setDate(now().date());
}

QString AppointmentsTab::clinicianName(const QUuid &clinician) const
{
    if (clinician == context().user.id)
        return context().user.displayName.isEmpty() ? context().user.username
                                                    : context().user.displayName;
    // The cache holds no directory of users; the id's first block tells colleagues apart.
    return tr("Clinician %1").arg(clinician.toString(QUuid::WithoutBraces).left(8));
}

QUuid AppointmentsTab::selectedId() const
{
    for (const QTableView *table : {m_rangeTable, m_upcomingTable}) {
        const QModelIndexList rows = table->selectionModel()->selectedRows(StartColumn);
        if (!rows.isEmpty())
            return rows.first().data(IdRole).toUuid();
    }
    return {};
}

bool AppointmentsTab::select(const QUuid &id)
{
    if (id.isNull())
        return false;
    for (QTableView *table : {m_rangeTable, m_upcomingTable}) {
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, StartColumn);
            if (index.data(IdRole).toUuid() == id) {
                table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                table->scrollTo(index);
                updateButtons();
                return true;
            }
        }
    }
    return false;
}

std::optional<Appointment> AppointmentsTab::selectedAppointment() const
{
    const QUuid id = selectedId();
    if (id.isNull())
        return std::nullopt;
    for (const QList<Appointment> *list : {&m_inRange, &m_upcoming}) {
        for (const Appointment &appointment : *list) {
            if (appointment.meta.id == id)
                return appointment;
        }
    }
    return std::nullopt;
}

void AppointmentsTab::updateButtons()
{
    const auto selected = selectedAppointment();
    const bool writable = canWrite();
    // A missed or cancelled visit stays on the chart as it happened; the next one is booked
    // with New rather than by moving the old record.
    const bool movable = selected && selected->status == Appointment::Status::Scheduled;
    m_reschedule->setEnabled(writable && movable);
    m_reschedule->setToolTip(selected && !movable
                                 ? tr("Only scheduled appointments can be moved. Book the "
                                      "next visit with New….")
                                 : QString());
    m_setStatus->setEnabled(writable && selected.has_value());
}

AppointmentDialog *AppointmentsTab::newAppointment()
{
    if (!canWrite())
        return nullptr;
    const QDateTime current = now();
    QDateTime start(m_date, QTime(9, 0));
    if (m_date == current.date()) {
        // Later today: the next full hour.
        start = QDateTime(m_date, QTime(current.time().hour(), 0)).addSecs(3600);
    }
    Appointment appointment;
    appointment.meta = core::RecordMeta::create(context().user.id, context().clock.now());
    appointment.patientId = context().patientId;
    appointment.clinicianId = context().user.id;
    appointment.start = start.toUTC();
    appointment.durationMinutes = DefaultDurationMinutes;

    return openDialog(AppointmentDialog::Mode::Create, appointment);
}

AppointmentDialog *AppointmentsTab::reschedule()
{
    const auto selected = selectedAppointment();
    if (!canWrite() || !selected || selected->status != Appointment::Status::Scheduled)
        return nullptr;
    return openDialog(AppointmentDialog::Mode::Reschedule, *selected);
}

AppointmentDialog *AppointmentsTab::openDialog(AppointmentDialog::Mode mode,
                                               const Appointment &appointment)
{
    const QSqlDatabase db = context().db;
    const core::RecordStore::Clock clock = context().clock;
    const bool create = mode == AppointmentDialog::Mode::Create;
    auto *dialog = new AppointmentDialog(
        mode, appointment,
        [db, clock, create](const Appointment &record) {
            core::AppointmentRepository repository(db, clock);
            return create ? repository.create(record) : repository.update(record);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        written(dialog->appointment().meta.id, dialog->appointment().start);
    });
    dialog->open();
    return dialog;
}

bool AppointmentsTab::setStatus(Appointment::Status status)
{
    auto selected = selectedAppointment();
    if (!canWrite() || !selected)
        return false;
    if (selected->status == status)
        return true;
    selected->status = status;
    auto stored = core::AppointmentRepository(context().db, context().clock).update(*selected);
    if (!stored) {
        showProblem(tr("The status could not be saved: %1").arg(stored.error().message));
        return false;
    }
    const QUuid id = selected->meta.id;
    refresh();
    select(id);
    Q_EMIT chartChanged();
    return true;
}

void AppointmentsTab::written(const QUuid &id, const QDateTime &start)
{
    // Show where the appointment now is: a move to another week is followed there.
    const QDate date = start.toLocalTime().date();
    if (date.isValid() && date != m_date) {
        m_date = date;
        const QSignalBlocker blocker(m_datePicker);
        m_datePicker->setDate(date);
    }
    refresh();
    select(id);
    Q_EMIT chartChanged();
}

void AppointmentsTab::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
}

QVariantMap AppointmentsTab::viewState() const
{
    return {{u"span"_s, m_span == Span::Week ? u"week"_s : u"day"_s},
            {u"date"_s, m_date.toString(Qt::ISODate)},
            {u"selected"_s, selectedId().toString(QUuid::WithoutBraces)}};
}

void AppointmentsTab::restoreViewState(const QVariantMap &state)
{
    m_span = state.value(u"span"_s).toString() == "week"_L1 ? Span::Week : Span::Day;
    (m_span == Span::Day ? m_dayButton : m_weekButton)->setChecked(true);
    const QDate date = QDate::fromString(state.value(u"date"_s).toString(), Qt::ISODate);
    if (date.isValid()) {
        m_date = date;
        const QSignalBlocker blocker(m_datePicker);
        m_datePicker->setDate(date);
    }
    refresh();
    select(QUuid::fromString(state.value(u"selected"_s).toString()));
}

} // namespace nm::ui
