// The analysis budgets of DESIGN.md ("Performance budgets"), run by hand: one full
// analysis of a 300-tool x 300-capability stack under 10 ms, and linear in edges from 1x
// to 100x (tools, capabilities and edges all scaled together). Each size is timed as the
// median of repeated runs, interleaved with a baseline measured in the same run: one pass
// over the same plain values (every product and tool capability, every integration)
// summing strengths. A dense 300 x 300 stack (every tool covers every capability) is
// reported as a stress case beside the budgets.
#include "analysis/stackanalysis.h"
#include "benchstats.h"
#include "syntheticstack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace sa;
using namespace sa::bench;

namespace {

constexpr double budgetMs = 10.0;

struct Figures
{
    QString label;
    int factor = 1;
    int tools = 0;
    int capabilities = 0;
    qint64 edges = 0;
    qint64 pairs = 0; // similar pairs found: output that grows with the edges too
    int runs = 0;
    double analysisMs = 0;
    double baselineMs = 0;
    double cpuMs = 0; // median thread CPU time of one analysis
};

// The floor: touch every edge of the input once, as any analysis must.
qint64 baselinePass(const AnalysisInput &in)
{
    qint64 sum = 0;
    for (const Product &p : in.products) {
        for (const ProductCapability &c : p.capabilities)
            sum += c.strength;
    }
    for (const Tool &t : in.tools) {
        for (const ToolCapability &c : t.capabilities)
            sum += c.strength;
    }
    for (const ToolIntegration &i : in.integrations)
        sum += i.a ^ i.b;
    return sum;
}

Figures measure(const QString &label, int factor, const test::SyntheticStackOptions &o, int runs)
{
    const AnalysisInput input = test::syntheticStack(o);
    Figures f;
    f.label = label;
    f.factor = factor;
    f.runs = runs;
    std::vector<double> analysis, baseline, cpu;
    volatile qint64 sink = 0;
    for (int r = 0; r < runs + 1; ++r) { // the first run warms caches and is dropped
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        const AnalysisResult result = analyzeStack(input);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuStart;
        timer.restart();
        sink = sink + baselinePass(input);
        const double baseMs = double(timer.nsecsElapsed()) / 1e6;
        if (r == 0) {
            f.tools = int(result.tools.size());
            f.capabilities = int(result.capabilities.size());
            f.edges = qint64(boost::num_edges(result.capabilityGraph.graph()))
                      + result.integrationGraph.edgeCount();
            f.pairs = qint64(result.similarPairs.size());
            continue;
        }
        analysis.push_back(ms);
        baseline.push_back(baseMs);
        cpu.push_back(cpuMs);
    }
    f.analysisMs = median(analysis);
    f.baselineMs = median(baseline);
    f.cpuMs = median(cpu);
    return f;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

double perEdge(double value, qint64 edges)
{
    return value / double(edges);
}

void printTable(QTextStream &out, const std::vector<Figures> &rows)
{
    out << "Analysis (bench_analysis): medians of repeated full analyses, load average "
        << loadAverage() << "\n\n";
    out << "| stack | tools | capabilities | edges | similar pairs | runs | wall ms | CPU ms "
           "| CPU ns/edge | baseline ns/edge | CPU ns/edge vs 1x | baseline ns/edge vs 1x |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    const Figures &one = rows.front();
    for (const Figures &f : rows) {
        const double cpu = perEdge(f.cpuMs * 1e6, f.edges);
        const double base = perEdge(f.baselineMs * 1e6, f.edges);
        out << "| " << f.label << " | " << f.tools << " | " << f.capabilities << " | " << f.edges
            << " | " << f.pairs << " | " << f.runs << " | " << fixed(f.analysisMs, 3) << " | "
            << fixed(f.cpuMs, 3) << " | " << fixed(cpu, 1) << " | " << fixed(base, 2) << " | "
            << fixed(cpu / perEdge(one.cpuMs * 1e6, one.edges), 2) << " | "
            << fixed(base / perEdge(one.baselineMs * 1e6, one.edges), 2) << " |\n";
    }
    // Verdicts on CPU time: other jobs on a shared machine stretch wall time, not the work.
    const Figures &hundred = rows[2];
    const double growth = perEdge(hundred.cpuMs, hundred.edges) / perEdge(one.cpuMs, one.edges);
    out << "\nbudget: 300 x 300 under " << budgetMs << " ms CPU: " << fixed(one.cpuMs, 3) << " ms, "
        << (one.cpuMs < budgetMs ? "PASS" : "OVER") << '\n';
    out << "CPU time per edge, 1x to 100x: " << fixed(growth, 2)
        << "x (the working set leaves the caches: see the baseline's growth; "
           "tests/bench/analysis-work counts the instructions per edge)\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // --profile N [--runs R]: only the Nx stack, no table, for perf or callgrind; prints
    // the edges and the number of analyses made (R timed runs after one warm-up).
    const QStringList args = app.arguments();
    const qsizetype profileAt = args.indexOf(QStringLiteral("--profile"));
    if (profileAt > 0 && profileAt + 1 < args.size()) {
        const int factor = args.at(profileAt + 1).toInt();
        test::SyntheticStackOptions o;
        o.tools = 300 * factor;
        o.capabilities = 300 * factor;
        const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
        const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt()
                                                                : 2000 / factor + 3;
        const Figures f = measure(args.at(profileAt + 1) + u'x', factor, o, runs);
        out << "edges " << f.edges << " analyses " << (runs + 1) << " cpu-ms " << fixed(f.cpuMs, 3)
            << '\n';
        return 0;
    }
    std::vector<Figures> rows;
    const std::pair<int, int> scales[] = {{1, 201}, {10, 31}, {100, 7}};
    for (const auto &[factor, runs] : scales) {
        test::SyntheticStackOptions o;
        o.tools = 300 * factor;
        o.capabilities = 300 * factor;
        rows.push_back(measure(QString::number(factor) + u'x', factor, o, runs));
        std::fprintf(stderr, "measured %dx\n", factor);
    }
    test::SyntheticStackOptions dense;
    dense.dense = true;
    rows.push_back(measure(QStringLiteral("dense 300 x 300"), 1, dense, 51));
    printTable(out, rows);
    return 0;
}
