#pragma once

#include <QSize>
#include <QString>

#include <memory>

class QTextStream;

namespace sa {

class MainWindow;
class WorkspaceStore;

// stackatlas --snapshot DIR: renders the window at a fixed size to DIR/<viewId>.png, first
// the Start view with no workspace open (welcome.png) and the New Workspace dialog
// (new-workspace-dialog.png), then with the given workspace open
// every main view (with representative content: each view's prepareSnapshot()), then
// Add from Catalogue (product-picker.png), the tool dialog (tool-dialog.png, -contract,
// -capabilities, -integrations), the product
// dialog (product-dialog.png, -pricing, -capabilities) and the capability manager
// (capabilities.png). Works on any Qt platform, offscreen included. Returns the process
// exit code: 0, or 3 when DIR cannot be written.
int renderSnapshots(MainWindow &window,
                    std::unique_ptr<WorkspaceStore> workspace,
                    const QString &dir,
                    QTextStream &err,
                    QSize size = QSize(1400, 900));

} // namespace sa
