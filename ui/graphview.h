#pragma once

#include <QGraphicsView>

namespace sa {

// A QGraphicsView that pans by dragging the background and zooms with the wheel around
// the pointer, between a tenth and eight times; fitAll() shows the whole scene (Ctrl+0 in
// the integration map).
class GraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(QWidget *parent = nullptr);

    double zoom() const; // 1 = the scene's own size
    void zoomBy(double factor);
    void fitAll();

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace sa
