#include "ui/workstation/LockScreen.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_who(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(u"lockScreen"_s);
    setWindowTitle(tr("Novamind — Locked"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/lock.svg"_s).pixmap(QSize(48, 48), devicePixelRatioF()));
    auto *title = new QLabel(tr("Novamind is locked"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    m_who->setObjectName(u"lockUser"_s);
    m_who->setTextFormat(Qt::PlainText);
    m_password->setObjectName(u"lockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_error->setObjectName(u"lockError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->hide();
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    auto *signOut = new QPushButton(tr("Sign &out"), this);
    signOut->setObjectName(u"lockSignOut"_s);
    signOut->setToolTip(tr("Sign out so someone else can sign in. Your drafts are kept."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    auto *box = new QWidget(this);
    box->setMaximumWidth(420);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(icon);
    boxLayout->addWidget(title);
    boxLayout->addWidget(m_who);
    boxLayout->addSpacing(8);
    boxLayout->addWidget(m_password);
    boxLayout->addWidget(m_error);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    setMinimumSize(480, 300);

    const auto submit = [this] {
        if (m_password->text().isEmpty()) {
            showError(tr("Enter your password."));
            return;
        }
        const QString password = m_password->text();
        m_password->clear();
        Q_EMIT unlockRequested(password);
    };
    connect(m_unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    setFocusProxy(m_password);
}

void LockScreen::prepare(const QString &userName)
{
    m_who->setText(tr("Signed in as %1. Enter your password to continue.").arg(userName));
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
}

void LockScreen::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_password->setFocus();
}

} // namespace nm::ui
