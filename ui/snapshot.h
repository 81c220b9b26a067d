#pragma once

#include <QSize>
#include <QString>

class QTextStream;

namespace sa {

class MainWindow;

// stackatlas --snapshot DIR: renders every main view of the window at a fixed size to
// DIR/<viewId>.png (with representative content: each view's prepareSnapshot()), then the
// product dialog (product-dialog.png, -pricing.png, -capabilities.png) and the capability
// manager (capabilities.png). Works on any Qt platform, offscreen included. Returns the
// process exit code: 0, or 3 when DIR cannot be written.
int renderSnapshots(MainWindow &window,
                    const QString &dir,
                    QTextStream &err,
                    QSize size = QSize(1400, 900));

} // namespace sa
