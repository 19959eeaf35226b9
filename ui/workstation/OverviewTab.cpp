#include "ui/workstation/OverviewTab.h"

#include "core/domain/EnumIds.h"
#include "core/models/AppointmentsModel.h"
#include "core/models/MedicationsModel.h"
#include "core/models/PatientListModel.h"
#include "core/storage/AppointmentRepository.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/MedicationRepository.h"
#include "core/storage/PatientRepository.h"
#include "ui/common/RiskColor.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

QLabel *textLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

OverviewTab::OverviewTab(ChartContext context, QWidget *parent)
    : ChartTab(std::move(context), parent)
    , m_risk(new QLabel(this))
    , m_demographics(textLabel(this, u"overviewDemographics"_s))
    , m_diagnoses(textLabel(this, u"overviewDiagnoses"_s))
    , m_allergies(textLabel(this, u"overviewAllergies"_s))
    , m_scores(new QTableWidget(this))
    , m_medications(textLabel(this, u"overviewMedications"_s))
    , m_appointment(textLabel(this, u"overviewNextAppointment"_s))
    , m_problem(textLabel(this, u"overviewProblem"_s))
{
    setObjectName(u"overviewTab"_s);
    m_risk->setObjectName(u"riskBanner"_s);
    m_risk->setWordWrap(true);
    m_risk->setTextFormat(Qt::PlainText);
    m_risk->setAccessibleName(tr("Risk flags"));
    m_risk->setStyleSheet(u"QLabel#riskBanner { background: #b71c1c; color: white; "
                          u"font-weight: bold; padding: 8px 12px; border-radius: 4px; }"_s);
    m_problem->setStyleSheet(u"color: #b71c1c;"_s);

    m_scores->setObjectName(u"overviewScores"_s);
    m_scores->setAccessibleName(tr("Latest scores"));
    m_scores->setColumnCount(4);
    m_scores->setHorizontalHeaderLabels({tr("Instrument"), tr("Date"), tr("Score"), tr("Band")});
    m_scores->verticalHeader()->hide();
    m_scores->horizontalHeader()->setStretchLastSection(true);
    m_scores->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->setSelectionMode(QAbstractItemView::NoSelection);
    m_scores->setFocusPolicy(Qt::TabFocus);
    m_scores->setMinimumHeight(140);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(section(tr("Patient"), m_demographics, this), 0, 0);
    auto *clinical = new QWidget(this);
    auto *clinicalLayout = new QVBoxLayout(clinical);
    clinicalLayout->setContentsMargins(0, 0, 0, 0);
    clinicalLayout->addWidget(section(tr("Diagnoses"), m_diagnoses, clinical));
    clinicalLayout->addWidget(section(tr("Allergies"), m_allergies, clinical));
    grid->addWidget(clinical, 0, 1);
    grid->addWidget(section(tr("Latest scores"), m_scores, this), 1, 0);
    auto *care = new QWidget(this);
    auto *careLayout = new QVBoxLayout(care);
    careLayout->setContentsMargins(0, 0, 0, 0);
    careLayout->addWidget(section(tr("Active medications"), m_medications, care));
    careLayout->addWidget(section(tr("Next appointment"), m_appointment, care));
    careLayout->addStretch();
    grid->addWidget(care, 1, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_risk);
    contentLayout->addWidget(m_problem);
    contentLayout->addLayout(grid);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    refresh();
}

void OverviewTab::refresh()
{
    m_problem->clear();
    m_problem->hide();
    showDemographics();
    showScores();
    showMedications();
    showNextAppointment();
}

void OverviewTab::showDemographics()
{
    const auto loaded = core::PatientRepository(context().db).load(context().patientId);
    if (!loaded || !loaded.value()) {
        m_problem->setText(tr("This chart cannot be read from the local cache."));
        m_problem->show();
        return;
    }
    const core::Patient &patient = *loaded.value();
    const QLocale locale;
    const QDate today = context().clock.now().toLocalTime().date();
    QStringList lines;
    QString name = patient.familyName + u", "_s + patient.givenName;
    if (!patient.preferredName.isEmpty())
        name += u" (“%1”)"_s.arg(patient.preferredName);
    lines << name;
    lines << tr("MRN %1").arg(patient.mrn);
    if (patient.dateOfBirth.isValid()) {
        int age = today.year() - patient.dateOfBirth.year();
        if (QDate(today.year(), patient.dateOfBirth.month(), patient.dateOfBirth.day()) > today)
            --age;
        lines << tr("Born %1 (%n years)", nullptr, age)
                     .arg(locale.toString(patient.dateOfBirth, QLocale::ShortFormat));
    }
    if (!patient.genderIdentity.isEmpty() || !patient.pronouns.isEmpty())
        lines << QStringList{patient.genderIdentity, patient.pronouns}.join(u" · "_s).trimmed();
    if (!patient.phone.isEmpty())
        lines << tr("Phone %1").arg(patient.phone);
    if (!patient.emergencyContact.name.isEmpty())
        lines << tr("Emergency contact: %1").arg(patient.emergencyContact.name);
    m_demographics->setText(lines.join(u'\n'));
    m_diagnoses->setText(patient.diagnosisCodes.isEmpty() ? tr("None recorded")
                                                          : patient.diagnosisCodes.join(u'\n'));
    m_allergies->setText(patient.allergies.isEmpty() ? tr("No known allergies recorded")
                                                     : patient.allergies.join(u'\n'));

    QStringList flags;
    for (const core::RiskFlag flag : patient.riskFlags)
        flags << core::PatientListModel::riskFlagLabel(QString(core::enumId(flag)));
    m_risk->setText(tr("Risk: %1").arg(flags.join(u" · "_s)));
    m_risk->setVisible(!flags.isEmpty());
}

