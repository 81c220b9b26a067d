#pragma once

#include <QHeaderView>

namespace sa {

// A horizontal header whose labels run upwards, for a matrix whose columns are as narrow
// as its cells: long tool names fit without widening every column.
class RotatedHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatedHeaderView)

public:
    explicit RotatedHeaderView(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace sa
