// The baseline of `novamind --startup-probe`: a process that shows a bare QMainWindow and prints
// "shown" once it has been painted, with the same Qt, platform and measurement.

#include "ui/common/FirstPaintWatcher.h"

#include <QApplication>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *watcher = new nm::ui::FirstPaintWatcher(&window);
    QObject::connect(watcher, &nm::ui::FirstPaintWatcher::painted, &app, [] {
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    window.resize(460, 300);
    window.show();
    return app.exec();
}
