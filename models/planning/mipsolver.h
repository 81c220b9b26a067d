#pragma once

#include "planproblem.h"

#include <QString>

#include <atomic>
#include <functional>

namespace sa {

// How far the branch and bound has got: nodes visited so far (rounds of cuts at the root
// count too). incumbent and bound (cents over the horizon) are NaN: CBC's C interface
// gives them only through its log, which would print.
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
        Optimal,     // proven optimal
        Feasible,    // a plan, but the time limit came first: see gap
        Infeasible,  // proven: no plan meets every constraint
        Cancelled,   // stopped by the cancel flag; selection holds the best plan found, if any
        NoPlan,      // stopped (time limit) before any plan was found
        Unavailable, // the solver module could not be loaded: see error
    };
    Status status = Status::NoPlan;
    Selection selection;
    double cost = 0;  // the selection's cost, as evaluate() counts it
    double bound = 0; // lower bound on the optimum
    double gap = 0;   // (cost - bound) / cost, 0 when proven optimal
    int nodes = 0;
    double seconds = 0;
    QString error; // why the solve could not run (Unavailable)

    bool hasPlan() const { return !selection.empty(); }
};

// The plan as a mixed-integer program, solved by COIN-OR CBC through its C interface in
// a module opened on the first solve (cbcmodule.h).
// One binary per item (keep a tool / add a candidate), a continuous slack per should
// requirement (its penalty), one binary per vendor when their number is capped; rows for
// must and should coverage, the budget, the vendor cap and the hub links. Locked tools
// are fixed at 1. The greedy selection, when feasible, is passed as the MIP start. CBC
// stops on the time limit. The cancel flag is checked before the solve; during it, a cut
// callback registered through Cbc_addCutCallback reports progress and, once the flag is
// set, cuts the node off. With Debian's CBC 2.10.8 that callback was not seen to run on
// small instances (they are solved at the root), so within a solve the time limit is
// what bounds the wait; a cancelled run is reported as Cancelled whatever CBC did.
MipResult
solveMip(const PlanProblem &problem, const MipControl &control, const Selection &start = {});

} // namespace sa
