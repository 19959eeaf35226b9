#include "ui/appointments/AppointmentDialog.h"

#include "core/models/AppointmentsModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

AppointmentDialog::AppointmentDialog(Mode mode, core::Appointment appointment, Saver saver,
                                     QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_original(std::move(appointment))
    , m_saver(std::move(saver))
    , m_errors(this)
{
    setObjectName(u"appointmentDialog"_s);
    const bool creating = mode == Mode::Create;
    setWindowTitle(creating ? tr("New appointment") : tr("Reschedule appointment"));

    m_start = new QDateTimeEdit(m_original.start.toLocalTime(), this);
    m_start->setObjectName(u"start"_s);
    m_start->setAccessibleName(tr("Start date and time"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_start->setTimeSpec(Qt::LocalTime);

    // Any whole number is accepted while typing, wider than the domain's limits on purpose: a
    // field that silently refuses "1" teaches nothing, while the domain's message says what is
    // allowed and why.
    m_duration = new QComboBox(this);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setEditable(true);
    m_duration->setInsertPolicy(QComboBox::NoInsert);
    // Inline completion would turn a typed "1" into "15" behind the user's back.
    m_duration->setCompleter(nullptr);
    m_duration->lineEdit()->setValidator(new QIntValidator(0, 24 * 60, m_duration));
    for (int minutes : {15, 30, 45, 50, 60, 90})
        m_duration->addItem(QString::number(minutes));
    m_duration->setEditText(
        m_original.durationMinutes > 0 ? QString::number(m_original.durationMinutes) : QString());
    m_duration->setMinimumWidth(90);

    m_inPerson = new QRadioButton(
        core::AppointmentsModel::kindLabel(core::Appointment::Kind::InPerson), this);
    m_inPerson->setObjectName(u"kindInPerson"_s);
    m_video =
        new QRadioButton(core::AppointmentsModel::kindLabel(core::Appointment::Kind::Video), this);
    m_video->setObjectName(u"kindVideo"_s);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_inPerson);
    kinds->addButton(m_video);
    (m_original.kind == core::Appointment::Kind::Video ? m_video : m_inPerson)->setChecked(true);

    m_notes = new QPlainTextEdit(m_original.notes, this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("e.g. bring the sleep diary; video link sent by e-mail"));
    // Tab moves on to the buttons, as in every other field; notes rarely need a tab character.
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *editor, QWidget *content,
                            const QString &field) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(content);
        if (!field.isEmpty())
            boxLayout->addWidget(m_errors.addField(field, editor));
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        form->addRow(label, box);
    };

    auto *startRow = new QWidget(this);
    auto *startLayout = new QHBoxLayout(startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_start);
    startLayout->addStretch(1);
    addRow(tr("&Start:"), m_start, startRow, u"start"_s);

    auto *durationRow = new QWidget(this);
    auto *durationLayout = new QHBoxLayout(durationRow);
    durationLayout->setContentsMargins(0, 0, 0, 0);
    durationLayout->addWidget(m_duration);
    auto *unit = new QLabel(tr("minutes (%1 to %2)")
                                .arg(core::Appointment::MinDurationMinutes)
                                .arg(core::Appointment::MaxDurationMinutes),
                            this);
    durationLayout->addWidget(unit);
    durationLayout->addStretch(1);
    addRow(tr("&Duration:"), m_duration, durationRow, u"duration_minutes"_s);

    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(m_inPerson);
    kindLayout->addWidget(m_video);
    kindLayout->addStretch(1);
    addRow(tr("&Kind:"), m_inPerson, kindRow, {});

    addRow(tr("&Notes:"), m_notes, m_notes, u"notes"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setText(creating ? tr("Book appointment") : tr("Reschedule"));
    save->setObjectName(u"saveButton"_s);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (!creating) {
        const QDateTime was = m_original.start.toLocalTime();
        auto *current = new QLabel(
            tr("Now booked for %1 at %2, %n minutes.", nullptr, m_original.durationMinutes)
                .arg(QLocale().toString(was.date(), QLocale::LongFormat), timeText(was.time())),
            this);
        current->setObjectName(u"currentBooking"_s);
        current->setWordWrap(true);
        layout->addWidget(current);
    }
    layout->addLayout(form);
    layout->addWidget(m_errors.generalLabel());
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_start, m_duration);
    setTabOrder(m_duration, m_inPerson);
    setTabOrder(m_inPerson, m_video);
    setTabOrder(m_video, m_notes);

    setMinimumWidth(480);
    m_start->setFocus();
}

QString AppointmentDialog::timeText(QTime time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return QLocale().toString(time, format);
}

core::Appointment AppointmentDialog::appointment() const
{
    core::Appointment appointment = m_original;
    QDateTime start = m_start->dateTime();
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    appointment.start = start.toUTC();
    // Nothing or something unreadable is 0, "not set", which validate() explains.
    appointment.durationMinutes = m_duration->currentText().trimmed().toInt();
    appointment.kind =
        m_video->isChecked() ? core::Appointment::Kind::Video : core::Appointment::Kind::InPerson;
    appointment.notes = m_notes->toPlainText().trimmed();
    return appointment;
}

void AppointmentDialog::accept()
{
    const core::Appointment record = appointment();
    if (m_errors.show(record.validate()))
        return;
    if (auto saved = m_saver(record); !saved) {
        m_errors.showSaveFailure(saved.error(), tr("The appointment could not be saved: %1"));
        return;
    }
    QDialog::accept();
}

} // namespace nm::ui
