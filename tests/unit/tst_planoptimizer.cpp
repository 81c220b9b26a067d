// The optimizer (CBC) and the greedy cover on small instances whose optimum this test
// finds by trying every keep/retire/add subset: one worked by hand where greedy pays more
// than the optimum, then seeded random instances under every constraint (locks, should
// penalties, budget cap, vendor cap, hub links), where CBC must hit the brute-force
// optimum to the cent and prove it. Also: candidate reduction, cancel, progress.
#include "planning/candidatereduction.h"
#include "planning/greedycover.h"
#include "planning/infeasibility.h"
#include "planning/mipsolver.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

PlanItem candidate(const QString &name, double cost, std::vector<int> covers, int vendor = 0)
{
    PlanItem c;
    c.kind = PlanItem::Kind::Candidate;
    c.name = name;
    c.selectedCost = cost;
    c.annualCost = Cents(cost);
    c.covers = std::move(covers);
    c.vendor = vendor;
    return c;
}

PlanProblem musts(int count)
{
    PlanProblem p;
    p.vendors = {u"V0"_s, u"V1"_s};
    for (int r = 0; r < count; ++r)
        p.requirements.push_back({QString(QChar(u'a' + r)), QString(QChar(u'A' + r))});
    return p;
}

// The cheapest feasible selection by enumeration: (cost, selection), cost +inf if none.
std::pair<double, Selection> bruteForce(const PlanProblem &p)
{
    const int n = p.itemCount();
    double best = std::numeric_limits<double>::infinity();
    Selection bestSelection;
    for (quint32 mask = 0; mask < (quint32(1) << n); ++mask) {
        Selection s(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            s[size_t(i)] = (mask >> i) & 1;
        const PlanEvaluation e = evaluate(p, s);
        if (e.feasible() && e.cost < best - 1e-6) {
            best = e.cost;
            bestSelection = s;
        }
    }
    return {best, bestSelection};
}

// A random instance: tools (kept or retired, some locked, some hubs) and candidates over
// must and should requirements; costs in whole cents.
PlanProblem randomProblem(quint32 seed, int tools, int candidates, int requirements)
{
    QRandomGenerator rng(seed);
    PlanProblem p;
    for (int r = 0; r < requirements; ++r)
        p.requirements.push_back({u"c"_s + QString::number(r),
                                  u"C"_s + QString::number(r),
                                  rng.bounded(3) == 0 ? Importance::Should : Importance::Must,
                                  2});
    p.shouldPenalty = double(rng.bounded(2000, 9000));
    p.vendors = {u"V0"_s, u"V1"_s, u"V2"_s, u"V3"_s};
    for (int i = 0; i < tools + candidates; ++i) {
        PlanItem item;
        item.kind = i < tools ? PlanItem::Kind::Tool : PlanItem::Kind::Candidate;
        item.name = (i < tools ? u"T"_s : u"P"_s) + QString::number(i);
        item.vendor = int(rng.bounded(4));
        item.hub = rng.bounded(4) == 0;
        item.annualCost = Cents(rng.bounded(1000, 10000));
        if (i < tools) {
            item.selectedCost = double(item.annualCost) * 3;
            item.droppedCost = double(rng.bounded(item.annualCost * 3));
            item.locked = rng.bounded(8) == 0;
        } else {
            item.selectedCost = double(item.annualCost) * 3 + double(rng.bounded(3000));
        }
        for (int r = 0; r < requirements; ++r) {
            if (rng.bounded(3) == 0)
                item.covers.push_back(r);
        }
        p.items.push_back(std::move(item));
    }
    p.toolCount = tools;
    for (int i = 0; i < p.itemCount(); ++i) {
        for (int j = 0; j < p.itemCount(); ++j) {
            if (i != j && p.items[size_t(j)].hub && rng.bounded(3) == 0)
                p.items[size_t(i)].hubLinks.push_back(j);
        }
    }
    return p;
}

MipControl control()
{
    MipControl c;
    c.timeLimitSeconds = 20;
    return c;
}

} // namespace

class TestPlanOptimizer final : public QObject
{
    Q_OBJECT

private slots:
    void greedyPaysMoreThanTheOptimum()
    {
        // Big meets A, B, C for 30 (10 a requirement): greedy takes it, then D is left and
        // the cheapest way to D is Q2 (25): 55. Q1 + Q2 meet all four for 50.
        PlanProblem p = musts(4);
        p.items = {candidate(u"Big"_s, 3000, {0, 1, 2}),
                   candidate(u"Q1"_s, 2500, {0, 1}),
                   candidate(u"Q2"_s, 2500, {2, 3}),
                   candidate(u"D"_s, 3000, {3})};
        const GreedyResult greedy = greedyCover(p);
        QCOMPARE(greedy.selection, (Selection{true, false, true, false}));
        QCOMPARE(greedy.evaluation.cost, 5500.0);
        QVERIFY(greedy.evaluation.feasible());
        const auto [best, bestSelection] = bruteForce(p);
        QCOMPARE(best, 5000.0);
        const MipResult mip = solveMip(p, control(), greedy.selection);
        QCOMPARE(mip.status, MipResult::Status::Optimal);
        QCOMPARE(mip.selection, (Selection{false, true, true, false}));
        QCOMPARE(mip.cost, 5000.0);
        QCOMPARE(mip.gap, 0.0);
    }

