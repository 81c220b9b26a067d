// The planner end to end over the hand stack of tests/testutil/planfixture.h and the
// small fixture catalogue, 36 months from 1 January 2025, default one-off rates (25 %
// implementation, 10 % migration) and should penalty (10,000.00). Worked out by hand, in
// cents:
//   Mailer   kept 3,600,000; retired on 2025-06-30: 6 x 100,000 + 120,000 = 720,000
//   Suite    kept 7,200,000; retired on 2025-12-31: 12 x 200,000 + 240,000 = 2,640,000
//   Tracker  kept 1,800,000; retired on 2025-03-31 (renews, but notice by 03-01 is still
//            possible): 3 x 50,000 + 60,000 = 210,000, and web analytics then costs the
//            1,000,000 penalty: still below keeping it
//   Candidates meeting a requirement with a price: Brevo (email 3, 4,150.00 a year),
//   HubSpot Smart CRM (contact 3, free), HubSpot Marketing Hub (email 3, 26,400.00),
//   Sales Cloud and HubSpot Sales Hub (contact 3 and 2): the last three are dominated.
//   Brevo: 36 x 34,583.33 + 103,750 implementation = 1,348,750.
// The plan retires all three tools and adds Brevo and HubSpot Smart CRM: 4,918,750 paid
// (5,918,750 with the penalty) against 12,600,000 today.
#include "analysis/stackanalysis.h"
#include "planfixture.h"
#include "planning/planner.h"
#include "planning/timeclassification.h"
#include "storefixture.h"

#include <QTest>

#include <cmath>

using namespace sa;
using namespace Qt::StringLiterals;

class TestPlanner final : public QObject
{
    Q_OBJECT

private:
    PlanOptions options() const
    {
        PlanOptions o;
        o.start = QDate(2025, 1, 1);
        return o;
    }

    PlanResult plan(const PlanOptions &o, const AnalysisInput &input = test::planStack()) const
    {
        Expected<PlanResult> r = planStack(input, m_catalogue, o);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message));
        return r.ok() ? std::move(*r) : PlanResult();
    }

