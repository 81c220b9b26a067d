#include "figurebutton.h"

#include <QPainter>
#include <QStyleOptionFocusRect>

namespace sa {

namespace {

QFont valueFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.45);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont captionFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

} // namespace

FigureButton::FigureButton(const QString &caption, QWidget *parent)
    : QAbstractButton(parent)
    , m_caption(caption)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
    setText(caption);
}

void FigureButton::setValue(const QString &value, const QColor &accent)
{
    m_value = value;
    m_accent = accent;
    setText(m_caption + u": " + value);
    updateGeometry();
    update();
}

QSize FigureButton::sizeHint() const
{
    const QFontMetrics v(valueFont(font())), c(captionFont(font()));
    const int width = std::max(v.horizontalAdvance(m_value), c.horizontalAdvance(m_caption));
    return QSize(width + 28, v.height() + c.height() + 14);
}

void FigureButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    if (underMouse() || isDown() || hasFocus()) {
        p.setPen(hasFocus() ? QColor(0x1f, 0x6f, 0x7a) : QColor(0xcb, 0xd5, 0xe1));
        p.setBrush(isDown() ? QColor(0xe2, 0xe8, 0xf0) : QColor(0xf1, 0xf5, 0xf9));
        p.drawRoundedRect(box, 6, 6);
    }
    const QFont vf = valueFont(font()), cf = captionFont(font());
    const QFontMetrics v(vf), c(cf);
    const int top = (height() - v.height() - c.height()) / 2;
    p.setFont(vf);
    p.setPen(m_accent.isValid() ? m_accent : QColor(0x0f, 0x27, 0x40));
    p.drawText(QRect(0, top, width(), v.height()), Qt::AlignCenter, m_value);
    p.setFont(cf);
    p.setPen(QColor(0x64, 0x74, 0x8b));
    p.drawText(QRect(0, top + v.height(), width(), c.height()), Qt::AlignCenter, m_caption);
}

} // namespace sa
