#include "toolnodeitem.h"

#include "analysispalette.h"
#include "itemmodels/integrationtoolmodel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sa {

namespace {

QFont labelFont()
{
    QFont f;
    f.setPointSizeF(8.5);
    return f;
}

constexpr double labelWidth = 104;

} // namespace

ToolNodeItem::ToolNodeItem(ToolId tool, const QString &name, int marks, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_tool(tool)
    , m_name(name)
    , m_label(QFontMetricsF(labelFont()).elidedText(name, Qt::ElideRight, labelWidth))
    , m_marks(marks)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(marks ? name + u"\n" + IntegrationToolModel::marksText(marks) : name);
    setZValue(1);
}

double ToolNodeItem::radius() const
{
    return (m_marks & IntegrationToolModel::Hub) ? 15 : 10;
}

void ToolNodeItem::setCutOff(bool cutOff)
{
    if (cutOff == m_cutOff)
        return;
    m_cutOff = cutOff;
    update();
}

QRectF ToolNodeItem::labelRect() const
{
    const QFontMetricsF fm(labelFont());
    const double w = fm.horizontalAdvance(m_label) + 8;
    return QRectF(-w / 2, radius() + 4, w, fm.height() + 2);
}

QRectF ToolNodeItem::boundingRect() const
{
    const double r = radius() + 5;
    return QRectF(-r, -r, 2 * r, 2 * r).united(labelRect());
}

QPainterPath ToolNodeItem::shape() const
{
    QPainterPath path;
    const double r = radius() + 3;
    path.addEllipse(QPointF(), r, r);
    path.addRect(labelRect());
    return path;
}

void ToolNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = radius();
    QColor fill = toolNodeColor();
    if (m_marks & IntegrationToolModel::Hub)
        fill = hubColor();
    else if (m_marks & IntegrationToolModel::Silo)
        fill = siloColor();
    if (m_cutOff)
        fill = fill.lighter(160);
    QPen pen(Qt::white, 2);
    if (m_marks & IntegrationToolModel::SinglePoint)
        pen = QPen(singlePointColor(), 3.5);
    if (m_cutOff)
        pen = QPen(singlePointColor(), 2, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(), r, r);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x0f, 0x27, 0x40), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), r + 4, r + 4);
    }
    const QRectF label = labelRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(label, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(isSelected() ? QColor(0x0f, 0x27, 0x40) : QColor(0x33, 0x41, 0x55));
    painter->drawText(label, Qt::AlignCenter, m_label);
}

} // namespace sa
