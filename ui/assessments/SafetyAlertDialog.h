#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QAbstractButton;

namespace nm::ui {

/// The interruptive alert shown when a saved assessment raises a safety flag (PHQ-9 item 9 > 0,
/// a high-risk C-SSRS screen). It states what the patient answered and what to do, and cannot be
/// dismissed by Escape or the window's close button: the clinician answers it with a button.
class SafetyAlertDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice {
        Acknowledge,
        /// The clinician wants to screen with the C-SSRS now.
        ScreenWithCssrs,
    };

    struct Content {
        /// The instrument that raised the flag, e.g. "PHQ-9".
        QString instrument;
        /// Each answer that raised it, in plain words ("Item 9 … was answered “Several days”").
        QStringList responses;
        /// The instrument's own messages for the raised flags.
        QStringList flagMessages;
        /// Whether the chart now carries the risk flag, or why it could not be marked.
        QString chartStatus;
        /// Whether a chart-marking failure is what chartStatus reports.
        bool chartMarkFailed = false;
        /// Offer "Screen now with C-SSRS" (not after a C-SSRS screen itself).
        bool offerScreening = true;
    };

    explicit SafetyAlertDialog(const Content &content, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /// Null when screening is not offered.
    QAbstractButton *screenButton() const { return m_screen; }
    QAbstractButton *acknowledgeButton() const { return m_acknowledge; }

public Q_SLOTS:
    /// Ignored: the alert must be answered with one of its buttons.
    void reject() override;

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Acknowledge;
    QAbstractButton *m_screen = nullptr;
    QAbstractButton *m_acknowledge = nullptr;
};

} // namespace nm::ui
