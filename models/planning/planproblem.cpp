#include "planproblem.h"

#include <algorithm>

namespace sa {

PlanEvaluation evaluate(const PlanProblem &problem, const Selection &selection)
{
    PlanEvaluation e;
    std::vector<int> coverCount(problem.requirements.size(), 0);
    std::vector<bool> vendorUsed(problem.vendors.size(), false);
    for (int i = 0; i < problem.itemCount(); ++i) {
        const PlanItem &item = problem.item(i);
        const bool selected = selection[size_t(i)];
        e.cost += selected ? item.selectedCost : item.droppedCost;
        if (!selected) {
            if (item.locked)
                e.unlockedLocked.push_back(i);
            continue;
        }
        e.annualCost += item.annualCost;
        for (int r : item.covers)
            ++coverCount[size_t(r)];
        if (item.vendor >= 0 && size_t(item.vendor) < vendorUsed.size()
            && !vendorUsed[size_t(item.vendor)]) {
            vendorUsed[size_t(item.vendor)] = true;
            ++e.vendorCount;
        }
        if (problem.requireHub && !item.hub
            && std::none_of(item.hubLinks.begin(), item.hubLinks.end(), [&](int h) {
                   return selection[size_t(h)];
               }))
            e.withoutHub.push_back(i);
    }
    for (size_t r = 0; r < problem.requirements.size(); ++r) {
        if (coverCount[r] > 0)
            continue;
        if (problem.requirements[r].importance == Importance::Must) {
            e.uncoveredMust.push_back(int(r));
        } else {
            e.uncoveredShould.push_back(int(r));
            e.penalty += problem.shouldPenalty;
        }
    }
    e.cost += e.penalty;
    e.overBudget = problem.budget && e.annualCost > *problem.budget;
    e.overVendors = problem.maxVendors >= 0 && e.vendorCount > problem.maxVendors;
    return e;
}

RequirementBits requirementBits(const std::vector<int> &covers, int requirementCount)
{
    RequirementBits bits(size_t((requirementCount + 63) / 64), 0);
    for (int r : covers)
        bits[size_t(r / 64)] |= std::uint64_t(1) << (r % 64);
    return bits;
}

bool isSubset(const RequirementBits &a, const RequirementBits &b)
{
    for (size_t w = 0; w < a.size(); ++w) {
        if ((a[w] & ~b[w]) != 0)
            return false;
    }
    return true;
}

} // namespace sa
