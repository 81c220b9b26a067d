// stackatlas: the desktop application's entry point.
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StackAtlas"));
    QApplication::setApplicationName(QStringLiteral("StackAtlas"));
    sa::MainWindow window;
    window.show();
    return QApplication::exec();
}
