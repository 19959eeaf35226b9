#pragma once

// Small helpers the widget suites share.

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace nm::test {

/// Saves \a widget as <NM_SCREENSHOT_DIR>/<name>.png when that variable is set (the screenshot
/// tour); does nothing otherwise.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("NM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY2(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")), qPrintable(name));
}

/// Presses Tab until the focus leaves the focused widget (a date editor steps through its
/// sections first, as Qt's date editors do) and returns the new focus widget's name.
inline QString tabToNext()
{
    QWidget *from = QApplication::focusWidget();
    for (int i = 0; i < 6 && QApplication::focusWidget() == from; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget()->objectName();
}

} // namespace nm::test
