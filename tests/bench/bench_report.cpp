// The PDF review budget of DESIGN.md ("Performance budgets"), run by hand: the report of
// a generated 300-tool workspace (syntheticstack.h, with a shortlist of three products and
// a saved scenario retiring 30 tools) written by a child `stackatlas-cli report`, timed
// from spawn to exit, with its peak memory (ru_maxrss from wait4). Beside it, in the same
// run and interleaved, the baseline `stackatlas-cli analyze --json` over the same file:
// the same process start, workspace read and analysis, without the plan, the layout and
// the painting. Budgets: under 3 s and under 300 MB.
#include "analysisfixture.h"
#include "benchstats.h"
#include "store/workspacefile.h"
#include "storefixture.h"
#include "syntheticstack.h"
#include "testutil.h"
#include "timedprocess.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sa;
using namespace sa::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr double budgetMs = 3000;
constexpr double budgetMb = 300;

struct Case
{
    QString label;
    QStringList args;
    std::vector<double> wallMs, cpuMs, rssMb;
};

QString makeWorkspace(const QString &dir)
{
    test::SyntheticStackOptions o;
    o.tools = 300;
    const AnalysisInput in = test::syntheticStack(o);
    const QString path = dir + u"/bench.stackatlas";
    WorkspaceInfo info;
    info.company = u"Bench Corp"_s;
    info.preparedBy = u"Bench"_s;
    WorkspaceImport content = test::importOf(in);
    content.products = in.products; // the snapshots the product tools refer to
    OpenedWorkspace opened = createWorkspace(path, info, content);
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.message));
    Shortlist list;
    list.name = u"Three"_s;
    list.productSlugs = {u"product-0"_s, u"product-2"_s, u"product-4"_s};
    if (!opened.store->addShortlist(list).ok())
        qFatal("cannot add the shortlist");
    Scenario s;
    s.name = u"Thirty out"_s;
    s.start = QDate(2027, 1, 1);
    for (const Tool &t : opened.store->tools()) {
        if (s.decisions.size() < 30 && t.isActive()) {
            Decision d;
            d.toolId = t.id;
            d.action = DecisionAction::Retire;
            d.effective = QDate(2027, 6, 30);
            d.oneOffCost = 10'000;
            s.decisions.push_back(d);
        }
    }
    if (!opened.store->saveScenario(s, {}).ok())
        qFatal("cannot save the scenario");
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 7;
    QTemporaryDir dir;
    const QString workspace = makeWorkspace(dir.path());
    const QString catalogue = dir.filePath(u"catalogue.sqlite"_s);
    if (!test::openSmallCatalogue(catalogue))
        qFatal("cannot build the fixture catalogue");
    const QString pdf = dir.filePath(u"out.pdf"_s);
    const QStringList env{u"STACKATLAS_SHIPPED_CATALOGUE="_s + test::fixture(u"catalogue-small"_s),
                          u"QT_QPA_PLATFORM=offscreen"_s};
    const QStringList global{u"--catalogue"_s, catalogue};
    std::vector<Case> cases{
        {u"baseline: analyze --json"_s,
         global + QStringList{u"analyze"_s, workspace, u"--json"_s},
         {},
         {},
         {}},
        {u"report, saved scenario"_s,
         global
             + QStringList{u"report"_s, workspace, u"-o"_s, pdf, u"--scenario"_s, u"Thirty out"_s},
         {},
         {},
         {}},
        {u"report, optimizer's plan"_s,
         global + QStringList{u"report"_s, workspace, u"-o"_s, pdf},
         {},
         {},
         {}},
    };
    QString pages;
    for (int r = -1; r < runs; ++r) { // run -1 warms the caches
        for (Case &c : cases) {
            const TimedRun t = runTimed(QStringLiteral(SA_BENCH_CLI), c.args, env, dir.path());
            if (!t.ok)
                qFatal("%s", qPrintable(t.failure(c.label)));
            if (c.args.contains(u"report"_s))
                pages = QString::fromUtf8(t.out).trimmed();
            if (r < 0)
                continue;
            c.wallMs.push_back(t.wallMs);
            c.cpuMs.push_back(t.cpuMs);
            c.rssMb.push_back(double(t.maxRssKb) / 1024.0);
        }
    }
    out << "PDF review of a 300-tool workspace (" << pages << "), median of " << runs
        << " runs; load average " << loadAverage() << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(u"case"_s, -26)
               .arg(u"wall ms"_s, 9)
               .arg(u"cpu ms"_s, 9)
               .arg(u"peak MB"_s, 9)
               .arg(u"x base"_s, 7)
               .arg(u"budget"_s);
    const double base = median(cases[0].wallMs);
    int status = 0;
    for (const Case &c : cases) {
        const double wall = median(c.wallMs), rss = median(c.rssMb);
        const bool report = c.args.contains(u"report"_s);
        const bool pass = wall < budgetMs && rss < budgetMb;
        if (report && !pass)
            status = 1;
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(c.label, -26)
                   .arg(wall, 9, 'f', 0)
                   .arg(median(c.cpuMs), 9, 'f', 0)
                   .arg(rss, 9, 'f', 1)
                   .arg(wall / base, 7, 'f', 2)
                   .arg(report ? (pass ? u"PASS (< 3 s, < 300 MB)"_s : u"OVER"_s) : u"-"_s);
    }
    return status;
}
