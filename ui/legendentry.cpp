#include "legendentry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace sa {

LegendEntry::LegendEntry(
    const QColor &fill, const QColor &edge, const QString &text, Shape shape, QWidget *parent)
    : QWidget(parent)
    , m_fill(fill)
    , m_label(new QLabel(text))
{
    const qreal ratio = devicePixelRatioF();
    QPixmap swatch(QSize(16, 16) * ratio);
    swatch.setDevicePixelRatio(ratio);
    swatch.fill(Qt::transparent);
    {
        QPainter p(&swatch);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(edge, shape == Ring ? 2.5 : 1.2));
        p.setBrush(shape == Ring ? QBrush(Qt::white) : QBrush(fill));
        const QRectF box(1.5, 1.5, 13, 13);
        if (shape == Square)
            p.drawRoundedRect(box, 3, 3);
        else
            p.drawEllipse(box);
    }
    auto *icon = new QLabel;
    icon->setPixmap(swatch);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    layout->addWidget(icon);
    layout->addWidget(m_label);
    layout->addStretch(1);
}

void LegendEntry::setText(const QString &text)
{
    m_label->setText(text);
}

QString LegendEntry::text() const
{
    return m_label->text();
}

} // namespace sa
