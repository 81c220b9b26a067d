#pragma once

#include <QStyledItemDelegate>

namespace sa {

// A cell of the similarity matrix: filled on the heat scale of its similarity, its whole
// percentage written in a colour that reads on it; the diagonal is a grey square.
class SimilarityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimilarityDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace sa
