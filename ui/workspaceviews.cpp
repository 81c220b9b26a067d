#include "workspaceviews.h"

#include "capabilitymapview.h"
#include "catalogue/cataloguedocument.h"
#include "compareview.h"
#include "dashboardview.h"
#include "findingsbar.h"
#include "importwizard.h"
#include "integrationmapview.h"
#include "inventoryview.h"
#include "overlapsview.h"
#include "planview.h"
#include "requirementsview.h"
#include "workspace/workspacefiles.h"

#include <QMainWindow>
#include <QStatusBar>

namespace sa {

namespace WorkspaceViews {

QList<MainView *> create(const WorkspaceContext &context, QWidget *parent)
{
    QList<MainView *> views;
    auto *dashboard = new DashboardView(context.workspace, context.catalogue, parent);
    auto *inventory = new InventoryView(context.workspace, context.catalogue, parent);
    views << dashboard << inventory;
    QObject::connect(dashboard,
                     &DashboardView::showToolsRequested,
                     inventory,
                     [inventory](const QList<qint64> &tools) {
                         emit inventory->viewRequested(inventory->viewId());
                         inventory->selectTools(tools);
                     });
    views << new RequirementsView(
        context.workspace, context.catalogue->store(), context.files->profiles(), parent);
    auto *map = new CapabilityMapView(context.workspace, context.catalogue, parent);
    auto *overlaps = new OverlapsView(context.workspace, parent);
    auto *compare = new CompareView(context.workspace, context.catalogue, parent);
    views << map << overlaps << new IntegrationMapView(context.workspace, parent) << compare;
    views << new PlanView(context.workspace, context.catalogue, parent);
    QObject::connect(
        map, &CapabilityMapView::showToolRequested, inventory, [inventory](ToolId tool) {
            emit inventory->viewRequested(inventory->viewId());
            inventory->selectTool(tool);
        });
    // Who fills this gap, which of these to keep, which of my tools to compare: the
    // Compare view answers, and asks to be shown.
    QObject::connect(
        inventory, &InventoryView::compareRequested, compare, &CompareView::compareProducts);
    QObject::connect(
        overlaps, &OverlapsView::compareRequested, compare, &CompareView::compareProducts);
    QObject::connect(
        map, &CapabilityMapView::fillGapRequested, compare, [compare](const QString &slug) {
            emit compare->viewRequested(compare->viewId());
            compare->fillGap(slug);
        });
    return views;
}

QWidget *
createHeaderBar(const WorkspaceContext &context, const QList<MainView *> &views, QWidget *parent)
{
    auto *bar = new FindingsBar(context.workspace, parent);
    CapabilityMapView *map = nullptr;
    for (MainView *view : views) {
        if (!map)
            map = qobject_cast<CapabilityMapView *>(view);
    }
    if (views.isEmpty())
        return bar;
    // The window listens to its views: the bar asks through the first one.
    QObject::connect(bar,
                     &FindingsBar::viewRequested,
                     views.first(),
                     [first = views.first(), map](const QString &viewId) {
                         emit first->viewRequested(viewId);
                         if (map && viewId == map->viewId())
                             map->showFirstGap();
                     });
    return bar;
}

void present(const QList<MainView *> &views)
{
    for (MainView *view : views) {
        if (auto *dashboard = qobject_cast<DashboardView *>(view)) {
            dashboard->present();
            return;
        }
    }
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
