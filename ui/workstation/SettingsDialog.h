#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nm::ui {

class WorkstationSettings;

/// Server address, language, inactivity lock (within the practice's limits) and theme. Nothing
/// is stored until OK, and OK refuses an address the workstation would not connect to.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(WorkstationSettings &settings, QWidget *parent = nullptr);

    /// The languages offered: locale name → the language's own name.
    static QList<std::pair<QString, QString>> languages();

    void accept() override;

private:
    WorkstationSettings &m_settings;
    QLineEdit *m_server;
    QLabel *m_serverError;
    QComboBox *m_language;
    QSpinBox *m_lockMinutes;
    QComboBox *m_theme;
};

} // namespace nm::ui
