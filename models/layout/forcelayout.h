#pragma once

#include <QPointF>
#include <QRectF>

#include <utility>
#include <vector>

namespace sa {

struct ForceLayoutOptions
{
    double spacing = 110;     // the distance Fruchterman-Reingold aims at between neighbours
    int iterations = 300;     // of the cooling schedule
    unsigned seed = 20240501; // the same seed, graph and options give the same drawing
};

struct ForceLayoutResult
{
    std::vector<QPointF> positions; // one per node, top-left of the whole drawing at (0, 0)
    std::vector<int> component;     // each node's component, 0 the largest
    std::vector<QRectF> components; // the box each component was placed in
    QRectF bounds;
};

// A drawing of an undirected graph for the integration map. Each connected component is
// laid out on its own with Boost.Graph's Fruchterman-Reingold force-directed layout,
// started from a random layout drawn from a fixed seed (so the drawing is the same every
// time and only changes when the graph does), then the components are packed into rows,
// the largest first, and the lone nodes into a grid below them: one force layout over
// the whole graph would push unconnected tools to the edges and squeeze the rest.
ForceLayoutResult forceLayout(int nodeCount,
                              const std::vector<std::pair<int, int>> &edges,
                              const ForceLayoutOptions &options = {});

} // namespace sa
