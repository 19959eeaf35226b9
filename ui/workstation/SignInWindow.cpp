#include "ui/workstation/SignInWindow.h"

#include "ui/workstation/WorkstationSettings.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

using core::WorkstationSession;

SignInWindow::SignInWindow(WorkstationSession &session, WorkstationSettings &settings,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_signIn(new QPushButton(this))
{
    setObjectName(u"signInWindow"_s);
    setWindowTitle(tr("Novamind — Sign in"));

    auto *title = new QLabel(tr("Novamind"), this);
    title->setObjectName(u"signInTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/novamind.svg"_s).pixmap(QSize(44, 44), devicePixelRatioF()));
    auto *subtitle = new QLabel(tr("Clinician workstation"), this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_server->setObjectName(u"server"_s);
    m_server->setText(m_settings.serverUrl().toString());
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("https://novamind.example-practice.org"));
    m_username->setObjectName(u"username"_s);
    m_username->setText(m_settings.lastUsername());
    m_username->setAccessibleName(tr("Username"));
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_code->setObjectName(u"totp"_s);
    m_code->setAccessibleName(tr("Authenticator code"));
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setMaxLength(6);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_code));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    m_codeLabel->setText(tr("Authenticator &code:"));
    m_codeLabel->setBuddy(m_code);
    form->addRow(m_codeLabel, m_code);

    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Sign-in message"));
    m_message->setStyleSheet(u"QLabel#signInMessage { border: 1px solid #c62828; border-radius: "
                             u"4px; background: #fdecea; color: #8e1c1c; padding: 8px; }"
                             u"QLabel#signInMessage[notice=\"true\"] { border-color: #1565c0; "
                             u"background: #e8f0fb; color: #0d3c78; }"_s);
    m_message->hide();

    m_busy->setText(tr("Signing in…"));
    m_busy->hide();
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setText(tr("Sign in"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addStretch();
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(10);
    auto *heading = new QGridLayout;
    heading->setHorizontalSpacing(12);
    heading->addWidget(logo, 0, 0, 2, 1, Qt::AlignVCenter);
    heading->addWidget(title, 0, 1);
    heading->addWidget(subtitle, 1, 1);
    heading->setColumnStretch(1, 1);
    layout->addLayout(heading);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(460);

    showCodeField(false);
    for (QLineEdit *field : {m_server, m_username, m_password, m_code})
        connect(field, &QLineEdit::returnPressed, this, &SignInWindow::submit);
    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::submit);
    connect(&m_session, &WorkstationSession::signInFailed, this, &SignInWindow::failed);
    connect(&m_session, &WorkstationSession::signedIn, this, [this] {
        setBusy(false);
        reset();
    });
    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_code);
    setTabOrder(m_code, m_signIn);
}

void SignInWindow::showNotice(const QString &message)
{
    m_message->setText(message);
    setNotice(true);
    m_message->setVisible(!message.isEmpty());
}

void SignInWindow::setNotice(bool notice)
{
    // The style sheet draws a notice in blue and an error in red.
    m_message->setProperty("notice", notice);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void SignInWindow::reset()
{
    m_password->clear();
    m_code->clear();
    showCodeField(false);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

void SignInWindow::submit()
{
    if (!m_signIn->isEnabled())
        return;
    const QUrl server = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !server.isValid() || server.host().isEmpty())
        return showError(tr("Enter the server address your practice gave you, e.g. "
                            "https://novamind.example-practice.org."),
                         m_server);
    if (m_username->text().trimmed().isEmpty())
        return showError(tr("Enter your username."), m_username);
    if (m_password->text().isEmpty())
        return showError(tr("Enter your password."), m_password);
    if (m_code->isVisibleTo(this) && m_code->text().size() != 6)
        return showError(tr("Enter the 6-digit code from your authenticator app."), m_code);
    m_message->hide();
    m_settings.setServerUrl(server);
    m_settings.setLastUsername(m_username->text().trimmed());
    setBusy(true);
    m_session.signIn(server, m_username->text(), m_password->text(),
                     m_code->isVisibleTo(this) ? m_code->text() : QString());
}

void SignInWindow::failed(const WorkstationSession::Failure &failure)
{
    setBusy(false);
    using Kind = WorkstationSession::Failure::Kind;
    switch (failure.kind) {
    case Kind::MfaRequired:
        showCodeField(true);
        m_code->clear();
        // The first time, it is the next step of signing in, not a mistake.
        showError(failure.message, m_code);
        return setNotice(true);
    case Kind::WrongPassword:
        // The server does not say which of the two was wrong, on purpose.
        if (m_code->isVisibleTo(this))
            return showError(tr("The password or the authenticator code is not correct. Check "
                                "both; the code changes every 30 seconds."),
                             m_code);
        return showError(failure.message, m_password);
    case Kind::ServerUnreachable:
    case Kind::Certificate:
    case Kind::InsecureAddress:
    case Kind::ConnectToSignIn:
        return showError(failure.message, m_server);
    case Kind::AccountLocked:
    case Kind::SetupRequired:
    case Kind::Wiped:
        return showError(failure.message, m_username);
    case Kind::Damaged:
    case Kind::Other:
        break;
    }
    showError(failure.message, m_password);
}

void SignInWindow::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                            static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_code),
                            static_cast<QWidget *>(m_signIn)})
        widget->setEnabled(!busy);
    m_busy->setVisible(busy);
}

void SignInWindow::showError(const QString &message, QLineEdit *field)
{
    setNotice(false);
    m_message->setText(message);
    m_message->show();
    field->setFocus();
    field->selectAll();
}

void SignInWindow::showCodeField(bool show)
{
    m_codeLabel->setVisible(show);
    m_code->setVisible(show);
}

} // namespace nm::ui
