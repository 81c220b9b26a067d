#include "chartlook.h"

#include "domain/money.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>

#include <cmath>

namespace sa {

namespace ChartLook {

QColor seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x3a, 0x5f),
                                    QColor(0x4f, 0xb3, 0xbf),
                                    QColor(0xe0, 0xa5, 0x26),
                                    QColor(0x2a, 0x8c, 0x8c),
                                    QColor(0x7c, 0x93, 0xb5),
                                    QColor(0xc7, 0x7c, 0x02),
                                    QColor(0x5b, 0x8c, 0x5a),
                                    QColor(0x8e, 0x6b, 0xb0),
                                    QColor(0xb6, 0xc2, 0xd1)};
    const int count = int(std::size(colors));
    return colors[((index % count) + count) % count];
}

QColor textColor()
{
    return QColor(0x1e, 0x29, 0x3b);
}

QColor mutedTextColor()
{
    return QColor(0x47, 0x55, 0x69);
}

QColor gridColor()
{
    return QColor(0xe6, 0xeb, 0xf1);
}

QColor beforeColor()
{
    return QColor(0x7c, 0x93, 0xb5);
}

QColor afterColor()
{
    return QColor(0x1f, 0x3a, 0x5f);
}

QColor warningColor()
{
    return QColor(0xe0, 0xa5, 0x26);
}

QFont font(const ChartStyle &style, qreal points, bool bold)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points * style.fontScale);
    f.setBold(bold);
    return f;
}

void setUp(QChart *chart, ChartKind kind, const ChartStyle &style)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    if (style.title) {
        chart->setTitle(chartTitle(kind));
        chart->setTitleFont(font(style, 11, true));
        chart->setTitleBrush(textColor());
    }
    QLegend *legend = chart->legend();
    legend->setVisible(style.legend);
    legend->setFont(font(style, 8.5));
    legend->setLabelColor(mutedTextColor());
    legend->setMarkerShape(QLegend::MarkerShapeCircle);
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style)
{
    axis->setLabelsFont(font(style, 8));
    axis->setLabelsColor(mutedTextColor());
    axis->setGridLineColor(gridColor());
    axis->setLinePenColor(QColor(0xcb, 0xd5, 0xe1));
    axis->setTitleFont(font(style, 8));
    axis->setTitleBrush(mutedTextColor());
}

void setMoneyRange(QCategoryAxis *axis, double max, const QString &currency)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    // A step of 1, 2 or 5 times a power of ten, so that 4 steps reach max.
    const double raw = std::max(max, 1.0) / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power;
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * power;
        if (step >= raw)
            break;
    }
    const int steps = int(std::ceil(std::max(max, 1.0) / step - 1e-9));
    axis->setStartValue(-step / 1000.0);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i <= steps; ++i)
        axis->append(formatMoneyCompact(Cents(std::llround(i * step * 100.0)), currency), i * step);
    axis->setRange(0, steps * step);
}

} // namespace ChartLook

} // namespace sa
