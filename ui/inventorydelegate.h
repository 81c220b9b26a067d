#pragma once

#include <QStyledItemDelegate>

namespace sa {

// Cells of the inventory: editors that fit each value (money with the workspace's
// currency, seats and users that may be "not recorded", dates that may be empty, the
// status as a list), text editors that complete owners and teams from the other tools,
// a "HUB" badge after the name of a system of record, and category rows drawn across the
// whole width with their sums under the columns they add up.
class InventoryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The first day a date editor shows as "No date" (QDateEdit cannot be empty).
    static QDate noDate();

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintGroup(QPainter *painter,
                    const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
};

} // namespace sa
