#include "capabilitygraph.h"

#include "costshare.h"

namespace sa {

CapabilityGraph::CapabilityGraph(const std::vector<const Tool *> &activeTools,
                                 const AnalysisInput &input)
    : m_toolCount(int(activeTools.size()))
{
    m_capabilityIndex.reserve(input.capabilities.size() + 64);
    addCatalogueCapabilities(input.capabilities);
    const int named = capabilityCount();
    std::unordered_map<QString, const Product *, SlugHash> products;
    products.reserve(input.products.size());
    for (const Product &p : input.products)
        products.emplace(p.slug, &p);

    std::vector<std::pair<Vertex, Vertex>> ends;
    std::vector<Edge> edges;
    std::vector<int> strengths;
    std::vector<Cents> shares;
    for (size_t t = 0; t < activeTools.size(); ++t) {
        const Tool &tool = *activeTools[t];
        const auto found = tool.isCustom() ? products.end() : products.find(tool.productSlug);
        const Product *product = found == products.end() ? nullptr : found->second;
        m_toolCategories.push_back(tool.categorySlug.isEmpty() && product ? product->categorySlug
                                                                          : tool.categorySlug);
        const std::vector<ToolCapability> effective = effectiveCapabilities(tool, product);
        strengths.clear();
        for (const ToolCapability &c : effective)
            strengths.push_back(c.strength);
        shares.assign(strengths.size(), 0);
        splitInProportion(tool.annualCost, strengths, shares);
        for (size_t k = 0; k < effective.size(); ++k) {
            const CapabilityIndex c = addCapability(effective[k].capabilitySlug, QString());
            ends.emplace_back(toolVertex(ToolIndex(t)), capabilityVertex(c));
            edges.push_back(Edge{strengths[k], shares[k]});
        }
    }
    m_providesEdges = int(edges.size());
    for (const Requirement &r : input.requirements)
        addCapability(r.capabilitySlug, QString());
    nameFromProducts(input.products, named);

    const Vertex firstCategory = Vertex(m_toolCount) + Vertex(m_capabilities.size());
    for (size_t c = 0; c < m_capabilities.size(); ++c) {
        if (m_capabilities[c].category >= 0) {
            ends.emplace_back(capabilityVertex(CapabilityIndex(c)),
                              firstCategory + Vertex(m_capabilities[c].category));
            edges.push_back(Edge{});
        }
    }
    m_graph = Graph(boost::edges_are_unsorted_multi_pass,
                    ends.begin(),
                    ends.end(),
                    edges.begin(),
                    firstCategory + Vertex(m_categories.size()));
}

CapabilityIndex CapabilityGraph::capabilityIndex(const QString &slug) const
{
    const auto it = m_capabilityIndex.find(slug);
    return it == m_capabilityIndex.end() ? -1 : it->second;
}

void CapabilityGraph::addCatalogueCapabilities(const std::vector<Capability> &capabilities)
{
    std::unordered_map<QString, int, SlugHash> categoryIndex;
    for (const Capability &c : capabilities) {
        const CapabilityIndex index = addCapability(c.slug, c.name);
        if (c.categorySlug.isEmpty() || m_capabilities[size_t(index)].category >= 0)
            continue;
        const auto [it, added]
            = categoryIndex.try_emplace(c.categorySlug, int(m_categories.size()));
        if (added)
            m_categories.push_back(c.categorySlug);
        m_capabilities[size_t(index)].category = it->second;
    }
}

void CapabilityGraph::nameFromProducts(const std::vector<Product> &products, int named)
{
    // Capabilities the workspace has no record of (past the first `named`) take the name a
    // product snapshot gives them, if any does; else they keep their slug.
    if (named >= capabilityCount())
        return;
    for (const Product &p : products) {
        for (const ProductCapability &pc : p.capabilities) {
            const CapabilityIndex c = capabilityIndex(pc.capabilitySlug);
            if (c < named || pc.capabilityName.isEmpty())
                continue;
            CapabilityNode &node = m_capabilities[size_t(c)];
            if (node.name == node.slug)
                node.name = pc.capabilityName;
        }
    }
}

CapabilityIndex CapabilityGraph::addCapability(const QString &slug, const QString &name)
{
    const auto [it, added]
        = m_capabilityIndex.try_emplace(slug, CapabilityIndex(m_capabilities.size()));
    if (added)
        m_capabilities.push_back(CapabilityNode{slug, name.isEmpty() ? slug : name, -1});
    return it->second;
}

} // namespace sa
