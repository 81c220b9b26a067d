#include "snapshot.h"

#include "capabilitymanagerdialog.h"
#include "cataloguebrowser.h"
#include "mainview.h"
#include "mainwindow.h"
#include "productdialog.h"

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

bool saveDialogs(CatalogueBrowser *browser, const QDir &dir, QTextStream &err)
{
    ProductDialog *product = browser->openProductDialog(browser->currentProductId());
    CapabilityId firstCapability = 0;
    if (product) {
        if (!product->product().capabilities.empty())
            firstCapability = product->product().capabilities.front().capabilityId;
        product->resize(720, 600);
        bool ok = save(product, dir, QStringLiteral("product-dialog"), err);
        if (auto *tabs = product->findChild<QTabWidget *>(QStringLiteral("tabs"))) {
            tabs->setCurrentIndex(1);
            ok = ok && save(product, dir, QStringLiteral("product-dialog-pricing"), err);
            tabs->setCurrentIndex(2);
            ok = ok && save(product, dir, QStringLiteral("product-dialog-capabilities"), err);
        }
        product->reject();
        if (!ok)
            return false;
    }
    CapabilityManagerDialog *capabilities = browser->openCapabilityManager();
    capabilities->selectCapability(firstCapability);
    const bool ok = save(capabilities, dir, QStringLiteral("capabilities"), err);
    capabilities->reject();
    return ok;
}

} // namespace

int renderSnapshots(MainWindow &window, const QString &dir, QTextStream &err, QSize size)
{
    const QDir out(dir);
    if (!out.mkpath(QStringLiteral("."))) {
        err << "stackatlas: cannot create " << QDir::toNativeSeparators(dir) << '\n';
        return 3;
    }
    window.resize(size);
    window.show();
    settle();
    CatalogueBrowser *browser = nullptr;
    for (int i = 0; i < window.views().size(); ++i) {
        MainView *view = window.views()[i];
        window.setCurrentView(i);
        view->prepareSnapshot();
        if (!save(&window, out, view->viewId(), err))
            return 3;
        if (!browser)
            browser = qobject_cast<CatalogueBrowser *>(view);
    }
    if (browser) {
        window.setCurrentView(int(window.views().indexOf(browser)));
        if (!saveDialogs(browser, out, err))
            return 3;
    }
    return 0;
}

} // namespace sa
