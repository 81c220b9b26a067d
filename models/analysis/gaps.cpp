// Gaps: what the requirements ask for and no active tool gives at the strength asked.
#include "analysissteps.h"

namespace sa::analysissteps {

void gaps(AnalysisResult *result, const std::vector<Requirement> &requirements)
{
    for (const Requirement &r : requirements) {
        if (r.importance == Importance::Nice)
            continue;
        const CapabilityIndex c = result->capabilityGraph.capabilityIndex(r.capabilitySlug);
        const int best = c >= 0 ? result->capabilities[size_t(c)].bestStrength : 0;
        if (best < r.minStrength)
            result->gaps.push_back(Gap{c, r.importance, r.minStrength, best});
    }
    std::sort(result->gaps.begin(), result->gaps.end(), [result](const Gap &a, const Gap &b) {
        if (a.importance != b.importance)
            return a.importance < b.importance; // must, then should
        return result->capabilityBefore(a.capability, b.capability);
    });
}

} // namespace sa::analysissteps
