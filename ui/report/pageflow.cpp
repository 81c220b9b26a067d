#include "pageflow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace sa {

namespace {

constexpr double kMargin = 48;       // points: two thirds of an inch
constexpr double kFooterHeight = 22; // below the body

int wrapFlags(int align)
{
    return Qt::TextWordWrap | (align ? align : int(Qt::AlignLeft)) | Qt::AlignTop;
}

} // namespace

QFont ReportStyle::font(double points, bool bold) const
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Advances from the font's design, not a 72 dpi grid: measuring and painting agree.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "workflows" stays nine letters a reader can search for and copy
    // (Latin text needs no other shaping).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

PageFlow::PageFlow(QPagedPaintDevice *device, QPainter *painter, const ReportStyle &style)
    : m_device(device)
    , m_painter(painter)
    , m_style(style)
{
    const QSizeF size = device->pageLayout().fullRectPoints().size();
    m_page = QRectF(QPointF(0, 0), size);
    m_body = m_page.adjusted(kMargin, kMargin, -kMargin, -kMargin - kFooterHeight);
    m_y = m_body.top();
}

void PageFlow::ensureSpace(double height)
{
    if (m_y > m_body.top() && m_y + height > m_body.bottom())
        newPage();
}

void PageFlow::newPage()
{
    paintFooter();
    if (m_painter)
        m_device->newPage();
    ++m_pageNumber;
    m_y = m_body.top();
}

void PageFlow::finish()
{
    paintFooter();
}

void PageFlow::setFooter(const QString &left, int pageCount)
{
    m_footer = left;
    m_pageCount = pageCount;
}

double PageFlow::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

double PageFlow::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), wrapFlags(0), text).height();
}

double PageFlow::drawText(double x,
                          double y,
                          double width,
                          const QString &text,
                          const QFont &font,
                          const QColor &color,
                          int align) const
{
    const double height = textHeight(text, font, width);
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(x, y, width, height + 1), wrapFlags(align), text);
    }
    return height;
}

void PageFlow::paintFooter()
{
    if (!m_painter || m_pageNumber == 1) // the cover has none
        return;
    const double top = m_body.bottom() + kFooterHeight - 10;
    m_painter->setPen(QPen(m_style.rule, 0.5));
    m_painter->drawLine(QPointF(m_body.left(), top - 6), QPointF(m_body.right(), top - 6));
    const QFont small = m_style.font(7.5);
    drawText(m_body.left(), top, m_body.width() * 0.7, m_footer, small, m_style.muted);
    const QString number = QStringLiteral("Page %1 of %2").arg(m_pageNumber).arg(m_pageCount);
    drawText(m_body.left(), top, m_body.width(), number, small, m_style.muted, Qt::AlignRight);
}

} // namespace sa
