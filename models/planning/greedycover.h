#pragma once

#include "planproblem.h"

namespace sa {

// The baseline every optimizer result is shown against: weighted greedy set cover. Locked
// tools and tools that cost no more kept than retired are in from the start; then, while
// a must requirement is open, the item with the lowest extra cost per newly met must or
// should requirement joins; after that, an item joins only while it costs less than the
// penalties of the should requirements it meets. Budget, vendor and hub constraints are
// not steered for, only checked: evaluation.feasible() says whether greedy kept them.
struct GreedyResult
{
    Selection selection;
    PlanEvaluation evaluation;
};

GreedyResult greedyCover(const PlanProblem &problem);

} // namespace sa
