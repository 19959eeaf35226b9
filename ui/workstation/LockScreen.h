#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nm::ui {

/// Shown while the workstation is locked: no patient data, only who is signed in, a password
/// field and a way to sign out so a colleague can sign in.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    /// Ready for \a userName (the clinician's display name, not patient data).
    void prepare(const QString &userName);
    void showError(const QString &message);

Q_SIGNALS:
    void unlockRequested(const QString &password);
    void signOutRequested();

private:
    QLabel *m_who;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
};

} // namespace nm::ui
