#include "candidatereduction.h"

#include <algorithm>
#include <numeric>

namespace sa {

namespace {

bool linksCovered(const std::vector<int> &needed, const std::vector<int> &offered)
{
    return std::includes(offered.begin(), offered.end(), needed.begin(), needed.end());
}

} // namespace

std::vector<bool> dominatedCandidates(const std::vector<PlanItem> &candidates,
                                      int requirementCount,
                                      bool sameVendor,
                                      bool hubLinks)
{
    const size_t n = candidates.size();
    std::vector<RequirementBits> bits;
    bits.reserve(n);
    for (const PlanItem &c : candidates)
        bits.push_back(requirementBits(c.covers, requirementCount));
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const PlanItem &x = candidates[size_t(a)];
        const PlanItem &y = candidates[size_t(b)];
        if (x.selectedCost != y.selectedCost)
            return x.selectedCost < y.selectedCost;
        if (x.annualCost != y.annualCost)
            return x.annualCost < y.annualCost;
        if (x.covers.size() != y.covers.size())
            return x.covers.size() > y.covers.size();
        return x.name < y.name || (x.name == y.name && a < b);
    });
    std::vector<bool> dominated(n, false);
    std::vector<int> kept;
    for (int p : order) {
        const PlanItem &cp = candidates[size_t(p)];
        const bool mayDrop = !(hubLinks && cp.hub);
        const bool drop
            = mayDrop && std::any_of(kept.begin(), kept.end(), [&](int q) {
                  const PlanItem &cq = candidates[size_t(q)];
                  return cq.annualCost <= cp.annualCost && (!sameVendor || cq.vendor == cp.vendor)
                         && (!hubLinks || cq.hub || linksCovered(cp.hubLinks, cq.hubLinks))
                         && isSubset(bits[size_t(p)], bits[size_t(q)]);
              });
        if (drop)
            dominated[size_t(p)] = true;
        else
            kept.push_back(p);
    }
    return dominated;
}

} // namespace sa
