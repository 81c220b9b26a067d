// The start-up baseline: the least a Qt Widgets application with a main window and a
// table does before its first frame. The same window size as StackAtlas, a few hundred
// rows, and the same first-paint probe (STACKATLAS_EXIT_AFTER_FIRST_PAINT=1).
#include "firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardItemModel model(300, 6);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(row,
                          column,
                          new QStandardItem(u"Row " + QString::number(row) + u", column "
                                            + QString::number(column)));
    }
    QMainWindow window;
    auto *table = new QTableView;
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1400, 900);
    sa::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
