// Coverage: who covers each capability how strongly, and what that makes redundant.
#include "analysissteps.h"

namespace sa::analysissteps {

namespace {

// The best and second-best strength a capability gets, and how many tools give the best.
struct Cover
{
    int best = 0;
    int second = 0;
    int atBest = 0;
};

} // namespace

void coverage(AnalysisResult *result)
{
    const CapabilityGraph &cg = result->capabilityGraph;
    const auto &g = cg.graph();
    std::vector<Cover> covers(size_t(cg.capabilityCount()));
    for (CapabilityIndex c = 0; c < cg.capabilityCount(); ++c) {
        Cover &cover = covers[size_t(c)];
        AnalyzedCapability &capability = result->capabilities[size_t(c)];
        for (const auto e :
             boost::make_iterator_range(boost::in_edges(cg.capabilityVertex(c), g))) {
            const int s = g[e].strength;
            ++capability.toolCount;
            if (s > cover.best) {
                cover.second = cover.best;
                cover.best = s;
                cover.atBest = 1;
            } else if (s == cover.best) {
                ++cover.atBest;
            } else {
                cover.second = std::max(cover.second, s);
            }
        }
        capability.bestStrength = cover.best;
        if (capability.toolCount == 1) {
            const auto e = *boost::in_edges(cg.capabilityVertex(c), g).first;
            result->removal[size_t(boost::source(e, g))].onlyCovers.push_back(c);
        }
    }
    for (ToolIndex t = 0; t < cg.toolCount(); ++t) {
        bool redundant = true;
        for (const auto e : boost::make_iterator_range(boost::out_edges(cg.toolVertex(t), g))) {
            const Cover &cover = covers[size_t(cg.capabilityOf(boost::target(e, g)))];
            const int s = g[e].strength;
            // The strongest other tool: the runner-up when this tool alone is the best.
            const int other = (s == cover.best && cover.atBest == 1) ? cover.second : cover.best;
            redundant = redundant && other >= s;
        }
        if (result->tools[size_t(t)].capabilityCount == 0)
            result->withoutCapabilities.push_back(t);
        else if (redundant)
            result->fullyRedundant.push_back(t);
        auto &only = result->removal[size_t(t)].onlyCovers;
        std::sort(only.begin(), only.end(), [result](CapabilityIndex a, CapabilityIndex b) {
            return result->capabilityBefore(a, b);
        });
    }
    result->sortByName(&result->fullyRedundant);
    result->sortByName(&result->withoutCapabilities);
}

} // namespace sa::analysissteps