    void toolsRetireWhenThatIsCheaper()
    {
        // T0 costs 900 kept, 300 retired (it runs to its contract end); T1 1200 kept, 1100
        // retired. P covers what T0 does for 400: retiring T0 and adding P costs
        // 300 + 400 = 700 < 900. T1 alone covers B: kept.
        PlanProblem p = musts(2);
        PlanItem t0 = candidate(u"T0"_s, 900, {0});
        t0.kind = PlanItem::Kind::Tool;
        t0.droppedCost = 300;
        PlanItem t1 = candidate(u"T1"_s, 1200, {1});
        t1.kind = PlanItem::Kind::Tool;
        t1.droppedCost = 1100;
        p.items = {t0, t1, candidate(u"P"_s, 400, {0})};
        p.toolCount = 2;
        const MipResult mip = solveMip(p, control());
        QCOMPARE(mip.selection, (Selection{false, true, true}));
        QCOMPARE(mip.cost, 300.0 + 1200.0 + 400.0);
        // Locked, T0 stays whatever it costs.
        p.items[0].locked = true;
        QCOMPARE(solveMip(p, control()).selection, (Selection{true, true, false}));
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("constraints"); // 0 none, 1 budget, 2 vendors, 3 hub, 4 all
        for (quint32 seed = 1; seed <= 8; ++seed) {
            for (int c = 0; c <= 4; ++c)
                QTest::addRow("seed %u constraints %d", seed, c) << seed << c;
        }
    }

    void matchesBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, constraints);
        PlanProblem p = randomProblem(seed, 5, 7, 6);
        if (constraints == 1 || constraints == 4)
            p.budget = 14000;
        if (constraints == 2 || constraints == 4)
            p.maxVendors = 2;
        if (constraints == 3 || constraints == 4)
            p.requireHub = true;
        const auto [best, bestSelection] = bruteForce(p);
        const GreedyResult greedy = greedyCover(p);
        const MipResult mip
            = solveMip(p, control(), greedy.evaluation.feasible() ? greedy.selection : Selection());
        if (std::isinf(best)) {
            QCOMPARE(mip.status, MipResult::Status::Infeasible);
            return;
        }
        QCOMPARE(mip.status, MipResult::Status::Optimal);
        QVERIFY(evaluate(p, mip.selection).feasible());
        QCOMPARE(mip.cost, best);
        if (greedy.evaluation.feasible())
            QVERIFY(greedy.evaluation.cost >= best);
    }

    void dominatedCandidatesDrop()
    {
        // B meets A and B for 50: it dominates A-only (60) and AB-dearer (70), not C-only.
        std::vector<PlanItem> c{candidate(u"A only"_s, 60, {0}),
                                candidate(u"AB"_s, 50, {0, 1}),
                                candidate(u"AB dearer"_s, 70, {0, 1}),
                                candidate(u"C only"_s, 10, {2})};
        QCOMPARE(dominatedCandidates(c, 3, false, false),
                 (std::vector<bool>{true, false, true, false}));
        // Capped vendors: only a candidate of the same vendor dominates.
        c[0].vendor = 1;
        QCOMPARE(dominatedCandidates(c, 3, true, false),
                 (std::vector<bool>{false, false, true, false}));
        // Hub links required: a hub is never dropped; a cheaper one must reach its hubs.
        c[2].hub = true;
        c[0].vendor = 0;
        c[0].hubLinks = {2};
        QCOMPARE(dominatedCandidates(c, 3, false, true),
                 (std::vector<bool>{false, false, false, false}));
    }

    void infeasibleOnlyTogether()
    {
        // A and B each fit the budget of 1.00 a year alone (0.60 each), not together: the
        // budget is the constraint, both capabilities form the core. A third must, C, is
        // met by a free candidate and is no part of the explanation.
        PlanProblem p = musts(3);
        p.items = {
            candidate(u"PA"_s, 60, {0}), candidate(u"PB"_s, 60, {1}), candidate(u"PC"_s, 0, {2})};
        p.budget = 100;
        QCOMPARE(solveMip(p, control()).status, MipResult::Status::Infeasible);
        const std::vector<InfeasibleReason> reasons = explainInfeasibility(p, control());
        QCOMPARE(reasons.size(), size_t(1));
        QCOMPARE(reasons[0].constraint, InfeasibleReason::Constraint::Budget);
        QCOMPARE(reasons[0].capabilities, (QStringList{u"A"_s, u"B"_s}));
        QCOMPARE(reasons[0].message,
                 u"A, B: cannot all be covered within the budget of $1.00 a year"_s);
        // Capped at one vendor instead, with PB from another vendor than PA and PC: B
        // conflicts with both. The filter drops A first and B, C stay infeasible: that
        // minimal core is reported.
        p.budget.reset();
        p.items[1].vendor = 1;
        p.maxVendors = 1;
        const std::vector<InfeasibleReason> vendors = explainInfeasibility(p, control());
        QCOMPARE(vendors[0].message, u"B, C: cannot all be covered with at most 1 vendors"_s);
    }

    void cancelledBeforeItStarts()
    {
        const PlanProblem p = randomProblem(3, 5, 7, 6);
        std::atomic_bool cancel{true};
        MipControl c = control();
        c.cancel = &cancel;
        const MipResult mip = solveMip(p, c);
        QCOMPARE(mip.status, MipResult::Status::Cancelled);
        QVERIFY(!mip.hasPlan());
    }

    void cancelFlagUnsetSolvesAsUsual()
    {
        const PlanProblem p = randomProblem(5, 5, 7, 6);
        std::atomic_bool cancel{false};
        MipControl c = control();
        c.cancel = &cancel;
        const MipResult mip = solveMip(p, c);
        QCOMPARE(mip.status, MipResult::Status::Optimal);
        QCOMPARE(mip.cost, bruteForce(p).first);
    }
};

QTEST_APPLESS_MAIN(TestPlanOptimizer)
#include "tst_planoptimizer.moc"
