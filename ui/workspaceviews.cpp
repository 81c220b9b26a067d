#include "workspaceviews.h"

#include "inventoryview.h"

namespace sa {

namespace WorkspaceViews {

QList<MainView *> create(const WorkspaceContext &context, QWidget *parent)
{
    QList<MainView *> views;
    views << new InventoryView(context.workspace, context.catalogue, parent);
    // The requirements editor goes here:
    // views << new RequirementsView(context.workspace, context.catalogue->store(),
    //                               context.files->profiles(), parent);
    return views;
}

bool hasImportWizard()
{
    return false; // true once startImportWizard() starts it
}

void startImportWizard(const WorkspaceContext &context, QMainWindow *window)
{
    Q_UNUSED(context)
    Q_UNUSED(window)
    // ImportWizard::start(context.workspace, context.catalogue->store(), window) goes here.
}

} // namespace WorkspaceViews

} // namespace sa
