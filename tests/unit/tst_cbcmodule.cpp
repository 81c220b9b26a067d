// The solver module is opened on the first solve, not linked into the programs. Where it
// cannot be opened the solve says why (every place tried) and the planner returns an Io
// error; once found it is kept, and a two-tool program solves to the cent. The order of
// the cases matters: the module is cached after the first success.
#include "planning/cbcmodule.h"
#include "planning/mipsolver.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

// Two candidates that each cover the one must: 300 and 200 cents; the optimum adds the
// second alone.
PlanProblem twoCandidates()
{
    PlanProblem p;
    p.vendors = {u"V0"_s};
    p.requirements.push_back({u"a"_s, u"A"_s});
    for (const double cost : {300.0, 200.0}) {
        PlanItem c;
        c.kind = PlanItem::Kind::Candidate;
        c.name = u"C"_s + QString::number(cost);
        c.selectedCost = cost;
        c.annualCost = Cents(cost);
        c.covers = {0};
        c.vendor = 0;
        p.items.push_back(c);
    }
    return p;
}

} // namespace

class TestCbcModule : public QObject
{
    Q_OBJECT

private slots:
    void missingModuleIsReported()
    {
        qputenv("SA_CBC_MODULE", "/nonexistent/libstackatlas_cbc.so");
        const Expected<SaSolveMip> solver = cbcSolver();
        QVERIFY(!solver);
        QCOMPARE(solver.error().kind, Error::Kind::Io);
        QVERIFY2(solver.error().message.startsWith(
                     u"the optimizer's solver module could not be loaded: "_s),
                 qPrintable(solver.error().message));
        QVERIFY2(solver.error().message.contains(u"/nonexistent/libstackatlas_cbc.so"_s),
                 qPrintable(solver.error().message));

        const MipResult r = solveMip(twoCandidates(), MipControl{});
        QCOMPARE(r.status, MipResult::Status::Unavailable);
        QCOMPARE(r.error, solver.error().message);
        QVERIFY(!r.hasPlan());
    }

    void foreignLibraryIsRefused()
    {
        // A real shared library without the module's entry points.
        qputenv("SA_CBC_MODULE", "libz.so.1");
        const Expected<SaSolveMip> solver = cbcSolver();
        QVERIFY(!solver);
        QCOMPARE(solver.error().message,
                 u"the optimizer's solver module could not be loaded: libz.so.1 is not a "
                 "StackAtlas module"_s);
    }

    void builtModuleSolves()
    {
        qunsetenv("SA_CBC_MODULE");
        const Expected<SaSolveMip> solver = cbcSolver();
        QVERIFY2(solver, solver ? "" : qPrintable(solver.error().message));
        const MipResult r = solveMip(twoCandidates(), MipControl{});
        QCOMPARE(r.status, MipResult::Status::Optimal);
        QCOMPARE(r.selection, (Selection{false, true}));
        QCOMPARE(r.cost, 200.0);
        QCOMPARE(r.error, QString());
        // Kept once found: a wrong override no longer matters to this process.
        qputenv("SA_CBC_MODULE", "/nonexistent/libstackatlas_cbc.so");
        const Expected<SaSolveMip> again = cbcSolver();
        QVERIFY(again);
        QVERIFY(*again == *solver);
        qunsetenv("SA_CBC_MODULE");
    }
};

QTEST_GUILESS_MAIN(TestCbcModule)
#include "tst_cbcmodule.moc"
