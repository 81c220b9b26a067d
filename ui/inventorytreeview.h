#pragma once

#include "domain/tool.h"

#include <QTreeView>

namespace sa {

// The inventory's tree: category rows span the whole width and are drawn as tinted bands
// (InventoryDelegate paints their content), tools beneath them; the ids of the selected
// tools, for actions that work on several at once.
class InventoryTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryTreeView)

public:
    explicit InventoryTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    std::vector<ToolId> selectedToolIds() const; // in the order shown
    ToolId currentToolId() const;                // the current row's tool when selected, else 0

private:
    void spanGroups();

protected:
    void drawRow(QPainter *painter,
                 const QStyleOptionViewItem &options,
                 const QModelIndex &index) const override;
};

} // namespace sa
