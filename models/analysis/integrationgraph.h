#pragma once

#include "capabilitygraph.h"

#include <boost/graph/adjacency_list.hpp>

#include <utility>
#include <vector>

namespace sa {

// Which tools exchange data: one vertex per active tool (the ToolIndex of the capability
// graph), one undirected edge per integration between two active tools. Components are
// what silos are made of; articulation points are the single points of failure
// (boost::articulation_points). The edge list is a vector too, for cheap rebuilds.
class IntegrationGraph
{
public:
    using Graph = boost::adjacency_list<boost::vecS,
                                        boost::vecS,
                                        boost::undirectedS,
                                        boost::no_property,
                                        boost::no_property,
                                        boost::no_property,
                                        boost::vecS>;
    using Vertex = Graph::vertex_descriptor;

    IntegrationGraph() = default;
    // Boost's adjacency_list has no move operations; these swap the graph instead of
    // copying it.
    IntegrationGraph(const IntegrationGraph &) = default;
    IntegrationGraph &operator=(const IntegrationGraph &) = default;
    IntegrationGraph(IntegrationGraph &&other) noexcept;
    IntegrationGraph &operator=(IntegrationGraph &&other) noexcept;
    // edges: pairs of tool indices; duplicates (either way round) and loops are dropped.
    IntegrationGraph(int toolCount, std::vector<std::pair<ToolIndex, ToolIndex>> edges);

    const Graph &graph() const { return m_graph; }
    int toolCount() const { return int(boost::num_vertices(m_graph)); }
    int edgeCount() const { return int(boost::num_edges(m_graph)); }

    // The component of each tool (0..componentCount-1, numbered as boost does).
    std::vector<int> components(int *componentCount) const;
    // Tools whose removal splits their component, in no particular order.
    std::vector<ToolIndex> articulationPoints() const;
    // The tools t integrates with, in no particular order.
    std::vector<ToolIndex> neighbours(ToolIndex t) const;
    // Every integration once, as a pair of tool indices, in the graph's edge order.
    std::vector<std::pair<int, int>> edgeList() const;

private:
    Graph m_graph;
};

} // namespace sa
