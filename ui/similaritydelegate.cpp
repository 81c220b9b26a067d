#include "similaritydelegate.h"

#include "analysispalette.h"
#include "itemmodels/similaritymatrixmodel.h"

#include <QPainter>

namespace sa {

void SimilarityDelegate::paint(QPainter *painter,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    const double s = index.data(SimilarityMatrixModel::UnderlyingDataRole).toDouble();
    if (index.row() == index.column()) {
        painter->fillRect(cell, QColor(0xcb, 0xd5, 0xe1));
    } else {
        painter->fillRect(cell, similarityColor(s));
        painter->setPen(similarityTextColor(s));
        painter->drawText(cell, Qt::AlignCenter, index.data().toString());
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(QColor(0xc7, 0x7c, 0x02), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter->restore();
}

} // namespace sa
