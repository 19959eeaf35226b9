#include "ui/assessments/SafetyAlertDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SafetyAlertDialog::SafetyAlertDialog(const Content &content, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"safetyAlertDialog"_s);
    setWindowTitle(tr("Safety alert: suicide risk"));
    setModal(true);
    // No close button: closing the window must not pass for having read the alert.
    setWindowFlags((windowFlags() | Qt::CustomizeWindowHint | Qt::WindowTitleHint) &
                   ~(Qt::WindowCloseButtonHint | Qt::WindowContextHelpButtonHint));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *banner = new QFrame(this);
    banner->setObjectName(u"safetyBanner"_s);
    banner->setStyleSheet(u"QFrame#safetyBanner { background: #fdecea; border: 1px solid #d32f2f;"
                          " border-radius: 4px; }"
                          " QFrame#safetyBanner QLabel { color: #7f1010; }"_s);
    auto *bannerLayout = new QHBoxLayout(banner);
    auto *icon = new QLabel(banner);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    bannerLayout->addWidget(icon);
    auto *heading = new QLabel(
        tr("%1: the patient reports thoughts of death or self-harm").arg(content.instrument),
        banner);
    heading->setObjectName(u"safetyHeading"_s);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    heading->setFont(headingFont);
    bannerLayout->addWidget(heading, 1);
    layout->addWidget(banner);

    auto *responses = wrappedLabel(content.responses.join(u'\n'), this);
    responses->setObjectName(u"safetyResponses"_s);
    layout->addWidget(responses);

    if (!content.flagMessages.isEmpty()) {
        auto *messages = wrappedLabel(content.flagMessages.join(u'\n'), this);
        messages->setObjectName(u"safetyFlagMessages"_s);
        layout->addWidget(messages);
    }

    auto *whatToDoTitle = new QLabel(tr("What to do now"), this);
    QFont boldFont = whatToDoTitle->font();
    boldFont.setBold(true);
    whatToDoTitle->setFont(boldFont);
    layout->addWidget(whatToDoTitle);
    auto *whatToDo = wrappedLabel(
        tr("• Assess suicide risk before the patient leaves, whatever the total score: ask about "
           "thoughts of suicide, intent, plan, access to means and past attempts.\n"
           "• The C-SSRS screener structures these questions and takes about two minutes.\n"
           "• If there is intent or a plan, do not leave the patient alone and follow your "
           "service's crisis protocol.\n"
           "• Record your assessment and the safety plan in a note."),
        this);
    whatToDo->setObjectName(u"safetyWhatToDo"_s);
    layout->addWidget(whatToDo);

    auto *chartStatus = wrappedLabel(content.chartStatus, this);
    chartStatus->setObjectName(u"safetyChartStatus"_s);
    if (content.chartMarkFailed)
        chartStatus->setStyleSheet(u"color: #b71c1c; font-weight: bold;"_s);
    layout->addWidget(chartStatus);

    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    if (content.offerScreening) {
        auto *screen =
            buttons->addButton(tr("Screen now with C-SSRS"), QDialogButtonBox::AcceptRole);
        screen->setObjectName(u"screenWithCssrs"_s);
        screen->setDefault(true);
        m_screen = screen;
        connect(screen, &QPushButton::clicked, this, [this] { choose(Choice::ScreenWithCssrs); });
    }
    auto *acknowledge = buttons->addButton(tr("Acknowledge"), QDialogButtonBox::RejectRole);
    acknowledge->setObjectName(u"acknowledge"_s);
    if (!content.offerScreening)
        acknowledge->setDefault(true);
    m_acknowledge = acknowledge;
    connect(acknowledge, &QPushButton::clicked, this, [this] { choose(Choice::Acknowledge); });
    layout->addWidget(buttons);

    setMinimumWidth(560);
    // Wrapped text: the height follows from the width, not from the unwrapped size hint.
    resize(620, layout->totalHeightForWidth(620));
}

void SafetyAlertDialog::reject() {}

void SafetyAlertDialog::choose(Choice choice)
{
    m_choice = choice;
    done(choice == Choice::ScreenWithCssrs ? Accepted : Rejected);
}

} // namespace nm::ui
