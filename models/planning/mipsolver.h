#pragma once

#include "planproblem.h"

#include <atomic>
#include <functional>

namespace sa {

// How far the branch and bound has got: nodes explored, the best plan's cost so far and
// the bound no plan can beat (cents over the horizon; NaN until known).
struct MipProgress
{
    int nodes = 0;
    double incumbent = 0;
    double bound = 0;
};

// How a solve is run: a time limit, a cancel flag another thread may set, and a progress
// callback (called on the solving thread).
struct MipControl
{
    double timeLimitSeconds = 60;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const MipProgress &)> progress;
};

struct MipResult
{
    enum class Status {
        Optimal,    // proven optimal
        Feasible,   // a plan, but the time limit came first: see gap
        Infeasible, // proven: no plan meets every constraint
        Cancelled,  // stopped by the cancel flag; selection holds the best plan found, if any
        NoPlan,     // stopped (time limit) before any plan was found
    };
    Status status = Status::NoPlan;
    Selection selection;
    double cost = 0;  // the selection's cost, as evaluate() counts it
    double bound = 0; // lower bound on the optimum
    double gap = 0;   // (cost - bound) / cost, 0 when proven optimal
    int nodes = 0;
    double seconds = 0;

    bool hasPlan() const { return !selection.empty(); }
};

// The plan as a mixed-integer program, solved by COIN-OR CBC through its C interface.
// One binary per item (keep a tool / add a candidate), a continuous slack per should
// requirement (its penalty), one binary per vendor when their number is capped; rows for
// must and should coverage, the budget, the vendor cap and the hub links. Locked tools
// are fixed at 1. The greedy selection, when feasible, is passed as the MIP start. CBC
// stops on the time limit, or at the next node after the cancel flag is set (a cut
// callback then cuts every open node off).
MipResult
solveMip(const PlanProblem &problem, const MipControl &control, const Selection &start = {});

} // namespace sa
