#include "mainwindow.h"

namespace sa {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("StackAtlas"));
}

} // namespace sa
