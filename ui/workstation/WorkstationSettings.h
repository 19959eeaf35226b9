#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace nm::ui {

/// The workstation's preferences, typed, from one table of keys and defaults (STYLE 5). Held in
/// QSettings: nothing here is a secret or patient data — open tabs are kept as record ids only.
/// Tests pass their own QSettings on a temporary file.
class WorkstationSettings : public QObject {
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    /// The practice's limits on the inactivity lock (DESIGN §4: default 10 minutes).
    static constexpr int MinLockMinutes = 1;
    static constexpr int MaxLockMinutes = 30;
    static constexpr int DefaultLockMinutes = 10;

    /// Uses \a settings (kept, not owned), or the application's QSettings when null.
    explicit WorkstationSettings(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~WorkstationSettings() override;

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString lastUsername() const;
    void setLastUsername(const QString &username);
    /// A locale name ("de", "es", "en") or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);
    int lockMinutes() const;
    /// Clamped to [MinLockMinutes, MaxLockMinutes].
    void setLockMinutes(int minutes);
    Theme theme() const;
    void setTheme(Theme theme);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// The patients whose charts were open, and the current one, per signed-in user.
    QStringList openCharts(const QString &userId) const;
    void setOpenCharts(const QString &userId, const QStringList &patientIds);

    void sync();

Q_SIGNALS:
    /// Language, theme or lock minutes changed: the windows apply it at once.
    void changed();

private:
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value, bool notify);

    QSettings *m_settings;
    bool m_owned = false;
};

} // namespace nm::ui
