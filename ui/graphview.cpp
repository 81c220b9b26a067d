#include "graphview.h"

#include <QWheelEvent>

#include <cmath>

namespace sa {

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(QColor(0xf8, 0xfa, 0xfc));
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.1, 8.0);
    const double applied = target / zoom();
    scale(applied, applied);
}

void GraphView::fitAll()
{
    if (!scene())
        return;
    resetTransform();
    const QRectF bounds = scene()->sceneRect();
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5) // a small graph is not blown up beyond readability
        zoomBy(1.5 / zoom());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QGraphicsView::wheelEvent(event);
    zoomBy(std::pow(1.15, delta / 120.0));
    event->accept();
}

} // namespace sa
