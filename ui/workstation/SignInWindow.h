#pragma once

#include "core/sync/WorkstationSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nm::ui {

class WorkstationSettings;

/// The first thing a clinician sees: server address, username, password, and the
/// authenticator code once the server asks for it. Each failure gets its own plain message and
/// puts the cursor where the fix goes; what was typed stays (except a refused password, which is
/// selected so typing replaces it).
class SignInWindow : public QWidget {
    Q_OBJECT

public:
    SignInWindow(core::WorkstationSession &session, WorkstationSettings &settings,
                 QWidget *parent = nullptr);

    /// A notice above the form, e.g. why the last session ended.
    void showNotice(const QString &message);
    /// Ready for the next sign-in: password and code cleared, username kept.
    void reset();

private:
    void submit();
    void failed(const core::WorkstationSession::Failure &failure);
    void setBusy(bool busy);
    void showError(const QString &message, QLineEdit *field);
    void showCodeField(bool show);
    void setNotice(bool notice);

    core::WorkstationSession &m_session;
    WorkstationSettings &m_settings;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_message;
    QLabel *m_busy;
    QPushButton *m_signIn;
};

} // namespace nm::ui
