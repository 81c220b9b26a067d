#include "mipsolver.h"

#include "cbcmodule.h"

#include <QElapsedTimer>

#include <cmath>

namespace sa {

namespace {

// The program in the plain arrays the CBC module takes (cbcbridge.h).
struct MipMatrix
{
    std::vector<double> lower, upper, objective;
    std::vector<char> integer;
    std::vector<int> rowStart{0}, rowColumn;
    std::vector<double> rowValue, rowRhs;
    std::vector<char> rowSense;

    int column(double lo, double up, double cost, bool whole)
    {
        lower.push_back(lo);
        upper.push_back(up);
        objective.push_back(cost);
        integer.push_back(whole ? 1 : 0);
        return int(lower.size()) - 1;
    }
    void row(const std::vector<int> &cols, const std::vector<double> &coefs, char sense, double rhs)
    {
        rowColumn.insert(rowColumn.end(), cols.begin(), cols.end());
        rowValue.insert(rowValue.end(), coefs.begin(), coefs.end());
        rowStart.push_back(int(rowColumn.size()));
        rowSense.push_back(sense);
        rowRhs.push_back(rhs);
    }
};

// Columns: one binary per item, a slack per should requirement, a binary per vendor when
// their number is capped. Rows: coverage, budget, vendor cap, hub links.
MipMatrix buildMatrix(const PlanProblem &problem)
{
    MipMatrix m;
    const int n = problem.itemCount();
    for (int i = 0; i < n; ++i) {
        const PlanItem &item = problem.item(i);
        m.column(item.locked ? 1 : 0, 1, item.selectedCost - item.droppedCost, true);
    }
    std::vector<int> slack(problem.requirements.size(), -1);
    for (size_t r = 0; r < problem.requirements.size(); ++r) {
        if (problem.requirements[r].importance == Importance::Should)
            slack[r] = m.column(0, 1, problem.shouldPenalty, false);
    }
    std::vector<std::vector<int>> coveredBy(problem.requirements.size());
    for (int i = 0; i < n; ++i) {
        for (int r : problem.item(i).covers)
            coveredBy[size_t(r)].push_back(i);
    }
    for (size_t r = 0; r < problem.requirements.size(); ++r) {
        std::vector<int> cols = coveredBy[r];
        if (slack[r] >= 0)
            cols.push_back(slack[r]);
        m.row(cols, std::vector<double>(cols.size(), 1.0), 'G', 1.0);
    }
    if (problem.budget) {
        std::vector<int> cols;
        std::vector<double> coefs;
        for (int i = 0; i < n; ++i) {
            cols.push_back(i);
            coefs.push_back(double(problem.item(i).annualCost));
        }
        m.row(cols, coefs, 'L', double(*problem.budget));
    }
    if (problem.maxVendors >= 0) {
        const int first = int(m.lower.size());
        std::vector<int> vendors;
        for (size_t v = 0; v < problem.vendors.size(); ++v)
            vendors.push_back(m.column(0, 1, 0, true));
        for (int i = 0; i < n; ++i)
            m.row({i, first + problem.item(i).vendor}, {1.0, -1.0}, 'L', 0.0);
        m.row(vendors, std::vector<double>(vendors.size(), 1.0), 'L', double(problem.maxVendors));
    }
    if (problem.requireHub) {
        for (int i = 0; i < n; ++i) {
            const PlanItem &item = problem.item(i);
            if (item.hub)
                continue;
            std::vector<int> cols{i};
            std::vector<double> coefs{1.0};
            for (int h : item.hubLinks) {
                cols.push_back(h);
                coefs.push_back(-1.0);
            }
            m.row(cols, coefs, 'L', 0.0);
        }
    }
    return m;
}

// Reports progress at every node and tells the module to stop once cancelled.
int onNode(const void *context, int calls)
{
    const auto *control = static_cast<const MipControl *>(context);
    if (control->progress)
        control->progress(MipProgress{calls, std::nan(""), std::nan("")});
    return control->cancel && control->cancel->load() ? 1 : 0;
}

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
    const Expected<SaSolveMip> solve = cbcSolver();
    if (!solve) {
        result.status = MipResult::Status::Unavailable;
        result.error = solve.error().message;
        return result;
    }
    const int n = problem.itemCount();
    double constant = 0;
    for (int i = 0; i < n; ++i)
        constant += problem.item(i).droppedCost;
    const MipMatrix m = buildMatrix(problem);

    std::vector<int> startColumn;
    std::vector<double> startValue;
    if (start.size() == size_t(n)) {
        for (int i = 0; i < n; ++i) {
            startColumn.push_back(i);
            startValue.push_back(start[size_t(i)] ? 1.0 : 0.0);
        }
    }
    const SaMipModel model{int(m.lower.size()),
                           m.lower.data(),
                           m.upper.data(),
                           m.objective.data(),
                           m.integer.data(),
                           int(m.rowSense.size()),
                           m.rowStart.data(),
                           m.rowColumn.data(),
                           m.rowValue.data(),
                           m.rowSense.data(),
                           m.rowRhs.data(),
                           int(startColumn.size()),
                           startColumn.data(),
                           startValue.data(),
                           control.timeLimitSeconds,
                           0.5, // half a cent: costs are in cents
                           control.cancel || control.progress ? &onNode : nullptr,
                           &control};
    std::vector<double> x(m.lower.size());
    SaMipSolution solution{x.data(), 0, 0, 0, 0, 0};
    if ((*solve)(&model, &solution) != 0) {
        result.status = MipResult::Status::Unavailable;
        result.error = QStringLiteral("the solver could not start");
        return result;
    }

    result.nodes = solution.nodes;
    if (solution.hasSolution) {
        result.selection.assign(size_t(n), false);
        for (int i = 0; i < n; ++i)
            result.selection[size_t(i)] = x[size_t(i)] > 0.5;
        result.cost = evaluate(problem, result.selection).cost;
        result.bound = std::min(result.cost, solution.bestPossible + constant);
        result.gap = result.cost > 0 ? (result.cost - result.bound) / result.cost : 0;
    }
    if (control.cancel && control.cancel->load())
        result.status = MipResult::Status::Cancelled;
    else if (solution.provenOptimal && solution.hasSolution)
        result.status = MipResult::Status::Optimal;
    else if (solution.provenInfeasible)
        result.status = MipResult::Status::Infeasible;
    else
        result.status
            = solution.hasSolution ? MipResult::Status::Feasible : MipResult::Status::NoPlan;
    if (result.status == MipResult::Status::Optimal)
        result.gap = 0;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace sa
