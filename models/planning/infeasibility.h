#pragma once

#include "mipsolver.h"
#include "planproblem.h"

#include <QStringList>

#include <vector>

namespace sa {

// Why no plan meets the constraints, in words a user can act on: which must capabilities
// cannot be covered and which constraint stands in the way.
struct InfeasibleReason
{
    enum class Constraint { NoProvider, Excluded, Locked, Budget, MaxVendors, Hub, Combined };
    Constraint constraint = Constraint::NoProvider;
    QStringList capabilities; // names, in requirement order; empty for Locked-only reasons
    QString message;
};
QString constraintName(InfeasibleReason::Constraint c); // "no_provider", "excluded", ...

// Checks each must requirement on its own first (nobody covers it; only excluded products
// do; nothing covering it reaches a hub; its cheapest cover does not fit the budget next
// to the locked tools), then, when each is coverable alone but not all together, finds
// the constraint whose removal makes the plan feasible and a minimal set of must
// requirements that cannot be met together under it (a deletion filter: dropping any
// one of them makes the rest feasible). Runs CBC a few times on the problem's size.
std::vector<InfeasibleReason> explainInfeasibility(const PlanProblem &problem,
                                                   const MipControl &control);

} // namespace sa
