#include "ui/assessments/AdministerAssessmentDialog.h"

#include "core/storage/AssessmentRepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

using Definition = core::InstrumentDefinition;

// Long statements (ASRM) read better one under the other; short frequency scales fit in a row,
// which keeps a 20-item form short enough to scan.
bool stackOptions(const Definition::Item &item)
{
    if (item.options.size() > 5)
        return true;
    for (const Definition::Option &option : item.options) {
        if (option.text.size() > 28)
            return true;
    }
    return false;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The border is always there, transparent unless the item is pointed at, so the item's text
// does not shift when it is highlighted.
QString itemStyle(const QString &frameName, bool highlighted)
{
    return highlighted ? u"QFrame#%1 { border: 2px solid #c62828; border-radius: 4px;"
                         " background: #fff5f5; }"_s.arg(frameName)
                       : u"QFrame#%1 { border: 2px solid transparent; }"_s.arg(frameName);
}

QString buttonName(const QString &itemId, int score)
{
    return u"item_%1_option_%2"_s.arg(itemId).arg(score);
}

} // namespace

AdministerAssessmentDialog::AdministerAssessmentDialog(ChartContext context,
                                                       const core::InstrumentDefinition &instrument,
                                                       core::ScoringContext scoring,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_instrument(instrument)
    , m_scoring(std::move(scoring))
{
    setObjectName(u"administerAssessmentDialog"_s);
    setWindowTitle(tr("Administer %1").arg(m_instrument.shortTitle()));
    setModal(true);

    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(m_instrument.title(), this);
    title->setObjectName(u"instrumentTitle"_s);
    title->setWordWrap(true);
    title->setToolTip(m_instrument.citation());
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    layout->addWidget(title);

    if (!m_instrument.instructions().isEmpty()) {
        auto *instructions = wrappedLabel(m_instrument.instructions(), this);
        instructions->setObjectName(u"instrumentInstructions"_s);
        QFont italic = instructions->font();
        italic.setItalic(true);
        instructions->setFont(italic);
        layout->addWidget(instructions);
    }

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"itemsScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(m_scroll);
    auto *itemsLayout = new QVBoxLayout(content);
    itemsLayout->setSpacing(2);
    m_items.reserve(m_instrument.items().size());
    for (const Definition::Item &item : m_instrument.items()) {
        if (!m_items.isEmpty()) {
            auto *line = new QFrame(content);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            itemsLayout->addWidget(line);
        }
        ItemView &view = m_items.emplace_back();
        view.item = &item;
        itemsLayout->addWidget(buildItem(view, content));
    }
    itemsLayout->addStretch(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    auto *footer = new QFrame(this);
    footer->setObjectName(u"scoreFooter"_s);
    footer->setFrameShape(QFrame::StyledPanel);
    auto *footerLayout = new QVBoxLayout(footer);
    footerLayout->setContentsMargins(10, 8, 10, 8);
    m_summary = new QLabel(footer);
    m_summary->setObjectName(u"scoreSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    footerLayout->addWidget(m_summary);
    m_details = wrappedLabel(QString(), footer);
    m_details->setObjectName(u"scoreDetails"_s);
    footerLayout->addWidget(m_details);
    m_flags = wrappedLabel(QString(), footer);
    m_flags->setObjectName(u"flagMessages"_s);
    m_flags->setStyleSheet(u"QLabel#flagMessages { background: #fdecea; color: #7f1010;"
                           " border: 1px solid #d32f2f; border-radius: 4px; padding: 6px;"
                           " font-weight: bold; }"_s);
    m_flags->hide();
    footerLayout->addWidget(m_flags);
    m_problem = wrappedLabel(QString(), footer);
    m_problem->setObjectName(u"saveProblem"_s);
    m_problem->setStyleSheet(u"QLabel#saveProblem { color: #b71c1c; }"_s);
    m_problem->hide();
    footerLayout->addWidget(m_problem);
    layout->addWidget(footer);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    // Enter would otherwise save while the clinician is still moving through the radio buttons.
    m_saveButton->setAutoDefault(false);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdministerAssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdministerAssessmentDialog::reject);
    layout->addWidget(buttons);

    resize(900, 700);
    answersChanged();
    if (!m_items.isEmpty() && !m_items.first().buttons.isEmpty())
        m_items.first().buttons.first()->setFocus(Qt::OtherFocusReason);
}

QWidget *AdministerAssessmentDialog::buildItem(ItemView &view, QWidget *parent)
{
    const Definition::Item &item = *view.item;
    auto *frame = new QFrame(parent);
    view.frame = frame;
    frame->setObjectName(u"item_"_s + item.id);
    frame->setAccessibleName(item.text);
    frame->setAccessibleDescription(itemLabel(item));

    frame->setStyleSheet(itemStyle(frame->objectName(), false));

    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(1, 1);

    auto *number = new QLabel(item.id + u'.', frame);
    QFont bold = number->font();
    bold.setBold(true);
    number->setFont(bold);
    number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(u"00b."_s));
    grid->addWidget(number, 0, 0, Qt::AlignTop);

    auto *question = wrappedLabel(item.text, frame);
    question->setFont(bold);
    grid->addWidget(question, 0, 1);

    QBoxLayout *options = stackOptions(item) ? static_cast<QBoxLayout *>(new QVBoxLayout)
                                             : static_cast<QBoxLayout *>(new QHBoxLayout);
    options->setSpacing(stackOptions(item) ? 2 : 18);
    view.group = new QButtonGroup(frame);
    view.group->setExclusive(true);
    for (qsizetype i = 0; i < item.options.size(); ++i) {
        const Definition::Option &option = item.options.at(i);
        auto *button = new QRadioButton(tr("%1 (%2)").arg(option.text).arg(option.score), frame);
        button->setObjectName(buttonName(item.id, option.score));
        button->setAccessibleName(option.text);
        button->setAccessibleDescription(itemLabel(item));
        view.group->addButton(button, int(i));
        view.buttons.append(button);
        options->addWidget(button);
    }
    if (!stackOptions(item))
        options->addStretch(1);

    auto *row = new QHBoxLayout;
    row->addLayout(options, 1);
    view.clear = new QToolButton(frame);
    view.clear->setObjectName(u"item_%1_clear"_s.arg(item.id));
    view.clear->setText(tr("Clear"));
    view.clear->setAccessibleName(tr("Clear the answer to item %1").arg(item.id));
    view.clear->setToolTip(tr("Leave item %1 unanswered").arg(item.id));
    view.clear->setAutoRaise(true);
    // Kept in the layout while hidden so the row does not jump when an answer is given.
    QSizePolicy keep = view.clear->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    view.clear->setSizePolicy(keep);
    view.clear->hide();
    row->addWidget(view.clear, 0, Qt::AlignTop);
    grid->addLayout(row, 1, 1);

    view.notAsked = wrappedLabel(tr("Not asked: the answers above skip this item."), frame);
    QFont italic = view.notAsked->font();
    italic.setItalic(true);
    view.notAsked->setFont(italic);
    view.notAsked->hide();
    grid->addWidget(view.notAsked, 2, 1);

    const QString itemId = item.id;
    connect(view.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        // The button being unchecked reports too; the newly checked one carries the change.
        if (checked)
            answersChanged();
    });
    connect(view.clear, &QToolButton::clicked, this, [this, itemId] {
        if (ItemView *cleared = this->view(itemId)) {
            clearAnswer(*cleared);
            answersChanged();
            if (!cleared->buttons.isEmpty())
                cleared->buttons.first()->setFocus(Qt::OtherFocusReason);
        }
    });
    return frame;
}

