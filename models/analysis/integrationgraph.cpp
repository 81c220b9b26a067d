#include "integrationgraph.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <iterator>

namespace sa {

IntegrationGraph::IntegrationGraph(int toolCount,
                                   std::vector<std::pair<ToolIndex, ToolIndex>> edges)
{
    for (auto &[a, b] : edges) {
        if (a > b)
            std::swap(a, b);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    std::erase_if(edges, [](const auto &e) { return e.first == e.second; });
    Graph sized(static_cast<size_t>(toolCount));
    m_graph.swap(sized);
    for (const auto &[a, b] : edges)
        boost::add_edge(Vertex(a), Vertex(b), m_graph);
}

IntegrationGraph::IntegrationGraph(IntegrationGraph &&other) noexcept
{
    m_graph.swap(other.m_graph);
}

IntegrationGraph &IntegrationGraph::operator=(IntegrationGraph &&other) noexcept
{
    m_graph.swap(other.m_graph);
    return *this;
}

std::vector<int> IntegrationGraph::components(int *componentCount) const
{
    std::vector<int> component(boost::num_vertices(m_graph));
    const int count
        = component.empty() ? 0 : int(boost::connected_components(m_graph, component.data()));
    if (componentCount)
        *componentCount = count;
    return component;
}

std::vector<ToolIndex> IntegrationGraph::articulationPoints() const
{
    std::vector<Vertex> points;
    boost::articulation_points(m_graph, std::back_inserter(points));
    return std::vector<ToolIndex>(points.begin(), points.end());
}

std::vector<ToolIndex> IntegrationGraph::neighbours(ToolIndex t) const
{
    std::vector<ToolIndex> out;
    for (const Vertex v : boost::make_iterator_range(boost::adjacent_vertices(Vertex(t), m_graph)))
        out.push_back(ToolIndex(v));
    return out;
}

std::vector<std::pair<int, int>> IntegrationGraph::edgeList() const
{
    std::vector<std::pair<int, int>> out;
    for (const auto e : boost::make_iterator_range(boost::edges(m_graph)))
        out.emplace_back(int(boost::source(e, m_graph)), int(boost::target(e, m_graph)));
    return out;
}

} // namespace sa
