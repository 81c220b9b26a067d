#pragma once

class QLabel;
class QString;
class QTableView;

namespace sa {

// A tinted note across a page or view ("1 error blocks the import"), styled by the
// "banner" property in the style sheet; hidden while there is nothing to say.
enum class BannerKind { Error, Warning, Ok, Info };
QLabel *createBanner(const QString &objectName);
void showBanner(QLabel *banner, BannerKind kind, const QString &text);

// The look of the application's data tables (rows selected whole, no grid, alternating
// rows, left-aligned headers), as the catalogue's product table has it.
void styleTable(QTableView *table, int rowHeight = 30);

} // namespace sa
