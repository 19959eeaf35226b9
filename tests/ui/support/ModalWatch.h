#pragma once

// Meeting a modal dialog from a test: exec() blocks, so the test arms a watch that runs a
// handler on the first visible modal dialog of type T from the event loop (STYLE 7: answer modal
// dialogs with a timer). `seen` tells whether the dialog ever came.

#include <QApplication>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace nm::test {

struct ModalWatch {
    bool seen = false;
    QPointer<QTimer> timer;

    /// Disarms a watch whose dialog never came.
    void stop()
    {
        if (timer)
            timer->deleteLater();
    }
};

template <typename T> std::shared_ptr<ModalWatch> whenModal(std::function<void(T *)> handler)
{
    auto watch = std::make_shared<ModalWatch>();
    auto *timer = new QTimer(qApp);
    watch->timer = timer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [watch, timer, handler] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        watch->seen = true;
        handler(dialog);
    });
    timer->start();
    return watch;
}

} // namespace nm::test
