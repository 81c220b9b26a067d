#include "rotatedheaderview.h"

#include <QPainter>

namespace sa {

namespace {

constexpr int maxLabel = 170;

} // namespace

RotatedHeaderView::RotatedHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSize RotatedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (orientation() == Qt::Vertical)
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QString text
        = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const int length = std::min(maxLabel, fontMetrics().horizontalAdvance(text) + 14);
    return QSize(fontMetrics().height() + 8, length);
}

QSize RotatedHeaderView::sizeHint() const
{
    if (orientation() == Qt::Vertical)
        return QHeaderView::sizeHint();
    int height = 40;
    for (int i = 0; model() && i < count(); ++i)
        height = std::max(height, sectionSizeFromContents(i).height());
    return QSize(QHeaderView::sizeHint().width(), height);
}

void RotatedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    painter->save();
    const bool current
        = selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    painter->fillRect(rect, current ? QColor(0xe2, 0xe8, 0xf0) : QColor(0xf8, 0xfa, 0xfc));
    painter->setPen(QColor(0xe2, 0xe8, 0xf0));
    painter->drawLine(rect.topRight(), rect.bottomRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    if (orientation() == Qt::Vertical) {
        painter->setPen(QColor(0x33, 0x41, 0x55));
        const QRect inside = rect.adjusted(8, 0, -6, 0);
        painter->drawText(inside,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fontMetrics().elidedText(text, Qt::ElideRight, inside.width()));
        painter->restore();
        return;
    }
    painter->translate(rect.left() + rect.width() / 2.0 + fontMetrics().ascent() / 2.0 - 1,
                       rect.bottom() - 6);
    painter->rotate(-90);
    painter->setPen(QColor(0x33, 0x41, 0x55));
    const QString shown
        = fontMetrics().elidedText(text, Qt::ElideRight, std::min(maxLabel, rect.height()) - 12);
    painter->drawText(0, 0, shown);
    painter->restore();
}

} // namespace sa
