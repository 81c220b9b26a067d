#include "reportpainting.h"

#include <QPainter>

namespace sa::reportpaint {

namespace {

constexpr double kPad = 3.5;

struct TableLayout
{
    std::vector<double> x;
    std::vector<double> width;
};

TableLayout layoutColumns(const PageFlow &flow, const ReportTable &t)
{
    double total = 0;
    for (const ReportColumn &c : t.columns)
        total += c.width;
    TableLayout l;
    double x = flow.body().left();
    for (const ReportColumn &c : t.columns) {
        const double w = flow.body().width() * c.width / total;
        l.x.push_back(x);
        l.width.push_back(w);
        x += w;
    }
    return l;
}

double rowHeight(const PageFlow &flow,
                 const TableLayout &l,
                 const ReportTable &t,
                 const QStringList &cells,
                 const QFont &font)
{
    double h = 0;
    for (qsizetype i = 0; i < cells.size() && i < qsizetype(t.columns.size()); ++i)
        h = std::max(h, flow.textHeight(cells[i], font, l.width[size_t(i)] - 2 * kPad));
    return h + 2 * kPad;
}

void drawRow(PageFlow &flow,
             const TableLayout &l,
             const ReportTable &t,
             const QStringList &cells,
             const QFont &font,
             const QColor &ink,
             double height)
{
    for (qsizetype i = 0; i < cells.size() && i < qsizetype(t.columns.size()); ++i) {
        const size_t c = size_t(i);
        flow.drawText(l.x[c] + kPad,
                      flow.y() + kPad,
                      l.width[c] - 2 * kPad,
                      cells[i],
                      font,
                      ink,
                      t.columns[c].numeric ? int(Qt::AlignRight) : 0);
    }
    flow.advance(height);
}

void header(PageFlow &flow, const TableLayout &l, const ReportTable &t)
{
    QStringList titles;
    for (const ReportColumn &c : t.columns)
        titles << c.title;
    const QFont font = flow.style().font(8, true);
    const double h = rowHeight(flow, l, t, titles, font);
    if (QPainter *p = flow.painter()) {
        p->setPen(Qt::NoPen);
        p->setBrush(flow.style().accent);
        p->drawRect(QRectF(flow.body().left(), flow.y(), flow.body().width(), h));
    }
    drawRow(flow, l, t, titles, font, Qt::white, h);
}

} // namespace

void table(PageFlow &flow, const ReportTable &t)
{
    const TableLayout l = layoutColumns(flow, t);
    const QFont body = flow.style().font(8.5);
    const QFont bold = flow.style().font(8.5, true);
    flow.ensureSpace(60);
    header(flow, l, t);
    const size_t firstTotal
        = t.rows.size() - size_t(std::min<int>(t.totalRows, int(t.rows.size())));
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const bool total = r >= firstTotal;
        const QFont &font = total ? bold : body;
        const double h = rowHeight(flow, l, t, t.rows[r], font);
        if (flow.remaining() < h) {
            flow.newPage();
            header(flow, l, t);
        }
        if (QPainter *p = flow.painter()) {
            const QRectF band(flow.body().left(), flow.y(), flow.body().width(), h);
            if (total) {
                p->setPen(QPen(flow.style().ink, 0.8));
                p->drawLine(band.topLeft(), band.topRight());
            } else if (r % 2 == 1) {
                p->setPen(Qt::NoPen);
                p->setBrush(flow.style().shade);
                p->drawRect(band);
            }
        }
        drawRow(flow, l, t, t.rows[r], font, flow.style().ink, h);
    }
    if (QPainter *p = flow.painter()) {
        p->setPen(QPen(flow.style().rule, 0.6));
        p->drawLine(QPointF(flow.body().left(), flow.y()), QPointF(flow.body().right(), flow.y()));
    }
    flow.advance(10);
}

} // namespace sa::reportpaint
