#pragma once

#include <QObject>
#include <QTimer>

namespace nm::ui {

/// Fires timedOut() after a stretch with no keyboard or mouse input anywhere in the
/// application (an application-wide event filter), for the inactivity lock (DESIGN §4).
class InactivityWatcher : public QObject {
    Q_OBJECT

public:
    explicit InactivityWatcher(QObject *parent = nullptr);
    ~InactivityWatcher() override;

    void start(std::chrono::milliseconds timeout);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace nm::ui
