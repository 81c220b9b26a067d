#include "workspaceviews.h"

#include "catalogue/cataloguedocument.h"
#include "compareview.h"
#include "importwizard.h"
#include "inventoryview.h"
#include "requirementsview.h"
#include "workspace/workspacefiles.h"

#include <QMainWindow>
#include <QStatusBar>

namespace sa {

namespace WorkspaceViews {

QList<MainView *> create(const WorkspaceContext &context, QWidget *parent)
{
    QList<MainView *> views;
    auto *inventory = new InventoryView(context.workspace, context.catalogue, parent);
    views << inventory;
    views << new RequirementsView(
        context.workspace, context.catalogue->store(), context.files->profiles(), parent);
    auto *compare = new CompareView(context.workspace, context.catalogue, parent);
    views << compare;
    QObject::connect(
        inventory, &InventoryView::compareRequested, compare, &CompareView::compareProducts);
    return views;
}

bool hasImportWizard()
{
    return true;
}

void startImportWizard(const WorkspaceContext &context, QMainWindow *window, const QString &path)
{
    ImportWizard *wizard
        = ImportWizard::start(context.workspace, context.catalogue->store(), window, path);
    if (!wizard)
        return;
    QObject::connect(wizard, &ImportWizard::imported, window, [window](const QString &message) {
        window->statusBar()->showMessage(message, 10000);
    });
}

} // namespace WorkspaceViews

} // namespace sa
