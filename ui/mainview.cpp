#include "mainview.h"

namespace sa {

QList<QAction *> MainView::editActions() const
{
    return {};
}

QUndoStack *MainView::undoStack() const
{
    return nullptr;
}

void MainView::focusSearch() {}

void MainView::prepareSnapshot() {}

void MainView::saveState(QSettings &) const {}

void MainView::restoreState(QSettings &) {}

} // namespace sa
