#include "workspaceviews.h"

#include "inventoryview.h"

namespace sa {

namespace WorkspaceViews {

QList<MainView *> create(const WorkspaceContext &context, QWidget *parent)
{
    QList<MainView *> views;
    views << new InventoryView(context.workspace, context.catalogue, parent);
    // The requirements editor goes here: views << new RequirementsView(...);
    return views;
}

bool hasImportWizard()
{
    return false; // true once createImportWizard() returns the wizard
}

QDialog *createImportWizard(const WorkspaceContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    Q_UNUSED(parent)
    return nullptr; // return new ImportWizard(...);
}

} // namespace WorkspaceViews

} // namespace sa