QString AdministerAssessmentDialog::itemLabel(const core::InstrumentDefinition::Item &item) const
{
    return tr("%1 item %2: %3").arg(m_instrument.shortTitle(), item.id, item.text);
}

core::ScoringEngine::Responses AdministerAssessmentDialog::responses() const
{
    core::ScoringEngine::Responses answers;
    for (const ItemView &view : m_items) {
        const int checked = view.group->checkedId();
        if (view.asked && checked >= 0)
            answers.insert(view.item->id, view.item->options.at(checked).score);
    }
    return answers;
}

QAbstractButton *AdministerAssessmentDialog::optionButton(const QString &itemId, int score) const
{
    return findChild<QAbstractButton *>(buttonName(itemId, score));
}

AdministerAssessmentDialog::ItemView *AdministerAssessmentDialog::view(const QString &itemId)
{
    for (ItemView &view : m_items) {
        if (view.item->id == itemId)
            return &view;
    }
    return nullptr;
}

void AdministerAssessmentDialog::clearAnswer(ItemView &view)
{
    if (view.group->checkedId() < 0)
        return;
    // An exclusive group never lets its last checked button go.
    view.group->setExclusive(false);
    view.group->checkedButton()->setChecked(false);
    view.group->setExclusive(true);
}

void AdministerAssessmentDialog::applySkipLogic()
{
    // Skip logic only looks back (the definition guarantees it), so scoring the answers before
    // an item tells whether it is asked, by the engine's own rule rather than a copy of it here.
    core::ScoringEngine::Responses before;
    for (ItemView &view : m_items) {
        bool asked = true;
        if (view.item->askedIf) {
            const auto scored = core::ScoringEngine::score(m_instrument, before, m_scoring);
            asked = !(scored && scored.value().skippedItems.contains(view.item->id));
        }
        if (!asked)
            clearAnswer(view);
        view.asked = asked;
        for (QAbstractButton *button : std::as_const(view.buttons))
            button->setEnabled(asked);
        view.notAsked->setVisible(!asked);
        const int checked = view.group->checkedId();
        if (asked && checked >= 0)
            before.insert(view.item->id, view.item->options.at(checked).score);
    }
}