private slots:
    void initTestCase()
    {
        // Stores fill capability names into products; the folder reader leaves them out.
        const CatalogueContent content = test::smallCatalogue().content;
        m_catalogue = content.products;
        for (Product &p : m_catalogue) {
            for (ProductCapability &pc : p.capabilities) {
                for (const Capability &c : content.capabilities) {
                    if (c.slug == pc.capabilitySlug)
                        pc.capabilityName = c.name;
                }
            }
        }
    }

    void handStack()
    {
        const PlanResult r = plan(options());
        QCOMPARE(r.problem.candidatesConsidered, 5);
        QCOMPARE(r.problem.candidatesDominated, 3);
        QCOMPARE(r.mip.status, MipResult::Status::Optimal);
        QCOMPARE(r.mip.gap, 0.0);
        QCOMPARE(qRound64(r.mip.cost), 5'918'750);
        QCOMPARE(qRound64(r.greedy.evaluation.cost), 5'918'750);
        const Roadmap &m = r.roadmap;
        QCOMPARE(m.baselineCost, 12'600'000);
        QCOMPARE(m.planCost, 4'918'750);
        QCOMPARE(m.savings(), 7'681'250);

        QStringList steps;
        for (const RoadmapStep &s : m.steps)
            steps << decisionActionName(s.action) + u' ' + s.name + u' '
                         + s.effective.toString(Qt::ISODate) + u' '
                         + s.noticeDeadline.toString(Qt::ISODate) + u' '
                         + QString::number(s.oneOffCost) + u' ' + s.givesUp.join(u'|');
        QCOMPARE(steps,
                 (QStringList{u"add Brevo 2025-01-01  103750 "_s,
                              u"add HubSpot Smart CRM 2025-01-01  0 "_s,
                              u"retire Tracker 2025-03-31 2025-03-01 60000 Web analytics"_s,
                              u"retire Mailer 2025-06-30 2025-05-31 120000 "_s,
                              u"retire Suite 2025-12-31 2025-10-02 240000 "_s}));

        // Month by month: 350,000 before; after, January carries Brevo's implementation,
        // March Tracker's migration, June Mailer's, December Suite's.
        QCOMPARE(m.before.size(), size_t(36));
        QCOMPARE(m.before[0], 350'000);
        QCOMPARE(m.after[0], 488'333); // 350,000 + 34,583.33 + 103,750
        QCOMPARE(m.after[2], 444'583); // + 60,000
        QCOMPARE(m.after[3], 334'583); // running totals rounded: 1,652,083 - 1,317,500
        QCOMPARE(m.after[6], 234'583);
        QCOMPARE(m.after[35], 34'583);
        QCOMPARE(m.cumulativeSavings[7], -110'417);
        QCOMPARE(m.cumulativeSavings[8], 5'000);
        QCOMPARE(m.paybackMonth, 9); // September 2025, and it never dips below again
        QCOMPARE(m.cumulativeSavings[35], 7'681'250);
        QCOMPARE(m.coverageBefore.covered, 3);
        QCOMPARE(m.coverageAfter.covered, 2);
        QCOMPARE(m.coverageAfter.gaps, QStringList{u"Web analytics"_s});

        const Scenario s = planScenario(r, u"Consolidate"_s);
        QCOMPARE(s.kind, ScenarioKind::Optimized);
        QCOMPARE(s.decisions.size(), size_t(5));
        QCOMPARE(s.decisions[2].toolId, 3);
        QCOMPARE(s.decisions[0].productSlug, u"brevo"_s);
        QCOMPARE(r.addedProducts.size(), size_t(2));
    }

    void lockedAndExcluded()
    {
        // Keeping Mailer makes Brevo unnecessary: 3,600,000 + 2,640,000 + 210,000 + 0.
        PlanOptions o = options();
        o.keep = {u"mailer"_s};
        PlanResult r = plan(o);
        QCOMPARE(r.roadmap.planCost, 6'450'000);
        // Without Brevo the cheapest email is Mailer itself (3,600,000 < Marketing Hub's
        // 36 x 220,000 + 660,000).
        o.keep.clear();
        o.exclude = {u"brevo"_s};
        r = plan(o);
        QCOMPARE(r.roadmap.planCost, 6'450'000);
        QCOMPARE(r.problem.excluded.size(), size_t(1));
    }

    void badOptions()
    {
        PlanOptions o = options();
        o.keep = {u"Nope"_s};
        QCOMPARE(planStack(test::planStack(), m_catalogue, o).error().message,
                 u"--keep: there is no active tool named 'Nope'"_s);
        o.keep.clear();
        o.exclude = {u"Nothing Such"_s};
        QCOMPARE(planStack(test::planStack(), m_catalogue, o).error().message,
                 u"--exclude: there is no catalogue product named 'Nothing Such'"_s);
    }

    void infeasibleExplained()
    {
        PlanOptions o = options();
        o.budget = 400'000;
        PlanResult r = plan(o);
        QCOMPARE(r.mip.status, MipResult::Status::Infeasible);
        QCOMPARE(r.infeasible.size(), size_t(1));
        QCOMPARE(r.infeasible[0].constraint, InfeasibleReason::Constraint::Budget);
        QCOMPARE(r.infeasible[0].capabilities, QStringList{u"Email campaign sending"_s});
        QCOMPARE(r.infeasible[0].message,
                 u"Email campaign sending: its cheapest cover, Brevo at $4,150.00 a year, does "
                 u"not fit the budget of $4,000.00"_s);

        AnalysisInput in = test::planStack();
        in.requirements.push_back({u"sales-sequences"_s, Importance::Must, 3});
        in.requirements.push_back({u"identity-resolution"_s, Importance::Must, 3});
        o.budget.reset();
        o.exclude = {u"HubSpot Sales Hub"_s};
        r = plan(o, in);
        QCOMPARE(r.mip.status, MipResult::Status::Infeasible);
        QStringList messages;
        for (const InfeasibleReason &reason : r.infeasible)
            messages << constraintName(reason.constraint) + u": " + reason.message;
        QCOMPARE(messages,
                 (QStringList{u"no_provider: Identity resolution: no tool covers it at strength 3 "
                              u"(leading) or more, nor does any catalogue product with a "
                              u"published price"_s,
                              u"excluded: Sales sequences: only excluded products cover it at "
                              u"strength 3 (leading) or more: HubSpot Sales Hub"_s}));
    }

    void timeClasses_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<double>("utilization");
        QTest::addColumn<double>("efficiency");
        QTest::addColumn<QString>("expected");
        const double unknown = std::nan("");
        QTest::newRow("invest") << 1.0 << 0.8 << 0.9 << u"invest"_s;
        QTest::newRow("migrate: fits, mostly redundant") << 1.0 << unknown << 0.2 << u"migrate"_s;
        QTest::newRow("tolerate: little required, unique") << 0.2 << 0.4 << 1.0 << u"tolerate"_s;
        QTest::newRow("eliminate") << 0.0 << 0.1 << 0.3 << u"eliminate"_s;
        QTest::newRow("on the lines: invest") << 0.5 << 0.5 << 0.5 << u"invest"_s;
        QTest::newRow("utilization pulls fit under") << 0.6 << 0.2 << 0.9 << u"tolerate"_s;
    }

    void timeClasses()
    {
        QFETCH(double, share);
        QFETCH(double, utilization);
        QFETCH(double, efficiency);
        QFETCH(QString, expected);
        QCOMPARE(timeClassName(classifyTime({share, utilization, efficiency}).timeClass), expected);
    }

    void timeInputsOfTheHandStack()
    {
        // Email campaign sending is covered by Mailer (3) and Suite (2), at the overlap
        // threshold 2: Mailer is primary, Suite's share of it (2 of its 5 strength
        // points: 960,000) is redundant, so its efficiency is 1 - 960,000/2,400,000.
        // Suite meets one requirement of its two capabilities (email needs 3): fit 0.5.
        const AnalysisInput in = test::planStack();
        const AnalysisResult a = analyzeStack(in);
        const std::vector<TimeInputs> t = timeInputs(a, in.requirements);
        QCOMPARE(t.size(), size_t(3));
        QCOMPARE(t[1].requiredShare, 0.5);
        QCOMPARE(t[1].efficiency, 0.6);
        QCOMPARE(t[0].efficiency, 1.0);
        // No seats known: utilization stays unknown and the fit is the required share.
        QVERIFY(std::isnan(t[1].utilization));
        QCOMPARE(classifyTime(t[1]).fit, 0.5);
        QCOMPARE(timeClassName(classifyTime(t[1]).timeClass), u"invest"_s);
    }

private:
    std::vector<Product> m_catalogue;
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
