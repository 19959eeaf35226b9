#include "ui/medications/MedicationDialog.h"

#include "core/models/MedicationsModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

using core::Medication;

constexpr std::array Routes{
    Medication::Route::Oral,          Medication::Route::Sublingual,
    Medication::Route::Intramuscular, Medication::Route::Intravenous,
    Medication::Route::Subcutaneous,  Medication::Route::Transdermal,
    Medication::Route::Inhaled,       Medication::Route::Other,
};

/// Reads a dose typed in the user's locale ("0,5" in German) or with a point, which is what
/// prescriptions and pharmacy labels print whatever the locale.
std::optional<double> parseDose(const QString &typed, bool *ok)
{
    const QString text = typed.trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(text, ok);
    if (!*ok)
        value = QLocale::c().toDouble(text, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

} // namespace

MedicationDialog::MedicationDialog(Mode mode, core::Medication medication, Saver saver,
                                   QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_original(std::move(medication))
    , m_saver(std::move(saver))
    , m_errors(this)
{
    setObjectName(u"medicationDialog"_s);
    const bool adding = mode == Mode::Add;
    setWindowTitle(adding ? tr("Add medication") : tr("Change dose of %1").arg(m_original.name));

    m_name = new QLineEdit(m_original.name, this);
    m_name->setObjectName(u"name"_s);
    m_name->setAccessibleName(tr("Medication name"));
    m_name->setPlaceholderText(tr("e.g. sertraline"));
    m_name->setEnabled(adding);

    m_dose = new QLineEdit(this);
    m_dose->setObjectName(u"dose"_s);
    m_dose->setAccessibleName(tr("Dose"));
    m_dose->setPlaceholderText(tr("e.g. 50"));
    if (m_original.dose)
        m_dose->setText(QLocale().toString(*m_original.dose));
    m_dose->setMinimumWidth(100);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"unit"_s);
    m_unit->setAccessibleName(tr("Dose unit"));
    // An empty first entry, so a missing unit is a choice the user sees rather than a default
    // ("mg") silently stored with a dose that was meant in mL.
    m_unit->addItem(tr("Unit…"), QString());
    for (const QString &unit : Medication::units())
        m_unit->addItem(unit, unit);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(m_original.unit)));

    m_route = new QComboBox(this);
    m_route->setObjectName(u"route"_s);
    m_route->setAccessibleName(tr("Route"));
    for (Medication::Route route : Routes)
        m_route->addItem(core::MedicationsModel::routeLabel(route), int(route));
    m_route->setCurrentIndex(std::max(0, m_route->findData(int(m_original.route))));
    m_route->setEnabled(adding);

    m_frequency = new QLineEdit(m_original.frequency, this);
    m_frequency->setObjectName(u"frequency"_s);
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->setPlaceholderText(tr("e.g. once daily"));
    auto *suggestions =
        new QCompleter(QStringList{tr("once daily"), tr("twice daily"), tr("three times daily"),
                                   tr("at bedtime"), tr("every morning"), tr("as needed"),
                                   tr("once weekly"), tr("every 2 weeks"), tr("every 4 weeks")},
                       m_frequency);
    suggestions->setCaseSensitivity(Qt::CaseInsensitive);
    suggestions->setFilterMode(Qt::MatchContains);
    m_frequency->setCompleter(suggestions);

    m_startDate = new QDateEdit(m_original.startDate, this);
    m_startDate->setObjectName(u"startDate"_s);
    m_startDate->setAccessibleName(tr("Start date"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_startDate->setEnabled(adding);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const auto addRow = [&](const QString &text, QWidget *editor, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        form->addRow(label, field);
    };

    addRow(tr("&Name:"), m_name, fieldBox(m_name, {m_errors.addField(u"name"_s, m_name)}));

    auto *doseRow = new QWidget(this);
    auto *doseLayout = new QHBoxLayout(doseRow);
    doseLayout->setContentsMargins(0, 0, 0, 0);
    doseLayout->addWidget(m_dose, 1);
    doseLayout->addWidget(m_unit);
    QLabel *doseError = m_errors.addField(u"dose"_s, m_dose);
    QLabel *unitError = m_errors.addField(u"unit"_s, m_unit);
    addRow(tr("&Dose:"), m_dose, fieldBox(doseRow, {doseError, unitError}));

    addRow(tr("&Route:"), m_route, fieldBox(m_route, {m_errors.addField(u"route"_s, m_route)}));
    addRow(tr("&Frequency:"), m_frequency,
           fieldBox(m_frequency, {m_errors.addField(u"frequency"_s, m_frequency)}));
    addRow(tr("&Start date:"), m_startDate,
           fieldBox(m_startDate, {m_errors.addField(u"start_date"_s, m_startDate)}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setText(adding ? tr("Add medication") : tr("Change dose"));
    save->setObjectName(u"saveButton"_s);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MedicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MedicationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (!adding) {
        QString current =
            m_original.dose
                ? tr("Current dose of %1: %2 %3")
                      .arg(m_original.name, QLocale().toString(*m_original.dose), m_original.unit)
                : tr("No dose of %1 recorded yet.").arg(m_original.name);
        if (!m_original.frequency.isEmpty())
            current = tr("%1, %2").arg(current, m_original.frequency);
        auto *summary = new QLabel(current, this);
        summary->setObjectName(u"currentDose"_s);
        summary->setWordWrap(true);
        layout->addWidget(summary);
    }
    layout->addLayout(form);
    layout->addWidget(m_errors.generalLabel());
    layout->addStretch(1);
    layout->addWidget(buttons);

    setMinimumWidth(460);
    (adding ? m_name : m_dose)->setFocus();
    if (!adding)
        m_dose->selectAll();
}

QWidget *MedicationDialog::fieldBox(QWidget *editor, const QList<QLabel *> &messages)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    for (QLabel *message : messages)
        layout->addWidget(message);
    return box;
}

core::Medication MedicationDialog::medication() const
{
    core::Medication medication = m_original;
    bool ok = false;
    medication.dose = parseDose(m_dose->text(), &ok);
    medication.unit = m_unit->currentData().toString();
    medication.frequency = m_frequency->text().trimmed();
    if (m_mode == Mode::Add) {
        medication.name = m_name->text().trimmed();
        medication.route = Medication::Route(m_route->currentData().toInt());
        medication.startDate = m_startDate->date();
    }
    return medication;
}

core::FieldErrors MedicationDialog::formProblems() const
{
    core::FieldErrors problems;
    bool ok = false;
    const std::optional<double> dose = parseDose(m_dose->text(), &ok);
    if (!ok) {
        problems.add(u"dose"_s, tr("Enter the dose as a number, for example 50 or 0.5."));
    } else if (m_mode == Mode::ChangeDose) {
        if (!dose)
            problems.add(u"dose"_s, tr("Enter the new dose."));
        else if (dose == m_original.dose && m_unit->currentData().toString() == m_original.unit &&
                 m_frequency->text().trimmed() == m_original.frequency)
            problems.add(u"dose"_s, tr("This is the current dose. Enter the new dose."));
    }
    return problems;
}

void MedicationDialog::accept()
{
    core::FieldErrors problems = formProblems();
    const core::Medication record = medication();
    // The domain's message for a field the form already explained would only repeat it.
    for (const core::FieldError &error : record.validate()) {
        if (!problems.contains(error.field))
            problems.add(error.field, error.message);
    }
    if (m_errors.show(problems))
        return;

    if (auto saved = m_saver(record); !saved) {
        m_errors.showSaveFailure(saved.error(), tr("The medication could not be saved: %1"));
        return;
    }
    QDialog::accept();
}

} // namespace nm::ui
