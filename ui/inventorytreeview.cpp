#include "inventorytreeview.h"

#include "itemmodels/inventorymodel.h"

#include <QPainter>

#include <algorithm>

namespace sa {

InventoryTreeView::InventoryTreeView(QWidget *parent)
    : QTreeView(parent)
{
}

void InventoryTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    // Category rows are the top level: span each, whatever reorders or adds them.
    connect(model, &QAbstractItemModel::rowsInserted, this, &InventoryTreeView::spanGroups);
    connect(model, &QAbstractItemModel::modelReset, this, &InventoryTreeView::spanGroups);
    connect(model, &QAbstractItemModel::layoutChanged, this, &InventoryTreeView::spanGroups);
    spanGroups();
}

void InventoryTreeView::spanGroups()
{
    for (int row = 0; row < model()->rowCount(); ++row)
        setFirstColumnSpanned(row, QModelIndex(), true);
}

std::vector<ToolId> InventoryTreeView::selectedToolIds() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    std::vector<ToolId> ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (const ToolId id = row.data(InventoryModel::ToolIdRole).toLongLong())
            ids.push_back(id);
    }
    return ids;
}

ToolId InventoryTreeView::currentToolId() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !selectionModel()->isSelected(current.siblingAtColumn(0)))
        return 0;
    return current.data(InventoryModel::ToolIdRole).toLongLong();
}

void InventoryTreeView::drawRow(QPainter *painter,
                                const QStyleOptionViewItem &options,
                                const QModelIndex &index) const
{
    if (index.data(InventoryModel::IsGroupRole).toBool()) {
        painter->fillRect(QRect(0, options.rect.top(), viewport()->width(), options.rect.height()),
                          QColor(0xee, 0xf3, 0xf8));
        painter->fillRect(QRect(0, options.rect.bottom(), viewport()->width(), 1),
                          QColor(0xdd, 0xe3, 0xea));
    }
    QTreeView::drawRow(painter, options, index);
}

} // namespace sa
