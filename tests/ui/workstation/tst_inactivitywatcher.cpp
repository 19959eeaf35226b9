// The inactivity lock's clock: it fires after the timeout without input, and any key or mouse
// input anywhere in the application starts the timeout again.

#include "ui/workstation/InactivityWatcher.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using nm::ui::InactivityWatcher;

class TestInactivityWatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firesAfterTheTimeoutWithoutInput()
    {
        InactivityWatcher watcher;
        QSignalSpy timedOut(&watcher, &InactivityWatcher::timedOut);
        watcher.start(std::chrono::milliseconds(150));
        QVERIFY(timedOut.wait(2000));
        QCOMPARE(timedOut.size(), 1);
        QVERIFY(!watcher.isActive());
    }

    void inputStartsTheTimeoutAgain()
    {
        QLineEdit field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        InactivityWatcher watcher;
        QSignalSpy timedOut(&watcher, &InactivityWatcher::timedOut);
        watcher.start(std::chrono::milliseconds(400));
        // Typing for longer than the timeout, a key every 100 ms, keeps it from firing.
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(&field, Qt::Key_A);
            QTest::qWait(100);
        }
        QCOMPARE(timedOut.size(), 0);
        QVERIFY(timedOut.wait(2000));
    }

    void stoppedWatcherNeverFires()
    {
        InactivityWatcher watcher;
        QSignalSpy timedOut(&watcher, &InactivityWatcher::timedOut);
        watcher.start(std::chrono::milliseconds(100));
        watcher.stop();
        QTest::qWait(300);
        QCOMPARE(timedOut.size(), 0);
    }
};

QTEST_MAIN(TestInactivityWatcher)
#include "tst_inactivitywatcher.moc"
