#pragma once

#include <QIcon>

class QApplication;
class QTableView;

namespace sa {

// The application's look: Fusion with a light palette in the icon's navy, teal and amber,
// plus a small style sheet (resources/styles/stackatlas.qss) for the navigation, the
// search box and the detail panel. Also registers the compiled-in resources.
void applyTheme(QApplication &app);

// Registers the icons and the style sheet; applyTheme calls it, tests that only need the
// icons may call it alone.
void initResources();

// An action icon from resources/icons/actions ("add", "delete", ...).
QIcon actionIcon(const QString &name);

// A read-only table of whole rows in the application's look: one row selected at a time,
// alternating rows of rowHeight, no grid, no wrapping, left-aligned headers that do not
// light up.
void setUpRowTable(QTableView *table, int rowHeight);

} // namespace sa
