#include "forcelayout.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sa {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<boost::minstd_rand>;
using Point = Topology::point_type;

// One component laid out around its own origin; returns positions with the top-left of
// its box at (0, 0).
std::vector<QPointF> layOutComponent(const std::vector<int> &nodes,
                                     const std::vector<std::pair<int, int>> &edges,
                                     const std::vector<int> &local,
                                     const ForceLayoutOptions &options)
{
    const int n = int(nodes.size());
    Graph g(size_t(n), {});
    for (const auto &[a, b] : edges) {
        if (local[size_t(a)] >= 0 && local[size_t(b)] >= 0)
            boost::add_edge(size_t(local[size_t(a)]), size_t(local[size_t(b)]), g);
    }
    // The side of a square where n nodes at the spacing fit comfortably.
    const double side = options.spacing * std::max(1.0, std::sqrt(double(n))) * 1.2;
    boost::minstd_rand generator(options.seed);
    Topology topology(generator, side / 2);
    std::vector<Point> points(static_cast<size_t>(n));
    auto position
        = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, position, topology);
    boost::fruchterman_reingold_force_directed_layout(
        g, position, topology, boost::cooling(boost::linear_cooling<double>(options.iterations)));

    std::vector<QPointF> out(static_cast<size_t>(n));
    double left = points[0][0], top = points[0][1];
    for (const Point &p : points) {
        left = std::min(left, p[0]);
        top = std::min(top, p[1]);
    }
    for (size_t i = 0; i < points.size(); ++i)
        out[i] = QPointF(points[i][0] - left, points[i][1] - top);
    return out;
}

// QRectF::united() skips empty rectangles, so points are gathered by hand.
QRectF boxOf(const std::vector<QPointF> &points)
{
    double left = points.front().x(), right = left;
    double top = points.front().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

ForceLayoutResult forceLayout(int nodeCount,
                              const std::vector<std::pair<int, int>> &edges,
                              const ForceLayoutOptions &options)
{
    ForceLayoutResult result;
    result.positions.assign(size_t(nodeCount), QPointF());
    result.component.assign(size_t(nodeCount), -1);
    if (nodeCount == 0)
        return result;

    Graph whole(size_t(nodeCount), {});
    for (const auto &[a, b] : edges) {
        if (a != b)
            boost::add_edge(size_t(a), size_t(b), whole);
    }
    std::vector<int> raw(static_cast<size_t>(nodeCount));
    const int count = boost::connected_components(whole, raw.data());
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int v = 0; v < nodeCount; ++v)
        members[size_t(raw[size_t(v)])].push_back(v);
    // Largest first; equal sizes in the order of their first node.
    std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
        return a.size() > b.size();
    });

    const double gap = options.spacing * 0.8;
    // Rows about as wide as the square that would hold everything.
    const double rowWidth
        = std::max(options.spacing * 6, options.spacing * std::sqrt(double(nodeCount)) * 2.2);
    std::vector<int> local(size_t(nodeCount), -1);
    double x = 0, y = 0, rowHeight = 0;
    std::vector<int> loners;
    for (size_t c = 0; c < members.size(); ++c) {
        const std::vector<int> &nodes = members[c];
        if (nodes.size() == 1) {
            loners.push_back(nodes.front());
            continue;
        }
        for (size_t i = 0; i < nodes.size(); ++i)
            local[size_t(nodes[i])] = int(i);
        const std::vector<QPointF> points = layOutComponent(nodes, edges, local, options);
        for (const int v : nodes)
            local[size_t(v)] = -1;
        const QRectF box = boxOf(points);
        if (x > 0 && x + box.width() > rowWidth) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        for (size_t i = 0; i < nodes.size(); ++i) {
            result.positions[size_t(nodes[i])] = points[i] + QPointF(x, y);
            result.component[size_t(nodes[i])] = int(result.components.size());
        }
        result.components.push_back(box.translated(x, y));
        x += box.width() + gap;
        rowHeight = std::max(rowHeight, box.height());
    }
    if (!loners.empty()) {
        // A grid below the connected ones, in node order.
        std::sort(loners.begin(), loners.end());
        const double cell = options.spacing * 1.1;
        const int perRow = std::max(1, int(rowWidth / cell));
        const double top = result.components.empty() ? 0 : y + rowHeight + gap;
        for (size_t i = 0; i < loners.size(); ++i) {
            const QPointF p(double(int(i) % perRow) * cell, top + double(int(i) / perRow) * cell);
            result.positions[size_t(loners[i])] = p;
            result.component[size_t(loners[i])] = int(result.components.size());
            result.components.push_back(QRectF(p, QSizeF(0, 0)));
        }
    }
    result.bounds = boxOf(result.positions);
    return result;
}

} // namespace sa
