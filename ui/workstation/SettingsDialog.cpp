#include "ui/workstation/SettingsDialog.h"

#include "core/sync/ServerUrl.h"
#include "ui/workstation/WorkstationSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nm::ui {

SettingsDialog::SettingsDialog(WorkstationSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_serverError(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_lockMinutes(new QSpinBox(this))
    , m_theme(new QComboBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_server->setObjectName(u"settingsServer"_s);
    m_server->setText(settings.serverUrl().toString());
    m_server->setAccessibleName(tr("Server address"));
    m_serverError->setObjectName(u"settingsServerError"_s);
    m_serverError->setWordWrap(true);
    m_serverError->setStyleSheet(u"color: #b71c1c;"_s);
    m_serverError->hide();
    auto *serverHint = new QLabel(tr("Used at the next sign-in."), this);
    serverHint->setForegroundRole(QPalette::PlaceholderText);

    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[locale, name] : languages())
        m_language->addItem(name, locale);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    m_lockMinutes->setObjectName(u"settingsLockMinutes"_s);
    m_lockMinutes->setAccessibleName(tr("Lock after minutes without input"));
    m_lockMinutes->setRange(WorkstationSettings::MinLockMinutes,
                            WorkstationSettings::MaxLockMinutes);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(settings.lockMinutes());
    m_lockMinutes->setToolTip(tr("Your practice allows %1 to %2 minutes.")
                                  .arg(WorkstationSettings::MinLockMinutes)
                                  .arg(WorkstationSettings::MaxLockMinutes));

    m_theme->setObjectName(u"settingsTheme"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Same as the system"), int(WorkstationSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(WorkstationSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(WorkstationSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_server);
    form->addRow(QString(), m_serverError);
    form->addRow(QString(), serverHint);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Lock &after no input for:"), m_lockMinutes);
    form->addRow(tr("&Theme:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QList<std::pair<QString, QString>> SettingsDialog::languages()
{
    // Each language in its own name, so a user can find theirs whatever the UI shows now.
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"Español"_s}};
}

void SettingsDialog::accept()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    const auto secure = core::ServerUrl::check(url);
    if (m_server->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() || !secure) {
        m_serverError->setText(secure ? tr("Enter the server address your practice gave you.")
                                      : tr("The address must start with https:// (plain http is "
                                           "allowed only to this computer)."));
        m_serverError->show();
        m_server->setFocus();
        m_server->selectAll();
        return;
    }
    m_settings.setServerUrl(url);
    m_settings.setLockMinutes(m_lockMinutes->value());
    m_settings.setTheme(WorkstationSettings::Theme(m_theme->currentData().toInt()));
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace nm::ui
