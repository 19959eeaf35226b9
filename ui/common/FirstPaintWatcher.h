#pragma once

#include <QObject>

class QWidget;

namespace nm::ui {

/// Emits painted() once, after the first paint of a widget: the moment a window is on screen.
/// For start-up measurements (`novamind --startup-probe` and its bare-window baseline).
class FirstPaintWatcher : public QObject {
    Q_OBJECT

public:
    explicit FirstPaintWatcher(QWidget *widget);

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace nm::ui
