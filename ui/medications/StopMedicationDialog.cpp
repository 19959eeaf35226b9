#include "ui/medications/StopMedicationDialog.h"

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

StopMedicationDialog::StopMedicationDialog(core::Medication medication, QDate today, Saver saver,
                                           QWidget *parent)
    : QDialog(parent)
    , m_original(std::move(medication))
    , m_saver(std::move(saver))
    , m_errors(this)
{
    setObjectName(u"stopMedicationDialog"_s);
    setWindowTitle(tr("Stop %1").arg(m_original.name));

    QString what = m_original.name;
    if (m_original.dose)
        what = tr("%1 %2 %3").arg(what, QLocale().toString(*m_original.dose), m_original.unit);
    if (!m_original.frequency.isEmpty())
        what = tr("%1, %2").arg(what, m_original.frequency);
    auto *summary = new QLabel(
        tr("%1 — taken since %2.").arg(what, m_original.startDate.toString(Qt::ISODate)), this);
    summary->setObjectName(u"summary"_s);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);

    m_stopDate = new QDateEdit(today, this);
    m_stopDate->setObjectName(u"stopDate"_s);
    m_stopDate->setAccessibleName(tr("Stop date"));
    m_stopDate->setCalendarPopup(true);
    m_stopDate->setDisplayFormat(u"yyyy-MM-dd"_s);

    // Editable: the common reasons are one click away, and anything else can be typed.
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setAccessibleName(tr("Reason stopped"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({tr("Side effects"), tr("Not effective"), tr("Course completed"),
                        tr("Switched to another medication"), tr("Patient preference"),
                        tr("Interaction with another medication"), tr("Cost or access")});
    m_reason->setCurrentIndex(-1);
    // Suggested in a list, never completed inline: a reason the clinician did not finish
    // typing must not be stored as one they did not mean.
    m_reason->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_reason->completer()->setFilterMode(Qt::MatchContains);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type the reason"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *editor, const QString &field) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(editor);
        boxLayout->addWidget(m_errors.addField(field, editor));
        auto *label = new QLabel(text, this);
        label->setBuddy(editor);
        form->addRow(label, box);
    };
    addRow(tr("Stop &date:"), m_stopDate, u"stop_date"_s);
    addRow(tr("&Reason:"), m_reason, u"reason_stopped"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setText(tr("Stop medication"));
    save->setObjectName(u"saveButton"_s);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StopMedicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StopMedicationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_errors.generalLabel());
    layout->addStretch(1);
    layout->addWidget(buttons);

    setMinimumWidth(460);
    m_reason->setFocus();
}

core::Medication StopMedicationDialog::medication() const
{
    core::Medication medication = m_original;
    medication.stopDate = m_stopDate->date();
    medication.reasonStopped = m_reason->currentText().trimmed();
    return medication;
}

void StopMedicationDialog::accept()
{
    const core::Medication record = medication();
    if (m_errors.show(record.validate()))
        return;
    if (auto saved = m_saver(record); !saved) {
        m_errors.showSaveFailure(saved.error(), tr("The medication could not be stopped: %1"));
        return;
    }
    QDialog::accept();
}

} // namespace nm::ui
