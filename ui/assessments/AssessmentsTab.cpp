#include "ui/assessments/AssessmentsTab.h"

#include "core/domain/Patient.h"
#include "core/domain/RiskFlag.h"
#include "core/models/AssessmentHistoryModel.h"
#include "core/storage/PatientRepository.h"
#include "ui/assessments/AdministerAssessmentDialog.h"
#include "ui/assessments/SafetyAlertDialog.h"
#include "ui/common/MenuButton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

using Definition = core::InstrumentDefinition;

const QString CssrsScreener = u"cssrs_screener"_s;

void collectItemConditions(const Definition::Condition &condition,
                           QList<const Definition::Condition *> &out)
{
    if (condition.kind == Definition::Condition::Kind::Item)
        out.append(&condition);
    for (const Definition::Condition &child : condition.children)
        collectItemConditions(child, out);
}

// The answers behind a raised flag, in words a clinician can read back to the patient: the
// items its condition names whose answer lies in the condition's range. Which answers to quote
// is all this decides; whether the flag is raised was the scoring engine's call.
QStringList flagResponses(const Definition &instrument, const Definition::Flag &flag,
                          const core::Assessment &assessment)
{
    QList<const Definition::Condition *> conditions;
    collectItemConditions(flag.when, conditions);
    QStringList lines;
    QStringList quoted;
    for (const Definition::Condition *condition : std::as_const(conditions)) {
        if (quoted.contains(condition->item))
            continue;
        const Definition::Item *item = instrument.item(condition->item);
        if (!item)
            continue;
        for (const core::Assessment::ItemResponse &response : assessment.responses) {
            if (response.itemId != item->id || !response.score)
                continue;
            const int score = int(*response.score);
            if ((condition->min && score < *condition->min) ||
                (condition->max && score > *condition->max))
                continue;
            QString answer = QString::number(score);
            for (const Definition::Option &option : item->options) {
                if (option.score == score)
                    answer = option.text;
            }
            lines << AssessmentsTab::tr("%1 item %2, “%3”, was answered “%4” (score %5).")
                         .arg(instrument.shortTitle(), item->id, item->text, answer)
                         .arg(score);
            quoted << item->id;
        }
    }
    return lines;
}

} // namespace

AssessmentsTab::AssessmentsTab(ChartContext context, QWidget *parent)
    : ChartTab(std::move(context), parent)
{
    setObjectName(u"assessmentsTab"_s);
    const core::InstrumentRegistry *registry = this->context().instruments;

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Instrument:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"instrumentFilter"_s);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_filter);
    m_filter->addItem(tr("All instruments"), QString());

    m_administer = new QPushButton(tr("&Administer…"), this);
    m_administer->setObjectName(u"administerButton"_s);
    m_administerMenu = new QMenu(m_administer);
    m_administerMenu->setObjectName(u"administerMenu"_s);
    if (registry) {
        for (const Definition &instrument : registry->definitions()) {
            m_filter->addItem(tr("%1 (%2)").arg(instrument.title(), instrument.shortTitle()),
                              instrument.id());
            QAction *action = m_administerMenu->addAction(
                tr("%1 — %2").arg(instrument.shortTitle(), instrument.title()));
            action->setObjectName(u"administer_"_s + instrument.id());
            action->setData(instrument.id());
            const QString id = instrument.id();
            connect(action, &QAction::triggered, this, [this, id] { administer(id); });
        }
    }
    setButtonMenu(m_administer, m_administerMenu);
    if (!registry || registry->definitions().isEmpty()) {
        m_administer->setEnabled(false);
        m_administer->setToolTip(tr("No instrument definitions are loaded."));
    } else if (!this->context().user.holds(core::Permission::AssessmentsWrite)) {
        m_administer->setEnabled(false);
        m_administer->setToolTip(tr("Your role does not allow recording assessments."));
    }

    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_administer);
    layout->addLayout(bar);

    m_error = new QLabel(this);
    m_error->setObjectName(u"historyError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel#historyError { color: #b71c1c; }"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_model = new core::AssessmentHistoryModel(this->context().db, registry, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Flag messages are sentences: they take the room that is left and show whole in the tooltip.
    header->setSectionResizeMode(core::AssessmentHistoryModel::FlagsColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"emptyHistory"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    connect(m_model, &core::AssessmentHistoryModel::loadFailed, this,
            [this](const QString &message) {
                m_error->setText(message);
                m_error->show();
            });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (!this->context().instruments)
            return;
        m_model->setPatient(this->context().patientId, instrumentFilter());
        updateEmptyState();
    });

    // Without definitions the model could not name instruments or bands: show why, read nothing.
    if (registry) {
        m_model->setPatient(this->context().patientId);
    } else {
        m_error->setText(tr("The instrument definitions are not loaded, so assessments cannot "
                            "be shown."));
        m_error->show();
    }
    updateEmptyState();
}

void AssessmentsTab::refresh()
{
    if (!context().instruments)
        return;
    m_error->hide();
    m_model->refresh();
    updateEmptyState();
}

