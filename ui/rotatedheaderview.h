#pragma once

#include <QHeaderView>

namespace sa {

// The headers of a matrix whose columns are as narrow as its cells: horizontally the
// labels run upwards, so long tool names fit without widening every column; vertically
// they are elided to the header's width. The current cell's row and column light up.
class RotatedHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatedHeaderView)

public:
    explicit RotatedHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace sa
