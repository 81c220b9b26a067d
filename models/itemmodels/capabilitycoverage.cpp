#include "capabilitycoverage.h"

#include <QCoreApplication>

namespace sa {

QString coverageName(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Gap:
        return QCoreApplication::translate("sa::Coverage", "Gap");
    case Coverage::Overlapped:
        return QCoreApplication::translate("sa::Coverage", "Overlapped");
    case Coverage::CoveredOnce:
        return QCoreApplication::translate("sa::Coverage", "Covered once");
    case Coverage::NotRequired:
        break;
    }
    return QCoreApplication::translate("sa::Coverage", "Not required");
}

CapabilityCoverage::CapabilityCoverage(const AnalysisResult &result)
{
    const size_t count = result.capabilities.size();
    coverage.assign(count, Coverage::NotRequired);
    tools.resize(count);
    const CapabilityGraph &cg = result.capabilityGraph;
    const auto &g = cg.graph();
    for (CapabilityIndex c = 0; c < cg.capabilityCount(); ++c) {
        std::vector<CoveringTool> &list = tools[size_t(c)];
        for (const auto e : boost::make_iterator_range(boost::in_edges(cg.capabilityVertex(c), g)))
            list.push_back(CoveringTool{cg.toolOf(boost::source(e, g)), g[e].strength});
        std::sort(
            list.begin(), list.end(), [&result](const CoveringTool &a, const CoveringTool &b) {
                if (a.strength != b.strength)
                    return a.strength > b.strength;
                return result.nameBefore(a.tool, b.tool);
            });
        if (!list.empty())
            coverage[size_t(c)] = Coverage::CoveredOnce;
    }
    for (const Overlap &o : result.overlaps)
        coverage[size_t(o.capability)] = Coverage::Overlapped;
    for (const Gap &gap : result.gaps)
        coverage[size_t(gap.capability)] = Coverage::Gap;
}

} // namespace sa
