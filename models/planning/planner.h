#pragma once

#include "analysis/analysisinput.h"
#include "domain/result.h"
#include "domain/scenario.h"
#include "greedycover.h"
#include "horizon.h"
#include "infeasibility.h"
#include "mipsolver.h"
#include "planoptions.h"
#include "roadmap.h"

#include <vector>

namespace sa {

// Everything one planner run found: the instance it solved, the greedy baseline, the
// optimizer's result, why no plan exists when none does, and the roadmap of the plan.
struct PlanResult
{
    PlanOptions options;
    Horizon horizon;
    PlanProblem problem;
    GreedyResult greedy;
    MipResult mip;
    std::vector<InfeasibleReason> infeasible;
    Roadmap roadmap;                    // of mip.selection when there is one
    std::vector<Product> addedProducts; // catalogue products the plan adds, for snapshots
    std::vector<ToolId> toolIds;        // by tool item

    bool hasPlan() const { return mip.hasPlan(); }
};

// The planner of DESIGN.md "Planner": analyses the workspace state (the analysis's
// coverage and hubs), builds and reduces the instance, runs the greedy cover, then CBC,
// then dates the plan. A run may take seconds: call it off the GUI thread with a cancel
// flag and a progress callback in control; a cancelled run returns the best plan found
// so far (mip.status Cancelled) and changes nothing anywhere.
Expected<PlanResult> planStack(const AnalysisInput &input,
                               const std::vector<Product> &catalogue,
                               const PlanOptions &options,
                               const MipControl &control = {});

// The must requirements that no active tool and no catalogue product with a published
// price meets at their minimum strength: no plan can cover them at any cost, so while
// they are in, every instance is infeasible. In requirement order.
std::vector<Requirement> uncoverableMusts(const AnalysisInput &input,
                                          const std::vector<Product> &catalogue);

// Takes the uncoverableMusts out of input's requirements, so that a plan can be made
// without them; returns the slugs taken out, in requirement order.
QStringList leaveOutUncoverableMusts(AnalysisInput *input, const std::vector<Product> &catalogue);

// The plan as a scenario the user can edit: a retire decision per retired tool (on its
// retirement date, with its migration cost), an add per added product.
Scenario planScenario(const PlanResult &result, const QString &name);

} // namespace sa
