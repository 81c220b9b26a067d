#include "mipsolver.h"

#include <QElapsedTimer>

#include <coin/Cbc_C_Interface.h>

#include <cmath>
#include <limits>
#include <memory>

namespace sa {

namespace {

// What the node callback needs: the caller's control and a count of calls.
struct NodeWatch
{
    const MipControl *control = nullptr;
    int calls = 0;
};

// CBC's cut callback runs at every node (and each round of cuts at the root): it reports
// progress, and once the flag is set it adds a cut no solution meets (x0 <= -1 with
// x0 >= 0), which closes the node, so the search ends within a node.
void COINLINKAGE_CB onNode(void *, void *osiCuts, void *appData)
{
    auto *watch = static_cast<NodeWatch *>(appData);
    ++watch->calls;
    if (watch->control->progress)
        watch->control->progress(MipProgress{watch->calls, std::nan(""), std::nan("")});
    if (watch->control->cancel && watch->control->cancel->load()) {
        const int column = 0;
        const double one = 1.0;
        OsiCuts_addRowCut(osiCuts, 1, &column, &one, 'L', -1.0);
    }
}

struct ModelDeleter
{
    void operator()(Cbc_Model *m) const { Cbc_deleteModel(m); }
};

} // namespace

MipResult solveMip(const PlanProblem &problem, const MipControl &control, const Selection &start)
{
    QElapsedTimer timer;
    timer.start();
    MipResult result;
    if (control.cancel && control.cancel->load()) {
        result.status = MipResult::Status::Cancelled;
        return result;
    }
    const std::unique_ptr<Cbc_Model, ModelDeleter> holder(Cbc_newModel());
    Cbc_Model *model = holder.get();
    const int n = problem.itemCount();
    double constant = 0;
    for (int i = 0; i < n; ++i) {
        const PlanItem &item = problem.item(i);
        constant += item.droppedCost;
        Cbc_addCol(model,
                   "",
                   item.locked ? 1 : 0,
                   1,
                   item.selectedCost - item.droppedCost,
                   1,
                   0,
                   nullptr,
                   nullptr);
    }
    std::vector<int> slack(problem.requirements.size(), -1);
    int columns = n;
    for (size_t r = 0; r < problem.requirements.size(); ++r) {
        if (problem.requirements[r].importance == Importance::Should) {
            Cbc_addCol(model, "", 0, 1, problem.shouldPenalty, 0, 0, nullptr, nullptr);
            slack[r] = columns++;
        }
    }
    std::vector<std::vector<int>> coveredBy(problem.requirements.size());
    for (int i = 0; i < n; ++i) {
        for (int r : problem.item(i).covers)
            coveredBy[size_t(r)].push_back(i);
    }
    std::vector<int> cols;
    std::vector<double> coefs;
    const auto row = [&](char sense, double rhs) {
        Cbc_addRow(model, "", int(cols.size()), cols.data(), coefs.data(), sense, rhs);
        cols.clear();
        coefs.clear();
    };
    for (size_t r = 0; r < problem.requirements.size(); ++r) {
        cols = coveredBy[r];
        coefs.assign(cols.size(), 1.0);
        if (slack[r] >= 0) {
            cols.push_back(slack[r]);
            coefs.push_back(1.0);
        }
        row('G', 1.0);
    }
    if (problem.budget) {
        for (int i = 0; i < n; ++i) {
            cols.push_back(i);
            coefs.push_back(double(problem.item(i).annualCost));
        }
        row('L', double(*problem.budget));
    }
    if (problem.maxVendors >= 0) {
        const int first = columns;
        for (size_t v = 0; v < problem.vendors.size(); ++v)
            Cbc_addCol(model, "", 0, 1, 0, 1, 0, nullptr, nullptr);
        columns += int(problem.vendors.size());
        for (int i = 0; i < n; ++i) {
            cols = {i, first + problem.item(i).vendor};
            coefs = {1.0, -1.0};
            row('L', 0.0);
        }
        for (size_t v = 0; v < problem.vendors.size(); ++v) {
            cols.push_back(first + int(v));
            coefs.push_back(1.0);
        }
        row('L', double(problem.maxVendors));
    }
    if (problem.requireHub) {
        for (int i = 0; i < n; ++i) {
            const PlanItem &item = problem.item(i);
            if (item.hub)
                continue;
            cols.push_back(i);
            coefs.push_back(1.0);
            for (int h : item.hubLinks) {
                cols.push_back(h);
                coefs.push_back(-1.0);
            }
            row('L', 0.0);
        }
    }

    if (start.size() == size_t(n)) {
        std::vector<int> idx(static_cast<size_t>(n));
        std::vector<double> val(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            idx[size_t(i)] = i;
            val[size_t(i)] = start[size_t(i)] ? 1.0 : 0.0;
        }
        Cbc_setMIPStartI(model, n, idx.data(), val.data());
    }
    Cbc_setMaximumSeconds(model, std::max(0.01, control.timeLimitSeconds));
    Cbc_setAllowableFractionGap(model, 0.0);
    Cbc_setAllowableGap(model, 0.5); // half a cent: costs are in cents
    // The solver's own log would go to stdout: off.
    Cbc_setParameter(model, "log", "0");
    Cbc_setParameter(model, "slog", "0");
    Cbc_setLogLevel(model, 0);
    NodeWatch watch{&control, 0};
    if (control.cancel || control.progress)
        Cbc_addCutCallback(model, &onNode, "watch", &watch);
    Cbc_solve(model);

    result.nodes = Cbc_getNodeCount(model);
    const double *x = Cbc_bestSolution(model);
    if (x) {
        result.selection.assign(size_t(n), false);
        for (int i = 0; i < n; ++i)
            result.selection[size_t(i)] = x[i] > 0.5;
        result.cost = evaluate(problem, result.selection).cost;
        result.bound = std::min(result.cost, Cbc_getBestPossibleObjValue(model) + constant);
        result.gap = result.cost > 0 ? (result.cost - result.bound) / result.cost : 0;
    }
    if (control.cancel && control.cancel->load())
        result.status = MipResult::Status::Cancelled;
    else if (Cbc_isProvenOptimal(model) && x)
        result.status = MipResult::Status::Optimal;
    else if (Cbc_isProvenInfeasible(model))
        result.status = MipResult::Status::Infeasible;
    else
        result.status = x ? MipResult::Status::Feasible : MipResult::Status::NoPlan;
    if (result.status == MipResult::Status::Optimal)
        result.gap = 0;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace sa
