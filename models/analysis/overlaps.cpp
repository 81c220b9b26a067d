// Overlaps: capabilities two or more tools cover at the threshold, and what the extra
// tools cost for them.
#include "analysissteps.h"

#include <numeric>

namespace sa::analysissteps {

void overlaps(AnalysisResult *result)
{
    const CapabilityGraph &cg = result->capabilityGraph;
    const auto &g = cg.graph();
    const int threshold = result->settings.overlapThreshold;
    struct Entry
    {
        ToolIndex tool;
        int strength;
        Cents share;
    };
    std::vector<Entry> entries;
    for (CapabilityIndex c = 0; c < cg.capabilityCount(); ++c) {
        entries.clear();
        for (const auto e :
             boost::make_iterator_range(boost::in_edges(cg.capabilityVertex(c), g))) {
            if (g[e].strength >= threshold)
                entries.push_back({cg.toolOf(boost::source(e, g)), g[e].strength, g[e].share});
        }
        if (entries.size() < 2)
            continue;
        // The primary rule: highest strength, then lowest annual cost, then name.
        std::sort(entries.begin(), entries.end(), [result](const Entry &a, const Entry &b) {
            if (a.strength != b.strength)
                return a.strength > b.strength;
            const Cents ca = result->tools[size_t(a.tool)].annualCost;
            const Cents cb = result->tools[size_t(b.tool)].annualCost;
            if (ca != cb)
                return ca < cb;
            return result->nameBefore(a.tool, b.tool);
        });
        Overlap overlap;
        overlap.capability = c;
        for (const Entry &entry : entries) {
            overlap.tools.push_back(entry.tool);
            overlap.strengths.push_back(entry.strength);
            overlap.shares.push_back(entry.share);
        }
        overlap.redundantCost
            = std::accumulate(overlap.shares.begin() + 1, overlap.shares.end(), Cents(0));
        result->redundantCost += overlap.redundantCost;
        result->overlaps.push_back(std::move(overlap));
    }
    std::sort(result->overlaps.begin(),
              result->overlaps.end(),
              [result](const Overlap &a, const Overlap &b) {
                  if (a.redundantCost != b.redundantCost)
                      return a.redundantCost > b.redundantCost;
                  return result->capabilityBefore(a.capability, b.capability);
              });
}

} // namespace sa::analysissteps
