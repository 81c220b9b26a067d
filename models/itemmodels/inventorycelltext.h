#pragma once

#include "domain/money.h"
#include "domain/tool.h"

#include <QHash>
#include <QVariant>

namespace sa {

// The sums of a category of the inventory, or of all of it.
struct InventoryTotals
{
    int tools = 0;
    int retired = 0; // listed, but not in the sums
    Cents annualCost = 0;
    int seats = 0;       // of the tools whose seats are recorded
    int activeUsers = 0; // of the tools whose users are recorded

    friend bool operator==(const InventoryTotals &, const InventoryTotals &) = default;
};

// What each cell of InventoryModel holds for each role, for a tool or for a category's
// totals; kept apart from the model's tree bookkeeping. Columns and roles are the model's.
class InventoryCellText
{
public:
    struct ProductLabel
    {
        QString name;
        QString vendor;
    };

    QString currency;
    QHash<QString, ProductLabel> products; // the workspace's snapshots, by slug

    QVariant tool(const Tool &tool, int column, int role) const;
    QVariant group(const QString &slug,
                   const QString &name,
                   const InventoryTotals &totals,
                   int column,
                   int role) const;
    static QVariant header(int section, Qt::Orientation orientation, int role);
    static bool isNumeric(int column); // right-aligned: money and counts

private:
    // The roles both kinds of row answer alike.
    static QVariant
    rowData(int role, int column, bool group, ToolId id, bool hub, const QString &slug);
    QString productText(const Tool &tool) const;
    QVariant display(const Tool &tool, int column) const;
    QVariant raw(const Tool &tool, int column) const;
    QVariant toolTip(const Tool &tool, int column) const;
};

} // namespace sa
