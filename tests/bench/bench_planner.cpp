// The optimizer budget of DESIGN.md ("Performance budgets"), run by hand: generated
// instances up to 300 tools + 3,000 candidates x 250 capabilities (syntheticplan.h),
// each solved to a proven optimum by CBC. Printed per size (median over seeds): the
// candidates left after dropping dominated ones, the time to build the instance, the
// greedy cover's time, CBC's time to the proven optimum, the nodes it explored, and the
// optimizer's cost against greedy's (objective over the horizon, penalties included).
// A constrained case (every kept tool on a hub, a budget cap 1 % above the run rate of
// the optimum under that rule and a vendor cap at its vendor count) is reported beside.
#include "analysis/stackanalysis.h"
#include "benchstats.h"
#include "planning/greedycover.h"
#include "planning/mipsolver.h"
#include "planning/planproblembuilder.h"
#include "syntheticplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace sa;
using namespace sa::bench;

namespace {

constexpr double budgetSeconds = 2.0;

struct Row
{
    QString label;
    int tools = 0, candidates = 0, capabilities = 0;
    std::vector<double> kept, buildMs, greedyMs, mipMs, nodes, saving;
    int proven = 0, runs = 0;
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void run(Row *row, unsigned seed, bool constrained)
{
    SyntheticPlanOptions o;
    o.tools = row->tools;
    o.candidates = row->candidates;
    o.capabilities = row->capabilities;
    o.seed = seed;
    const SyntheticPlan plan = syntheticPlan(o);
    PlanOptions options;
    options.start = QDate(2025, 1, 1);
    QElapsedTimer t;
    t.start();
    const AnalysisResult analysis = analyzeStack(plan.input);
    Expected<PlanProblem> problem
        = PlanProblemBuilder(plan.input, analysis, options).build(plan.catalogue);
    row->buildMs.push_back(ms(t));
    if (!problem)
        qFatal("%s", qPrintable(problem.error().message));
    t.restart();
    GreedyResult greedy = greedyCover(*problem);
    row->greedyMs.push_back(ms(t));
    MipControl control;
    control.timeLimitSeconds = 60;
    if (constrained) {
        // Every kept tool on a hub; then a budget cap and a vendor cap just above what
        // the optimum under that rule spends and uses, so that all three bind or nearly.
        problem->requireHub = true;
        const MipResult hubbed = solveMip(*problem, control);
        const PlanEvaluation e = evaluate(*problem, hubbed.selection);
        problem->budget = Cents(double(e.annualCost) * 1.01);
        problem->maxVendors = e.vendorCount;
        greedy = greedyCover(*problem);
    }
    t.restart();
    const MipResult mip = solveMip(
        *problem, control, greedy.evaluation.feasible() ? greedy.selection : Selection());
    row->mipMs.push_back(ms(t));
    row->kept.push_back(problem->candidatesConsidered - problem->candidatesDominated);
    row->nodes.push_back(mip.nodes);
    row->proven += mip.status == MipResult::Status::Optimal ? 1 : 0;
    if (qEnvironmentVariableIsSet("SA_BENCH_VERBOSE"))
        qInfo("seed %u: status %d, %.1f ms, gap %.4f",
              seed,
              int(mip.status),
              row->mipMs.back(),
              mip.gap);
    ++row->runs;
    if (greedy.evaluation.feasible() && mip.hasPlan())
        row->saving.push_back(100.0 * (greedy.evaluation.cost - mip.cost) / greedy.evaluation.cost);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int seeds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    const auto row = [](const char *label, int tools, int candidates, int capabilities) {
        Row r;
        r.label = QLatin1String(label);
        r.tools = tools;
        r.candidates = candidates;
        r.capabilities = capabilities;
        return r;
    };
    std::vector<Row> rows{row("small", 30, 300, 25),
                          row("medium", 100, 1000, 100),
                          row("budget size", 300, 3000, 250),
                          row("budget size, constrained", 300, 3000, 250)};
    out << "Planner (bench_planner), median of " << seeds << " seeds; load average "
        << loadAverage() << "\n\n"
        << "| instance | tools | candidates (kept) | capabilities | build ms | greedy ms | CBC ms "
           "| nodes | proven | optimizer below greedy |\n"
        << "|---|---|---|---|---|---|---|---|---|---|\n";
    bool withinBudget = true;
    for (size_t k = 0; k < rows.size(); ++k) {
        Row &r = rows[k];
        for (int s = 1; s <= seeds; ++s)
            run(&r, unsigned(s), k == 3);
        out << "| " << r.label << " | " << r.tools << " | " << r.candidates << " ("
            << median(r.kept) << ") | " << r.capabilities << " | "
            << QString::number(median(r.buildMs), 'f', 1) << " | "
            << QString::number(median(r.greedyMs), 'f', 1) << " | "
            << QString::number(median(r.mipMs), 'f', 1) << " | " << median(r.nodes) << " | "
            << r.proven << "/" << r.runs << " | "
            << (r.saving.empty() ? QStringLiteral("n/a")
                                 : QString::number(median(r.saving), 'f', 2) + u" %")
            << " |\n";
        out.flush();
        if (k == 2)
            withinBudget = r.proven == r.runs
                           && (median(r.buildMs) + median(r.greedyMs) + median(r.mipMs))
                                  < budgetSeconds * 1000;
    }
    out << "\nBudget: proven optimum for 300 tools + 3,000 candidates x 250 capabilities in under "
        << budgetSeconds << " s (build + greedy + CBC): " << (withinBudget ? "met" : "NOT met")
        << '\n';
    return withinBudget ? 0 : 1;
}