QVariantMap AssessmentsTab::viewState() const
{
    return {{u"instrument"_s, instrumentFilter()}};
}

void AssessmentsTab::restoreViewState(const QVariantMap &state)
{
    setInstrumentFilter(state.value(u"instrument"_s).toString());
}

QString AssessmentsTab::instrumentFilter() const
{
    return m_filter->currentData().toString();
}

void AssessmentsTab::setInstrumentFilter(const QString &instrumentId)
{
    const int index = m_filter->findData(instrumentId);
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
}

void AssessmentsTab::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty)
        return;
    m_empty->setText(instrumentFilter().isEmpty()
                         ? tr("No assessments recorded yet. Use Administer… to record one.")
                         : tr("No %1 recorded yet.").arg(m_filter->currentText()));
}

core::ScoringContext AssessmentsTab::scoringContext() const
{
    // Some cut-offs depend on sex at birth (AUDIT-C); without it the engine applies the
    // definition's fallback and says so.
    core::PatientRepository patients(context().db, context().clock);
    auto loaded = patients.load(context().patientId);
    if (!loaded || !loaded.value() ||
        loaded.value()->sexAtBirth == core::Patient::SexAtBirth::Unknown)
        return {};
    return core::ScoringContext::withSexAtBirth(core::enumId(loaded.value()->sexAtBirth));
}

void AssessmentsTab::administer(const QString &instrumentId)
{
    const core::InstrumentRegistry *registry = context().instruments;
    const Definition *instrument = registry ? registry->find(instrumentId) : nullptr;
    if (!instrument)
        return;
    std::optional<core::Assessment> saved;
    {
        AdministerAssessmentDialog dialog(context(), *instrument, scoringContext(), this);
        if (dialog.exec() == QDialog::Accepted)
            saved = dialog.savedAssessment();
    }
    if (saved)
        afterSave(*saved);
}

void AssessmentsTab::afterSave(const core::Assessment &saved)
{
    refresh();

    QStringList riskFlags;
    for (const QString &flag : saved.flags) {
        if (core::enumFromId<core::RiskFlag>(flag))
            riskFlags << flag;
    }
    std::optional<core::Result<bool, QString>> marked;
    // The chart is marked before the alert is shown, so the flag is kept whatever happens next.
    if (!riskFlags.isEmpty())
        marked = markChart(riskFlags);
    Q_EMIT chartChanged();

    const QString suicideRisk = core::enumId(core::RiskFlag::SuicideRisk);
    const Definition *instrument = context().instruments->find(saved.instrumentId);
    if (!saved.flags.contains(suicideRisk) || !instrument)
        return;

    SafetyAlertDialog::Content content;
    content.instrument = instrument->shortTitle();
    for (const Definition::Flag &flag : instrument->flags()) {
        if (flag.id != suicideRisk)
            continue;
        content.responses << flagResponses(*instrument, flag, saved);
        content.flagMessages << flag.message;
    }
    if (content.responses.isEmpty())
        content.responses << tr("The answers to this %1 raised a suicide-risk flag.")
                                 .arg(instrument->shortTitle());
    if (marked && marked->ok()) {
        content.chartStatus =
            marked->value()
                ? tr("The chart is now marked with a suicide-risk flag, shown in the patient "
                     "list and on the overview.")
                : tr("The chart already carries a suicide-risk flag; it stays.");
    } else {
        content.chartMarkFailed = true;
        content.chartStatus = tr("The chart could not be marked with a suicide-risk flag (%1). "
                                 "Add the flag on the overview.")
                                  .arg(marked ? marked->error() : QString());
    }
    content.offerScreening =
        saved.instrumentId != CssrsScreener && context().instruments->find(CssrsScreener);

    SafetyAlertDialog alert(content, this);
    alert.exec();
    if (alert.choice() == SafetyAlertDialog::Choice::ScreenWithCssrs)
        administer(CssrsScreener);
}

core::Result<bool, QString> AssessmentsTab::markChart(const QStringList &flagIds)
{
    core::PatientRepository patients(context().db, context().clock);
    auto loaded = patients.load(context().patientId);
    if (!loaded)
        return loaded.error().message;
    if (!loaded.value() || loaded.value()->meta.deleted)
        return tr("the patient's record is not in this cache");
    core::Patient patient = *loaded.value();
    bool added = false;
    for (const QString &id : flagIds) {
        const std::optional<core::RiskFlag> flag = core::enumFromId<core::RiskFlag>(id);
        if (flag && !patient.riskFlags.contains(*flag)) {
            patient.riskFlags.append(*flag);
            added = true;
        }
    }
    if (!added)
        return false;
    auto updated = patients.update(patient);
    if (!updated) {
        const core::RepositoryError &error = updated.error();
        return error.fields.isEmpty() ? error.message
                                      : error.message + u": "_s + error.fields.toString();
    }
    return true;
}

} // namespace nm::ui
