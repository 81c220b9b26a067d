#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace sa {

// The fonts and colours of the PDF review, in points (the writer runs at 72 dpi, so one
// device unit is one point).
struct ReportStyle
{
    QColor accent;
    QColor ink{0x22, 0x22, 0x22};
    QColor muted{0x6b, 0x6b, 0x6b};
    QColor rule{0xcc, 0xcc, 0xcc};
    QColor shade{0xf3, 0xf5, 0xf7};
    QString family = QStringLiteral("DejaVu Sans");

    QFont font(double points, bool bold = false) const;
};

// The flow of content down the pages of one rendering pass: where the next block goes,
// when a page is full, and the running footer with the page number. With no painter it
// only measures (the first pass, which finds the page of every chapter for the table of
// contents); with one it paints exactly the same layout.
class PageFlow
{
public:
    PageFlow(QPagedPaintDevice *device, QPainter *painter, const ReportStyle &style);

    QPainter *painter() const { return m_painter; } // nullptr while measuring
    const ReportStyle &style() const { return m_style; }
    QRectF page() const { return m_page; }
    QRectF body() const { return m_body; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    int pageNumber() const { return m_pageNumber; }
    double remaining() const { return m_body.bottom() - m_y; }

    // A new page unless height fits below the cursor (a block taller than a page starts
    // on a fresh one and runs over the bottom margin rather than being lost).
    void ensureSpace(double height);
    void newPage();
    // The footer of the last page; call once at the end.
    void finish();

    void setFooter(const QString &left, int pageCount);
    double textWidth(const QString &text, const QFont &font) const; // on one line
    // Height of text wrapped to width in font.
    double textHeight(const QString &text, const QFont &font, double width) const;
    // Draws wrapped text at (x, y) within width; nothing while measuring. Returns its height.
    double drawText(double x,
                    double y,
                    double width,
                    const QString &text,
                    const QFont &font,
                    const QColor &color,
                    int align = 0) const;

private:
    void paintFooter();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    ReportStyle m_style;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    int m_pageNumber = 1;
    QString m_footer;
    int m_pageCount = 0;
};

} // namespace sa
