#include "capabilitygraph.h"

#include "costshare.h"

namespace sa {

CapabilityGraph::CapabilityGraph(const std::vector<const Tool *> &activeTools,
                                 const AnalysisInput &input)
    : m_toolCount(int(activeTools.size()))
{
    QHash<QString, int> categoryIndex;
    for (const Capability &c : input.capabilities) {
        const CapabilityIndex index = addCapability(c.slug, c.name);
        if (c.categorySlug.isEmpty() || m_capabilities[size_t(index)].category >= 0)
            continue;
        auto it = categoryIndex.constFind(c.categorySlug);
        if (it == categoryIndex.constEnd()) {
            it = categoryIndex.insert(c.categorySlug, int(m_categories.size()));
            m_categories.push_back(c.categorySlug);
        }
        m_capabilities[size_t(index)].category = *it;
    }

    const int named = capabilityCount();
    QHash<QString, const Product *> products;
    for (const Product &p : input.products)
        products.insert(p.slug, &p);
    std::vector<std::vector<ToolCapability>> effective(activeTools.size());
    for (size_t t = 0; t < activeTools.size(); ++t) {
        const Tool &tool = *activeTools[t];
        const Product *product = tool.isCustom() ? nullptr : products.value(tool.productSlug);
        effective[t] = effectiveCapabilities(tool, product);
        for (const ToolCapability &c : effective[t])
            addCapability(c.capabilitySlug, QString());
    }
    for (const Requirement &r : input.requirements)
        addCapability(r.capabilitySlug, QString());
    nameFromProducts(input.products, named);

    m_graph = Graph(size_t(m_toolCount) + m_capabilities.size() + m_categories.size());
    std::vector<int> strengths;
    std::vector<Cents> shares;
    for (size_t t = 0; t < activeTools.size(); ++t) {
        strengths.clear();
        for (const ToolCapability &c : effective[t])
            strengths.push_back(c.strength);
        shares.assign(strengths.size(), 0);
        splitInProportion(activeTools[t]->annualCost, strengths, shares);
        for (size_t k = 0; k < strengths.size(); ++k) {
            const CapabilityIndex c = m_capabilityIndex.value(effective[t][k].capabilitySlug);
            boost::add_edge(toolVertex(ToolIndex(t)),
                            capabilityVertex(c),
                            Edge{strengths[k], shares[k]},
                            m_graph);
        }
        m_providesEdges += int(strengths.size());
    }
    const size_t firstCategory = size_t(m_toolCount) + m_capabilities.size();
    for (size_t c = 0; c < m_capabilities.size(); ++c) {
        if (m_capabilities[c].category >= 0)
            boost::add_edge(capabilityVertex(CapabilityIndex(c)),
                            Vertex(firstCategory + size_t(m_capabilities[c].category)),
                            Edge{},
                            m_graph);
    }
}

CapabilityIndex CapabilityGraph::capabilityIndex(const QString &slug) const
{
    return m_capabilityIndex.value(slug, -1);
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
    const auto it = m_capabilityIndex.constFind(slug);
    if (it != m_capabilityIndex.constEnd())
        return *it;
    const CapabilityIndex index = CapabilityIndex(m_capabilities.size());
    m_capabilities.push_back(CapabilityNode{slug, name.isEmpty() ? slug : name, -1});
    m_capabilityIndex.insert(slug, index);
    return index;
}

} // namespace sa