void AdministerAssessmentDialog::answersChanged()
{
    applySkipLogic();
    for (ItemView &view : m_items) {
        const bool answered = view.group->checkedId() >= 0;
        view.clear->setVisible(answered);
        if (answered)
            setHighlighted(view, false);
    }
    auto scored = core::ScoringEngine::score(m_instrument, responses(), m_scoring);
    if (!scored) {
        // Cannot happen with answers from this form; shown rather than hidden if it ever does.
        m_result.reset();
        m_summary->setText(tr("These answers cannot be scored"));
        m_details->setText(scored.error());
        m_flags->hide();
        return;
    }
    m_result = std::move(scored).value();
    updateFooter(*m_result);
}

void AdministerAssessmentDialog::updateFooter(const core::ScoreResult &result)
{
    const auto &total = m_instrument.total();
    QString summary;
    if (total) {
        if (result.total) {
            summary =
                result.prorated
                    ? tr("Total %1 of %2 (prorated)")
                          .arg(QString::number(*result.total))
                          .arg(total->max)
                    : tr("Total %1 of %2").arg(QString::number(*result.total)).arg(total->max);
            if (result.band)
                summary += tr(" · %1").arg(result.band->label);
        } else {
            summary = tr("Total: incomplete");
        }
    } else if (result.riskLevel) {
        summary = result.riskLevelProvisional
                      ? tr("Risk level so far: %1").arg(result.riskLevel->label)
                      : tr("Risk level: %1").arg(result.riskLevel->label);
    } else {
        summary = tr("Risk level: not known until the questions are answered");
    }
    m_summary->setText(summary);

    QStringList details;
    const int asked = int(m_items.size() - result.skippedItems.size());
    const int answered = asked - result.missingCount;
    details << tr("%1 of %2 items answered").arg(answered).arg(asked);
    if (total && result.missingCount > 0) {
        if (total->missing.rule == Definition::MissingRule::Prorate)
            details << tr("A total is prorated while at most %n item(s) are unanswered.", nullptr,
                          total->missing.maxMissing);
        else
            details << tr("A total needs every item answered.");
    }
    QStringList subscales;
    for (const core::ScoreResult::SubscaleScore &subscale : result.subscales) {
        if (subscale.score)
            subscales << tr("%1 %2").arg(subscale.id).arg(*subscale.score);
    }
    if (!subscales.isEmpty())
        details << tr("Subscales: %1").arg(subscales.join(u", "_s));
    for (const core::ScoreResult::ThresholdOutcome &threshold : result.thresholds) {
        if (threshold.met)
            details << (*threshold.met ? tr("%1: yes (cut-off %2)") : tr("%1: no (cut-off %2)"))
                           .arg(threshold.label)
                           .arg(threshold.cutoff);
    }
    for (const core::ScoreResult::CriteriaOutcome &criterion : result.criteria) {
        if (!criterion.met)
            details << tr("%1: open until more items are answered").arg(criterion.title);
        else
            details << (*criterion.met ? tr("%1: met") : tr("%1: not met")).arg(criterion.title);
    }
    m_details->setText(details.join(u'\n'));
    m_details->setToolTip(total ? total->missing.note : QString());

    QStringList flags;
    for (const core::ScoreResult::RaisedFlag &flag : result.flags)
        flags << flag.message;
    m_flags->setText(flags.join(u'\n'));
    m_flags->setVisible(!flags.isEmpty());
}

void AdministerAssessmentDialog::setHighlighted(ItemView &view, bool highlighted)
{
    view.frame->setStyleSheet(itemStyle(view.frame->objectName(), highlighted));
    if (!highlighted && m_problem->property("itemId").toString() == view.item->id) {
        m_problem->hide();
        m_problem->setProperty("itemId", QVariant());
    }
}

