#include "slidepainter.h"

#include "charts/chartfactory.h"
#include "slidedeck.h"

#include <QApplication>
#include <QPainter>

namespace sa {

namespace SlidePainter {

namespace {

const QColor navy(0x1f, 0x3a, 0x5f);
const QColor ink(0x0f, 0x27, 0x40);
const QColor slate(0x47, 0x55, 0x69);
const QColor teal(0x4f, 0xb3, 0xbf);
const QColor card(0xf4, 0xf6, 0xf9);

constexpr qreal margin = 64;

QFont font(int pixels, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

void paintTitleSlide(QPainter &p, const Slide &slide, const QRectF &canvas)
{
    p.fillRect(canvas, navy);
    p.fillRect(QRectF(margin, 300, 96, 6), teal);
    p.setPen(Qt::white);
    p.setFont(font(56, true));
    p.drawText(QRectF(margin, 180, canvas.width() - 2 * margin, 110),
               Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
               slide.title);
    p.setFont(font(30));
    p.setPen(QColor(0xdb, 0xe7, 0xf3));
    p.drawText(QRectF(margin, 326, canvas.width() - 2 * margin, 50), Qt::AlignLeft, slide.subtitle);
    p.setFont(font(22));
    p.setPen(QColor(0xa9, 0xbd, 0xd4));
    qreal y = 420;
    for (const QString &line : slide.points) {
        p.drawText(QRectF(margin, y, canvas.width() - 2 * margin, 36), Qt::AlignLeft, line);
        y += 38;
    }
}

// The figures in a row of cards; returns the height used.
qreal paintFigures(QPainter &p, const Slide &slide, const QRectF &area)
{
    if (slide.figures.empty())
        return 0;
    const qreal gap = 20;
    const int n = int(slide.figures.size());
    const qreal width = (area.width() - gap * (n - 1)) / n;
    const qreal height = 112;
    for (int i = 0; i < n; ++i) {
        const QRectF box(area.left() + i * (width + gap), area.top(), width, height);
        p.setPen(Qt::NoPen);
        p.setBrush(card);
        p.drawRoundedRect(box, 10, 10);
        p.fillRect(QRectF(box.left(), box.top() + 14, 5, height - 28), teal);
        p.setPen(ink);
        p.setFont(font(n > 3 ? 34 : 40, true));
        p.drawText(box.adjusted(24, 12, -12, -46),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   slide.figures[size_t(i)].value);
        p.setPen(slate);
        p.setFont(font(19));
        p.drawText(box.adjusted(24, 66, -12, -10),
                   Qt::AlignLeft | Qt::AlignTop,
                   slide.figures[size_t(i)].caption);
    }
    return height + 28;
}

void paintPoints(QPainter &p, const QStringList &points, const QRectF &area)
{
    p.setFont(font(23));
    const QFontMetricsF metrics(p.font());
    qreal y = area.top();
    for (const QString &point : points) {
        const QRectF text(area.left() + 30, y, area.width() - 30, area.bottom() - y);
        const QRectF used = metrics.boundingRect(text, Qt::TextWordWrap, point);
        if (used.bottom() > area.bottom())
            break;
        p.setPen(Qt::NoPen);
        p.setBrush(teal);
        p.drawEllipse(QPointF(area.left() + 9, y + metrics.ascent() * 0.62), 5, 5);
        p.setPen(ink);
        p.drawText(text, Qt::TextWordWrap, point);
        y = used.bottom() + 18;
    }
}

void paintContentSlide(QPainter &p, const Slide &slide, QChart *chart, const QRectF &canvas)
{
    p.fillRect(canvas, Qt::white);
    p.fillRect(QRectF(0, 0, canvas.width(), 8), navy);
    const qreal width = canvas.width() - 2 * margin;
    p.setPen(ink);
    p.setFont(font(40, true));
    p.drawText(QRectF(margin, 40, width, 56), Qt::AlignLeft | Qt::AlignVCenter, slide.title);
    p.setPen(slate);
    p.setFont(font(21));
    p.drawText(QRectF(margin, 98, width, 34), Qt::AlignLeft | Qt::AlignVCenter, slide.subtitle);
    p.fillRect(QRectF(margin, 144, 72, 4), teal);

    QRectF body(margin, 172, width, canvas.height() - 172 - 70);
    body.setTop(body.top() + paintFigures(p, slide, body));
    if (chart) {
        const QRectF chartArea(body.left(), body.top(), body.width() * 0.58, body.height());
        paintChart(p, chartArea, chart);
        paintPoints(p, slide.points, body.adjusted(body.width() * 0.58 + 28, 8, 0, 0));
    } else {
        paintPoints(p, slide.points, body.adjusted(0, 8, 0, 0));
    }
}

} // namespace

QSizeF canvasSize()
{
    return {1366, 768};
}

void paint(QPainter &painter,
           const QRectF &target,
           const Slide &slide,
           QChart *chart,
           int index,
           int count,
           const QString &footer)
{
    painter.save();
    painter.fillRect(target, slide.id == u"title" ? navy : QColor(Qt::white));
    const QSizeF canvas = canvasSize();
    const qreal scale
        = std::min(target.width() / canvas.width(), target.height() / canvas.height());
    painter.translate(target.center()
                      - QPointF(canvas.width() * scale / 2, canvas.height() * scale / 2));
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF area(QPointF(0, 0), canvas);
    painter.setClipRect(area);
    if (slide.id == u"title")
        paintTitleSlide(painter, slide, area);
    else
        paintContentSlide(painter, slide, chart, area);
    painter.setPen(slide.id == u"title" ? QColor(0xa9, 0xbd, 0xd4) : slate);
    painter.setFont(font(15));
    const QRectF foot(margin, canvas.height() - 52, canvas.width() - 2 * margin, 30);
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footer);
    painter.drawText(foot,
                     Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(index + 1) + u" / " + QString::number(count));
    painter.restore();
}

} // namespace SlidePainter

} // namespace sa
