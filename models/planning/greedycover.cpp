#include "greedycover.h"

#include <limits>

namespace sa {

namespace {

double extraCost(const PlanItem &item)
{
    return item.selectedCost - item.droppedCost;
}

} // namespace

GreedyResult greedyCover(const PlanProblem &problem)
{
    const int n = problem.itemCount();
    Selection selected(size_t(n), false);
    std::vector<bool> met(problem.requirements.size(), false);
    const auto take = [&](int i) {
        selected[size_t(i)] = true;
        for (int r : problem.item(i).covers)
            met[size_t(r)] = true;
    };
    for (int i = 0; i < n; ++i) {
        if (problem.item(i).locked || extraCost(problem.item(i)) <= 0)
            take(i);
    }
    for (;;) {
        bool mustOpen = false;
        for (size_t r = 0; r < met.size(); ++r)
            mustOpen
                = mustOpen || (!met[r] && problem.requirements[r].importance == Importance::Must);
        int best = -1;
        double bestRatio = std::numeric_limits<double>::infinity();
        for (int i = 0; i < n; ++i) {
            if (selected[size_t(i)])
                continue;
            int musts = 0;
            int shoulds = 0;
            for (int r : problem.item(i).covers) {
                if (met[size_t(r)])
                    continue;
                (problem.requirements[size_t(r)].importance == Importance::Must ? musts
                                                                                : shoulds)++;
            }
            if (musts + shoulds == 0)
                continue;
            const double cost = extraCost(problem.item(i));
            if (!mustOpen && cost >= problem.shouldPenalty * shoulds)
                continue;
            const double ratio = cost / double(musts + shoulds);
            if (ratio < bestRatio) {
                bestRatio = ratio;
                best = i;
            }
        }
        if (best < 0)
            break;
        take(best);
    }
    GreedyResult result;
    result.evaluation = evaluate(problem, selected);
    result.selection = std::move(selected);
    return result;
}

} // namespace sa