void AdministerAssessmentDialog::pointAt(const QString &itemId, const QString &message)
{
    ItemView *target = view(itemId);
    if (!target)
        return;
    m_problem->setText(message);
    m_problem->show();
    setHighlighted(*target, true);
    m_problem->setProperty("itemId", itemId);
    m_scroll->ensureWidgetVisible(target->frame, 0, 24);
    if (!target->buttons.isEmpty())
        target->buttons.first()->setFocus(Qt::OtherFocusReason);
}

void AdministerAssessmentDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool AdministerAssessmentDialog::save()
{
    if (!m_result)
        return false;
    const core::ScoreResult &result = *m_result;
    if (!result.complete) {
        const QString first = result.missingItems.constFirst();
        const QString unanswered = result.missingCount == 1
                                       ? tr("Item %1 is not answered.").arg(first)
                                       : tr("%n items are not answered; the first is item %1.",
                                            nullptr, result.missingCount)
                                             .arg(first);
        const auto &total = m_instrument.total();
        if (!total || !result.total) {
            const QString rule =
                total ? total->missing.note : tr("Every question that is asked needs an answer.");
            pointAt(first, unanswered + u' ' + rule);
            return false;
        }
        // A prorated total is allowed, but an item may simply have been overlooked: ask first.
        QMessageBox question(QMessageBox::Question, windowTitle(), unanswered,
                             QMessageBox::NoButton, this);
        question.setObjectName(u"prorateQuestion"_s);
        question.setInformativeText(
            tr("Saved now, the total is prorated. %1").arg(total->missing.note));
        QPushButton *saveAnyway =
            question.addButton(tr("Save with prorated total"), QMessageBox::AcceptRole);
        saveAnyway->setObjectName(u"saveProrated"_s);
        QPushButton *goTo =
            question.addButton(tr("Go to item %1").arg(first), QMessageBox::RejectRole);
        goTo->setObjectName(u"goToItem"_s);
        question.setDefaultButton(goTo);
        question.exec();
        if (question.clickedButton() != saveAnyway) {
            pointAt(first, unanswered);
            return false;
        }
    }

    if (!m_context.instruments) {
        m_problem->setText(tr("The instrument definitions are not loaded; nothing was saved."));
        m_problem->show();
        return false;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(
        (m_context.clock.now ? m_context.clock.now() : QDateTime::currentDateTimeUtc())
            .toMSecsSinceEpoch(),
        Qt::UTC);
    core::Assessment assessment;
    assessment.meta = core::RecordMeta::create(m_context.user.id, now);
    assessment.patientId = m_context.patientId;
    assessment.instrumentId = m_instrument.id();
    assessment.instrumentVersion = m_instrument.version();
    assessment.administeredAt = now;
    assessment.administeredBy = m_context.user.id;
    // Every item in the definition's order, unanswered ones explicitly empty, so the stored
    // record shows what was left out as well as what was answered.
    const core::ScoringEngine::Responses answers = responses();
    for (const ItemView &view : std::as_const(m_items)) {
        const std::optional<int> answer = answers.value(view.item->id);
        assessment.responses.append(
            {view.item->id, answer ? std::optional<double>(*answer) : std::nullopt});
    }

    // The repository scores the answers itself with the shared engine before it stores them.
    core::AssessmentRepository repository(m_context.db, *m_context.instruments, m_context.clock);
    auto stored = repository.complete(std::move(assessment), m_scoring);
    if (!stored) {
        const core::RepositoryError &error = stored.error();
        m_problem->setText(error.fields.isEmpty()
                               ? tr("The assessment was not saved: %1").arg(error.message)
                               : tr("The assessment was not saved: %1\n%2")
                                     .arg(error.message, error.fields.toString()));
        m_problem->setProperty("itemId", QVariant());
        m_problem->show();
        return false;
    }
    m_saved = std::move(stored).value();
    return true;
}

void AdministerAssessmentDialog::reject()
{
    if (!m_saved && !responses().isEmpty()) {
        QMessageBox question(QMessageBox::Question, windowTitle(),
                             tr("Discard the answers given so far?"), QMessageBox::NoButton, this);
        question.setObjectName(u"discardQuestion"_s);
        question.setInformativeText(tr("Nothing has been saved to the chart yet."));
        QPushButton *discard = question.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = question.addButton(tr("Keep answering"), QMessageBox::RejectRole);
        question.setDefaultButton(keep);
        question.exec();
        if (question.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace nm::ui
