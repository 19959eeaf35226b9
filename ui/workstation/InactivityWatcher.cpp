#include "ui/workstation/InactivityWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace nm::ui {

InactivityWatcher::InactivityWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT timedOut();
    });
}

InactivityWatcher::~InactivityWatcher()
{
    stop();
}

void InactivityWatcher::start(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    m_timer.start();
    QCoreApplication::instance()->installEventFilter(this);
}

void InactivityWatcher::stop()
{
    m_timer.stop();
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nm::ui
