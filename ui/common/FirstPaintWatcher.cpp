#include "ui/common/FirstPaintWatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace nm::ui {

FirstPaintWatcher::FirstPaintWatcher(QWidget *widget)
    : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After the paint event has been handled, not before: the frame is then complete.
        QTimer::singleShot(0, this, &FirstPaintWatcher::painted);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nm::ui
