#pragma once

#include "domain/tool.h"

#include <QGraphicsObject>

namespace sa {

// A tool on the integration map: a disc (larger for a hub, navy; amber when in a silo),
// a red ring when it is a single point of failure, its name beneath on a white halo.
// When another tool is selected it may be drawn as cut off by that tool's removal.
class ToolNodeItem final : public QGraphicsObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolNodeItem)

public:
    ToolNodeItem(ToolId tool, const QString &name, int marks, QGraphicsItem *parent = nullptr);

    ToolId tool() const { return m_tool; }
    QString name() const { return m_name; }
    int marks() const { return m_marks; }
    double radius() const;
    void setCutOff(bool cutOff);
    bool isCutOff() const { return m_cutOff; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    ToolId m_tool;
    QString m_name;
    QString m_label; // elided
    int m_marks;
    bool m_cutOff = false;
};

} // namespace sa
