#include "mainview.h"

namespace sa {

QList<QAction *> MainView::editActions() const
{
    return {};
}

void MainView::focusSearch() {}

void MainView::prepareSnapshot() {}

void MainView::saveState(QSettings &) const {}

void MainView::restoreState(QSettings &) {}

} // namespace sa
