#include "stackanalysis.h"

#include "analysissteps.h"

namespace sa {

AnalysisResult analyzeStack(const AnalysisInput &input)
{
    AnalysisResult result;
    result.settings = input.settings;
    std::vector<const Tool *> active;
    QHash<ToolId, ToolIndex> indexOf;
    for (const Tool &tool : input.tools) {
        if (!tool.isActive()) {
            ++result.retiredTools;
            continue;
        }
        indexOf.insert(tool.id, ToolIndex(active.size()));
        active.push_back(&tool);
    }

    result.capabilityGraph = CapabilityGraph(active, input);
    const CapabilityGraph &cg = result.capabilityGraph;
    std::vector<QString> categories;
    result.tools.reserve(active.size());
    for (size_t t = 0; t < active.size(); ++t) {
        const Tool &tool = *active[t];
        AnalyzedTool analyzed;
        analyzed.id = tool.id;
        analyzed.name = tool.name;
        analyzed.categorySlug = cg.toolCategory(ToolIndex(t));
        analyzed.annualCost = tool.annualCost;
        analyzed.capabilityCount = int(boost::out_degree(cg.toolVertex(ToolIndex(t)), cg.graph()));
        result.annualCost += tool.annualCost;
        categories.push_back(analyzed.categorySlug);
        result.tools.push_back(std::move(analyzed));
    }
    result.rankNames();
    result.capabilities.reserve(size_t(cg.capabilityCount()));
    for (CapabilityIndex c = 0; c < cg.capabilityCount(); ++c) {
        const CapabilityGraph::CapabilityNode &node = cg.capability(c);
        result.capabilities.push_back(AnalyzedCapability{
            node.slug, node.name, node.category >= 0 ? cg.categorySlug(node.category) : QString()});
    }
    result.removal.resize(active.size());

    std::vector<std::pair<ToolIndex, ToolIndex>> links;
    links.reserve(input.integrations.size());
    for (const ToolIntegration &i : input.integrations) {
        const auto a = indexOf.constFind(i.a), b = indexOf.constFind(i.b);
        if (a != indexOf.constEnd() && b != indexOf.constEnd())
            links.emplace_back(*a, *b);
    }

    analysissteps::coverage(&result);
    analysissteps::overlaps(&result);
    analysissteps::gaps(&result, input.requirements);
    analysissteps::similarPairs(&result);
    analysissteps::shelfware(&result, active);
    analysissteps::connectivity(&result, active, links, categories);
    return result;
}

} // namespace sa
