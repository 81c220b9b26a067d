#pragma once

#include "analysisinput.h"
#include "domain/money.h"
#include "slughash.h"

#include <QString>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <unordered_map>
#include <vector>

namespace sa {

using ToolIndex = int;       // an active tool, in the order the analysis was given them
using CapabilityIndex = int; // a capability of the graph

// Who does what: tools, capabilities and categories as the vertices of one directed
// graph. A provides-edge runs from a tool to each of its effective capabilities (product
// snapshot after the tool's overrides, or a custom tool's own list) and carries the
// strength and the tool's cost share of that capability; a filed-under edge runs from a
// capability to its category. Tools come first among the vertices, then capabilities,
// then categories, so a vertex and its index convert by arithmetic. Built afresh for
// every analysis from plain values and never edited, so it is a compressed sparse row
// graph: a few flat arrays, cheap to build and to walk in either direction.
class CapabilityGraph
{
public:
    struct Edge
    {
        int strength = 0; // 1..3 on a provides-edge, 0 on a filed-under edge
        Cents share = 0;  // the tool's annual cost share of the capability
    };
    struct CapabilityNode
    {
        QString slug;
        QString name;
        int category = -1; // index into categories, -1 when it has none
    };
    using Graph
        = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, Edge>;
    using Vertex = Graph::vertex_descriptor;

    CapabilityGraph() = default;
    // activeTools become tool vertices 0..n-1 in this order.
    CapabilityGraph(const std::vector<const Tool *> &activeTools, const AnalysisInput &input);

    const Graph &graph() const { return m_graph; }
    int toolCount() const { return m_toolCount; }
    int capabilityCount() const { return int(m_capabilities.size()); }
    int categoryCount() const { return int(m_categories.size()); }
    int providesEdgeCount() const { return m_providesEdges; }

    Vertex toolVertex(ToolIndex t) const { return Vertex(t); }
    Vertex capabilityVertex(CapabilityIndex c) const { return Vertex(m_toolCount + c); }
    CapabilityIndex capabilityOf(Vertex v) const { return CapabilityIndex(v) - m_toolCount; }
    ToolIndex toolOf(Vertex v) const { return ToolIndex(v); }

    const CapabilityNode &capability(CapabilityIndex c) const { return m_capabilities[size_t(c)]; }
    const QString &categorySlug(int category) const { return m_categories[size_t(category)]; }
    CapabilityIndex capabilityIndex(const QString &slug) const; // -1 when unknown
    // The tool's own subcategory, else its product snapshot's.
    const QString &toolCategory(ToolIndex t) const { return m_toolCategories[size_t(t)]; }

private:
    CapabilityIndex addCapability(const QString &slug, const QString &name);
    void addCatalogueCapabilities(const std::vector<Capability> &capabilities);
    void nameFromProducts(const std::vector<Product> &products, int named);

    Graph m_graph;
    int m_toolCount = 0;
    int m_providesEdges = 0;
    std::vector<CapabilityNode> m_capabilities;
    std::unordered_map<QString, CapabilityIndex, SlugHash> m_capabilityIndex;
    std::vector<QString> m_toolCategories;
    std::vector<QString> m_categories;
};

} // namespace sa
