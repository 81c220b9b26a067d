#include "reportpainting.h"

#include <QPainter>

#include <algorithm>

namespace sa::reportpaint {

namespace {

// In the layout's own units (forceLayout spaces neighbours about 110 apart).
constexpr double kNodeWidth = 96;
constexpr double kNodeHeight = 26;
const QColor kSilo(0xd9, 0x82, 0x2b);

struct NodeLook
{
    QColor fill;
    QColor border;
    QColor text;
    double borderWidth;
};

NodeLook look(const ReportMap::Node &n, const ReportStyle &s)
{
    NodeLook l{Qt::white, s.muted, s.ink, 0.6};
    if (n.hub)
        l = NodeLook{s.accent, s.accent, Qt::white, 0.6};
    else if (n.silo >= 0)
        l = NodeLook{QColor(0xfb, 0xec, 0xdd), kSilo, s.ink, 0.8};
    if (n.singlePointOfFailure) {
        l.border = s.ink;
        l.borderWidth = 1.6;
    }
    return l;
}

void legend(PageFlow &flow, double y)
{
    const ReportStyle &s = flow.style();
    const ReportMap::Node hub{QString(), {}, true, false, -1};
    const ReportMap::Node silo{QString(), {}, false, false, 0};
    const ReportMap::Node spof{QString(), {}, false, true, -1};
    const std::pair<ReportMap::Node, QString> entries[] = {
        {hub, QStringLiteral("System of record (hub)")},
        {silo, QStringLiteral("In a data silo")},
        {spof, QStringLiteral("Single point of failure")},
    };
    double x = flow.body().left();
    for (const auto &[node, label] : entries) {
        const NodeLook l = look(node, s);
        if (QPainter *p = flow.painter()) {
            p->setPen(QPen(l.border, l.borderWidth));
            p->setBrush(l.fill);
            p->drawRoundedRect(QRectF(x, y + 1, 16, 9), 2, 2);
        }
        flow.drawText(x + 21, y, 140, label, s.font(7.5), s.muted);
        x += 150;
    }
}

} // namespace

void integrationMap(PageFlow &flow, const ReportMap &map)
{
    if (map.nodes.empty()) {
        paragraph(flow, QStringLiteral("The workspace has no active tools to draw."));
        return;
    }
    const QRectF world
        = map.bounds.adjusted(-kNodeWidth / 2, -kNodeHeight / 2, kNodeWidth / 2, kNodeHeight / 2);
    const double maxHeight = flow.body().height() * 0.62;
    const double scale
        = std::min({1.2, flow.body().width() / world.width(), maxHeight / world.height()});
    const double height = world.height() * scale;
    flow.ensureSpace(height + 24);
    const QPointF origin(flow.body().left() + (flow.body().width() - world.width() * scale) / 2,
                         flow.y());
    const auto place = [&](QPointF p) {
        return origin + (p - world.topLeft()) * scale;
    };

    if (QPainter *p = flow.painter()) {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(flow.style().rule.darker(115), std::max(0.3, 1.0 * scale)));
        for (const auto &[a, b] : map.edges)
            p->drawLine(place(map.nodes[size_t(a)].position), place(map.nodes[size_t(b)].position));
        const QFont font = flow.style().font(std::max(2.5, 7.0 * scale));
        for (const ReportMap::Node &n : map.nodes) {
            const NodeLook l = look(n, flow.style());
            const QPointF c = place(n.position);
            const QRectF box(c.x() - kNodeWidth * scale / 2,
                             c.y() - kNodeHeight * scale / 2,
                             kNodeWidth * scale,
                             kNodeHeight * scale);
            p->setPen(QPen(l.border, l.borderWidth * std::min(1.0, scale * 1.5)));
            p->setBrush(l.fill);
            p->drawRoundedRect(box, 4 * scale, 4 * scale);
            p->setFont(font);
            p->setPen(l.text);
            p->drawText(box.adjusted(2 * scale, 0, -2 * scale, 0),
                        Qt::AlignCenter | Qt::TextWordWrap,
                        n.name);
        }
        p->restore();
    }
    flow.advance(height + 8);
    legend(flow, flow.y());
    flow.advance(22);
}

} // namespace sa::reportpaint
