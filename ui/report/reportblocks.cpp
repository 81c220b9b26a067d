#include "reportpainting.h"

#include <QPainter>
#include <QSvgRenderer>

namespace sa::reportpaint {

void chapterTitle(PageFlow &flow, const QString &title)
{
    const QFont font = flow.style().font(18, true);
    const double h = flow.drawText(
        flow.body().left(), flow.y(), flow.body().width(), title, font, flow.style().accent);
    flow.advance(h + 4);
    if (QPainter *p = flow.painter()) {
        p->setPen(QPen(flow.style().accent, 1.2));
        p->drawLine(QPointF(flow.body().left(), flow.y()), QPointF(flow.body().right(), flow.y()));
    }
    flow.advance(14);
}

void heading(PageFlow &flow, const QString &text)
{
    const QFont font = flow.style().font(11.5, true);
    const double h = flow.textHeight(text, font, flow.body().width());
    flow.ensureSpace(h + 60); // never alone at the foot of a page
    flow.advance(6);
    flow.advance(
        flow.drawText(
            flow.body().left(), flow.y(), flow.body().width(), text, font, flow.style().ink)
        + 5);
}

void paragraph(PageFlow &flow, const QString &text)
{
    const QFont font = flow.style().font(9.5);
    const double h = flow.textHeight(text, font, flow.body().width());
    flow.ensureSpace(h);
    flow.drawText(flow.body().left(), flow.y(), flow.body().width(), text, font, flow.style().ink);
    flow.advance(h + 8);
}

void figures(PageFlow &flow, const std::vector<ReportFigure> &figures)
{
    constexpr int perRow = 3;
    constexpr double gap = 10, tileHeight = 64;
    const double width = (flow.body().width() - gap * (perRow - 1)) / perRow;
    const ReportStyle &s = flow.style();
    for (size_t i = 0; i < figures.size(); ++i) {
        const int col = int(i % perRow);
        if (col == 0)
            flow.ensureSpace(tileHeight);
        const double x = flow.body().left() + col * (width + gap);
        const double y = flow.y();
        if (QPainter *p = flow.painter()) {
            p->setPen(Qt::NoPen);
            p->setBrush(s.shade);
            p->drawRect(QRectF(x, y, width, tileHeight));
            p->setBrush(s.accent);
            p->drawRect(QRectF(x, y, 3, tileHeight));
        }
        const ReportFigure &f = figures[i];
        flow.drawText(x + 10, y + 7, width - 14, f.label, s.font(8), s.muted);
        flow.drawText(x + 10, y + 20, width - 14, f.value, s.font(15, true), s.accent);
        flow.drawText(x + 10, y + 44, width - 14, f.note, s.font(7.5), s.muted);
        if (col == perRow - 1 || i + 1 == figures.size())
            flow.advance(tileHeight + gap);
    }
    flow.advance(4);
}

void chart(PageFlow &flow, const QByteArray &svg)
{
    if (svg.isEmpty())
        return;
    const double width = flow.body().width();
    const double height = width * kReportChartSize.height() / kReportChartSize.width();
    flow.ensureSpace(height);
    if (QPainter *p = flow.painter()) {
        QSvgRenderer renderer(svg);
        renderer.render(p, QRectF(flow.body().left(), flow.y(), width, height));
    }
    flow.advance(height + 10);
}

void block(PageFlow &flow,
           const ReportBlock &b,
           const ReportContent &content,
           const ReportCharts &charts)
{
    switch (b.kind) {
    case ReportBlockKind::Heading:
        heading(flow, b.text);
        break;
    case ReportBlockKind::Paragraph:
        paragraph(flow, b.text);
        break;
    case ReportBlockKind::Figures:
        figures(flow, b.figures);
        break;
    case ReportBlockKind::Table:
        table(flow, b.table);
        break;
    case ReportBlockKind::IntegrationMap:
        integrationMap(flow, content.map);
        break;
    case ReportBlockKind::Chart:
        chart(flow, charts.value(b.text));
        break;
    }
}

} // namespace sa::reportpaint
