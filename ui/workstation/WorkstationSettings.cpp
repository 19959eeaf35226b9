#include "ui/workstation/WorkstationSettings.h"

#include <QMetaEnum>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nm::ui {

namespace {

struct Key {
    QString name;
    QVariant fallback;
};

// Every key the workstation stores, with its default: the one place to look.
const Key &key(QStringView name)
{
    static const QList<Key> keys = {
        {u"server/url"_s, u"http://127.0.0.1:8470"_s},
        {u"server/last_username"_s, QString()},
        {u"ui/language"_s, QString()},
        {u"ui/theme"_s, u"system"_s},
        {u"security/lock_minutes"_s, WorkstationSettings::DefaultLockMinutes},
        {u"window/geometry"_s, QByteArray()},
        {u"window/state"_s, QByteArray()},
    };
    const auto found =
        std::find_if(keys.cbegin(), keys.cend(), [&](const Key &k) { return k.name == name; });
    Q_ASSERT(found != keys.cend());
    return *found;
}

} // namespace

WorkstationSettings::WorkstationSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings();
        m_owned = true;
    }
}

WorkstationSettings::~WorkstationSettings()
{
    if (m_owned)
        delete m_settings;
}

QVariant WorkstationSettings::value(const QString &name) const
{
    return m_settings->value(name, key(name).fallback);
}

void WorkstationSettings::setValue(const QString &name, const QVariant &value, bool notify)
{
    if (m_settings->value(name, key(name).fallback) == value)
        return;
    m_settings->setValue(name, value);
    if (notify)
        Q_EMIT changed();
}

QUrl WorkstationSettings::serverUrl() const
{
    return QUrl(value(u"server/url"_s).toString());
}

void WorkstationSettings::setServerUrl(const QUrl &url)
{
    setValue(u"server/url"_s, url.toString(), false);
}

QString WorkstationSettings::lastUsername() const
{
    return value(u"server/last_username"_s).toString();
}

void WorkstationSettings::setLastUsername(const QString &username)
{
    setValue(u"server/last_username"_s, username, false);
}

QString WorkstationSettings::language() const
{
    return value(u"ui/language"_s).toString();
}

void WorkstationSettings::setLanguage(const QString &language)
{
    setValue(u"ui/language"_s, language, true);
}

int WorkstationSettings::lockMinutes() const
{
    return std::clamp(value(u"security/lock_minutes"_s).toInt(), MinLockMinutes, MaxLockMinutes);
}

void WorkstationSettings::setLockMinutes(int minutes)
{
    setValue(u"security/lock_minutes"_s, std::clamp(minutes, MinLockMinutes, MaxLockMinutes), true);
}

WorkstationSettings::Theme WorkstationSettings::theme() const
{
    const QString id = value(u"ui/theme"_s).toString();
    if (id == "light"_L1)
        return Theme::Light;
    if (id == "dark"_L1)
        return Theme::Dark;
    return Theme::System;
}

void WorkstationSettings::setTheme(Theme theme)
{
    const QString id = theme == Theme::Light  ? u"light"_s
                       : theme == Theme::Dark ? u"dark"_s
                                              : u"system"_s;
    setValue(u"ui/theme"_s, id, true);
}

QByteArray WorkstationSettings::windowGeometry() const
{
    return value(u"window/geometry"_s).toByteArray();
}

void WorkstationSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(u"window/geometry"_s, geometry, false);
}

QByteArray WorkstationSettings::windowState() const
{
    return value(u"window/state"_s).toByteArray();
}

void WorkstationSettings::setWindowState(const QByteArray &state)
{
    setValue(u"window/state"_s, state, false);
}

QStringList WorkstationSettings::openCharts(const QString &userId) const
{
    // Per user: one clinician's tabs are not restored for another on a shared workstation.
    return m_settings->value(u"charts/"_s + userId).toStringList();
}

void WorkstationSettings::setOpenCharts(const QString &userId, const QStringList &patientIds)
{
    m_settings->setValue(u"charts/"_s + userId, patientIds);
}

void WorkstationSettings::sync()
{
    m_settings->sync();
}

} // namespace nm::ui