void OverviewTab::showScores()
{
    m_scores->setRowCount(0);
    if (!context().instruments)
        return;
    const auto assessments = core::AssessmentRepository(context().db, *context().instruments)
                                 .forPatient(context().patientId);
    if (!assessments)
        return;
    // forPatient() is oldest first: the last completed one per instrument is the latest.
    std::map<QString, core::Assessment> latest;
    for (const core::Assessment &assessment : assessments.value()) {
        if (assessment.status == core::Assessment::Status::Completed)
            latest[assessment.instrumentId] = assessment;
    }
    const QLocale locale;
    for (const auto &[instrumentId, assessment] : latest) {
        const core::InstrumentDefinition *definition = context().instruments->find(instrumentId);
        QString band = assessment.band;
        if (definition) {
            for (const auto &candidate : definition->bands()) {
                if (candidate.id == assessment.band)
                    band = candidate.label;
            }
        }
        const int row = m_scores->rowCount();
        m_scores->insertRow(row);
        m_scores->setItem(
            row, 0, new QTableWidgetItem(definition ? definition->shortTitle() : instrumentId));
        m_scores->setItem(
            row, 1,
            new QTableWidgetItem(locale.toString(assessment.administeredAt.toLocalTime().date(),
                                                 QLocale::ShortFormat)));
        m_scores->setItem(row, 2,
                          new QTableWidgetItem(assessment.totalScore
                                                   ? formatNumber(*assessment.totalScore)
                                                   : tr("—")));
        auto *bandItem = new QTableWidgetItem(band);
        if (!assessment.flags.isEmpty()) {
            bandItem->setForeground(riskTextColor(palette()));
            bandItem->setToolTip(tr("Flags raised: %1").arg(assessment.flags.join(u", "_s)));
        }
        m_scores->setItem(row, 3, bandItem);
    }
    if (latest.empty()) {
        m_scores->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("No completed assessments"));
        m_scores->setItem(0, 0, none);
    }
    m_scores->resizeColumnsToContents();
}

void OverviewTab::showMedications()
{
    const auto medications =
        core::MedicationRepository(context().db).forPatient(context().patientId);
    if (!medications) {
        m_medications->setText(tr("The medications cannot be read."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (const core::Medication &medication : medications.value()) {
        if (medication.isStopped())
            continue;
        QString line = medication.name;
        if (medication.dose)
            line += u' ' + formatNumber(*medication.dose) + u' ' + medication.unit;
        line += u" · "_s + core::MedicationsModel::routeLabel(medication.route);
        if (!medication.frequency.isEmpty())
            line += u" · "_s + medication.frequency;
        line += u"  "_s +
                tr("since %1").arg(locale.toString(medication.startDate, QLocale::ShortFormat));
        lines << line;
    }
    m_medications->setText(lines.isEmpty() ? tr("No active medications") : lines.join(u'\n'));
}

void OverviewTab::showNextAppointment()
{
    const QDateTime now = context().clock.now();
    const auto upcoming =
        core::AppointmentRepository(context().db)
            .loadWhere(u"patient_id = ? AND start_at >= ? AND status = ? AND "
                       u"deleted = 0"_s,
                       {context().patientId.toString(QUuid::WithoutBraces), now.toMSecsSinceEpoch(),
                        QString(core::enumId(core::Appointment::Status::Scheduled))},
                       u"start_at, id"_s);
    if (!upcoming) {
        m_appointment->setText(tr("The appointments cannot be read."));
        return;
    }
    if (!upcoming.value().isEmpty()) {
        const core::Appointment &appointment = upcoming.value().first();
        const QLocale locale;
        const QDateTime start = appointment.start.toLocalTime();
        m_appointment->setText(
            tr("%1 at %2, %n minute(s), %3", nullptr, appointment.durationMinutes)
                .arg(locale.toString(start.date(), QLocale::LongFormat),
                     locale.toString(start.time(), QLocale::ShortFormat),
                     core::AppointmentsModel::kindLabel(appointment.kind)));
        return;
    }
    m_appointment->setText(tr("None scheduled"));
}

} // namespace nm::ui
