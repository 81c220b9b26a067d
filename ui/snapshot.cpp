#include "snapshot.h"

#include "capabilitymanagerdialog.h"
#include "cataloguebrowser.h"
#include "compareview.h"
#include "dashboardview.h"
#include "inventorytreeview.h"
#include "inventoryview.h"
#include "mainview.h"
#include "mainwindow.h"
#include "newworkspacedialog.h"
#include "optimizedialog.h"
#include "planoptimizer.h"
#include "planview.h"
#include "presentation/presentationwindow.h"
#include "productdialog.h"
#include "productpickerdialog.h"
#include "teamconnectiondialog.h"
#include "tooldialog.h"
#include "workspace/workspacestore.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

namespace sa {

namespace {

// Lets posted layout and paint work happen, so that the grab shows the settled widgets.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

bool save(QWidget *widget, const QDir &dir, const QString &name, QTextStream &err)
{
    settle();
    const QString path = dir.filePath(name + u".png");
    if (widget->grab().save(path))
        return true;
    err << "stackatlas: cannot write " << QDir::toNativeSeparators(path) << '\n';
    return false;
}

// A dialog's tabs, each to NAME.png, NAME-SUFFIX.png, ...
bool saveTabs(QDialog *dialog,
              QTabWidget *tabs,
              const QString &name,
              const QStringList &suffixes,
              const QDir &dir,
              QTextStream &err)
{
    bool ok = save(dialog, dir, name, err);
    for (int i = 1; ok && tabs && i < tabs->count() && i <= suffixes.size(); ++i) {
        tabs->setCurrentIndex(i);
        ok = save(dialog, dir, name + u'-' + suffixes[i - 1], err);
    }
    dialog->reject();
    return ok;
}

bool saveInventoryDialogs(InventoryView *inventory, const QDir &dir, QTextStream &err)
{
    ProductPickerDialog *picker = inventory->openProductPicker();
    picker->search(QStringLiteral("hubspot"));
    const bool ok = save(picker, dir, QStringLiteral("product-picker"), err);
    picker->reject();
    if (!ok)
        return false;
    ToolDialog *dialog = inventory->openToolDialog(inventory->tree()->currentToolId());
    if (!dialog)
        return true;
    dialog->resize(720, 600);
    return saveTabs(dialog,
                    dialog->tabs(),
                    QStringLiteral("tool-dialog"),
                    {QStringLiteral("contract"),
                     QStringLiteral("capabilities"),
                     QStringLiteral("integrations")},
                    dir,
                    err);
}

bool saveCatalogueDialogs(CatalogueBrowser *browser, const QDir &dir, QTextStream &err)
{
    ProductDialog *product = browser->openProductDialog(browser->currentProductId());
    CapabilityId firstCapability = 0;
    if (product) {
        if (!product->product().capabilities.empty())
            firstCapability = product->product().capabilities.front().capabilityId;
        product->resize(720, 600);
        const bool ok = saveTabs(product,
                                 product->findChild<QTabWidget *>(QStringLiteral("tabs")),
                                 QStringLiteral("product-dialog"),
                                 {QStringLiteral("pricing"), QStringLiteral("capabilities")},
                                 dir,
                                 err);
        if (!ok)
            return false;
    }
    CapabilityManagerDialog *capabilities = browser->openCapabilityManager();
    capabilities->selectCapability(firstCapability);
    const bool ok = save(capabilities, dir, QStringLiteral("capabilities"), err);
    capabilities->reject();
    return ok;
}

// A slide of presentation mode at the laptop screen it must read on: the headline findings.
bool savePresentation(DashboardView *dashboard, const QDir &dir, QTextStream &err)
{
    auto *presentation
        = new PresentationWindow(dashboard->document(), dashboard->models(), dashboard);
    bool ok = true;
    const int count
        = qEnvironmentVariableIsSet("SA_SNAPSHOT_ALL_SLIDES") ? presentation->slideCount() : 2;
    for (int i = count == 2 ? 1 : 0; ok && i < count; ++i) {
        const QString name = count == 2 ? QStringLiteral("presentation")
                                        : u"slide-" + presentation->slides()[size_t(i)].id;
        const QString path = dir.filePath(name + u".png");
        ok = presentation->renderSlide(i, QSize(1366, 768)).save(path);
        if (!ok)
            err << "stackatlas: cannot write " << QDir::toNativeSeparators(path) << '\n';
    }
    delete presentation;
    return ok;
}

// Fill a Gap on the workspace's first gap, as "who fills this?" opens it.
bool saveCompareDialogs(CompareView *compare, const QDir &dir, QTextStream &err)
{
    FillGapDialog *dialog = compare->fillGap();
    dialog->setCapabilityIndex(0);
    const bool ok = save(dialog, dir, QStringLiteral("fill-gap-dialog"), err);
    dialog->reject();
    return ok;
}

// The Plan view's other tabs (roadmap, TIME, side by side) and the Optimize dialog, then
// the scenario the snapshot may have added is taken back.
bool savePlanTabs(PlanView *plan, QWidget *window, const QDir &dir, QTextStream &err)
{
    const QStringList names{QStringLiteral("plan-roadmap"),
                            QStringLiteral("plan-time"),
                            QStringLiteral("plan-compare")};
    bool ok = true;
    for (int i = 1; ok && i < plan->tabs()->count() && i <= names.size(); ++i) {
        plan->tabs()->setCurrentIndex(i);
        ok = save(window, dir, names[i - 1], err);
    }
    plan->tabs()->setCurrentIndex(0);
    OptimizeDialog *dialog = plan->optimizer()->openDialog(QDate::currentDate());
    ok = ok && save(dialog, dir, QStringLiteral("optimize-dialog"), err);
    dialog->reject();
    plan->finishSnapshot();
    return ok;
}

} // namespace

int renderSnapshots(MainWindow &window,
                    std::unique_ptr<WorkspaceStore> workspace,
                    const QString &dir,
                    QTextStream &err,
                    QSize size)
{
    const QDir out(dir);
    if (!out.mkpath(QStringLiteral("."))) {
        err << "stackatlas: cannot create " << QDir::toNativeSeparators(dir) << '\n';
        return 3;
    }
    window.resize(size);
    window.show();
    window.setCurrentView(0);
    if (!save(&window, out, window.currentView()->viewId(), err))
        return 3;
    NewWorkspaceDialog *fresh = window.workspace()->newWorkspace();
    const bool saved = save(fresh, out, QStringLiteral("new-workspace-dialog"), err);
    fresh->reject();
    if (!saved)
        return 3;
    // Not connected anywhere: the dialog as File > Connect to Team Catalogue… opens it.
    TeamConnectionDialog team(nullptr, &window);
    if (!save(&team, out, QStringLiteral("team-connection-dialog"), err))
        return 3;
    if (workspace)
        window.workspace()->take(std::move(workspace));

    CatalogueBrowser *browser = nullptr;
    InventoryView *inventory = nullptr;
    CompareView *compare = nullptr;
    PlanView *plan = nullptr;
    DashboardView *dashboard = nullptr;
    const QList<MainView *> views = window.views();
    for (int i = 0; i < views.size(); ++i) {
        MainView *view = views[i];
        window.setCurrentView(i);
        view->prepareSnapshot();
        if (!save(&window, out, view->viewId(), err))
            return 3;
        if (!browser)
            browser = qobject_cast<CatalogueBrowser *>(view);
        if (!inventory)
            inventory = qobject_cast<InventoryView *>(view);
        if (!compare)
            compare = qobject_cast<CompareView *>(view);
        if (!plan)
            plan = qobject_cast<PlanView *>(view);
        if (plan == view && !savePlanTabs(plan, &window, out, err))
            return 3;
        if (!dashboard)
            dashboard = qobject_cast<DashboardView *>(view);
    }
    if (dashboard && !savePresentation(dashboard, out, err))
        return 3;
    if (compare) {
        window.setCurrentView(compare->viewId());
        if (!saveCompareDialogs(compare, out, err))
            return 3;
    }
    if (inventory) {
        window.setCurrentView(inventory->viewId());
        if (!saveInventoryDialogs(inventory, out, err))
            return 3;
    }
    if (browser) {
        window.setCurrentView(browser->viewId());
        if (!saveCatalogueDialogs(browser, out, err))
            return 3;
    }
    return 0;
}

} // namespace sa
