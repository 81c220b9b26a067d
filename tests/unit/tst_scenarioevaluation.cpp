// evaluateScenario over the hand stack of tests/testutil/planfixture.h (Mailer 12,000.00,
// Suite 24,000.00, Tracker 6,000.00 a year; monthly 100,000, 200,000 and 50,000 cents).
// "Drop Tracker", 12 months from 1 January 2025, retires Tracker without a date of its
// own, so at its contract end 2025-03-31 (it renews itself, but the notice deadline
// 2025-03-01 is still ahead), with a 600.00 migration in March:
//   before: 12 x 350,000 = 4,200,000
//   after:  12 x 300,000 + 3 x 50,000 + 60,000 = 3,810,000; savings 390,000
//   cumulative savings by month: 0, 0, -60,000, -10,000, 40,000, ... : payback in month 5
// Web analytics is Tracker's only capability and nobody else has it: Tracker gives it up,
// and the should requirement on it becomes a gap (coverage 3 of 3 -> 2 of 3).
// The planner's own scenario evaluates to the planner's roadmap (tests/unit/tst_planner).
#include "planfixture.h"
#include "planning/planner.h"
#include "planning/scenarioevaluation.h"
#include "storefixture.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

class TestScenarioEvaluation final : public QObject
{
    Q_OBJECT

private:
    static Scenario dropTracker()
    {
        Scenario s;
        s.name = u"Drop Tracker"_s;
        s.horizonMonths = 12;
        s.start = QDate(2025, 1, 1);
        Decision d;
        d.toolId = 3;
        d.action = DecisionAction::Retire;
        d.oneOffCost = 60'000;
        s.decisions = {d};
        return s;
    }

private slots:
    void retirementAtContractEnd()
    {
        const ScenarioEvaluation e
            = evaluateScenario(test::planStack(), dropTracker(), QDate(2030, 1, 1));
        QVERIFY(e.problems.isEmpty());
        const Roadmap &m = e.roadmap;
        QCOMPARE(m.baselineCost, 4'200'000);
        QCOMPARE(m.planCost, 3'810'000);
        QCOMPARE(m.savings(), 390'000);
        QCOMPARE(m.after[2], 410'000);
        QCOMPARE(m.after[3], 300'000);
        QCOMPARE(m.cumulativeSavings[1], 0);
        QCOMPARE(m.cumulativeSavings[2], -60'000);
        QCOMPARE(m.cumulativeSavings[3], -10'000);
        QCOMPARE(m.cumulativeSavings[4], 40'000);
        QCOMPARE(m.paybackMonth, 5);
        QCOMPARE(m.steps.size(), size_t(1));
        const RoadmapStep &step = m.steps[0];
        QCOMPARE(step.name, u"Tracker"_s);
        QCOMPARE(step.effective, QDate(2025, 3, 31));
        QCOMPARE(step.noticeDeadline, QDate(2025, 3, 1));
        QVERIFY(!step.noticeMissed);
        QCOMPARE(step.givesUp, QStringList{u"Web analytics"_s});

        const StackFigures before{3, 4'200'000, 3, 3, 1, 960'000, 0, 0};
        const StackFigures after{2, 3'600'000, 3, 2, 1, 960'000, 1, 0};
        QCOMPARE(e.before, before);
        QCOMPARE(e.after, after);
        QCOMPARE(m.coverageAfter.gaps, QStringList{u"Web analytics"_s});
    }

    void ownDateAndLateNotice()
    {
        // Retiring Suite on 31 January: notice (90 days) was due on 2 November 2024.
        Scenario s = dropTracker();
        s.decisions[0].toolId = 2;
        s.decisions[0].effective = QDate(2025, 1, 31);
        s.decisions[0].oneOffCost = 0;
        const ScenarioEvaluation e = evaluateScenario(test::planStack(), s, {});
        const RoadmapStep &step = e.roadmap.steps.at(0);
        QCOMPARE(step.noticeDeadline, QDate(2024, 11, 2));
        QVERIFY(step.noticeMissed);
        // 4,200,000 before; after: Suite one month (200,000) and the others all year.
        QCOMPARE(e.roadmap.planCost, 200'000 + 12 * 150'000);
        QCOMPARE(step.givesUp, QStringList{u"Contact management"_s});
        QCOMPARE(e.after.gaps, 1);
    }

    void missingToolIsReported()
    {
        Scenario s = dropTracker();
        s.decisions[0].toolId = 99;
        const ScenarioEvaluation e = evaluateScenario(test::planStack(), s, {});
        QCOMPARE(e.problems, QStringList{u"decision 1 names no active tool"_s});
        QCOMPARE(e.roadmap.planCost, e.roadmap.baselineCost);
    }

    void uncoverableMustsAreNamed()
    {
        // Podcast hosting: no tool, no catalogue product. Lead scoring at 3: only as a
        // should, so not listed. Email at 3: Mailer has it.
        AnalysisInput in = test::planStack();
        in.requirements.push_back({u"podcast-hosting"_s, Importance::Must, 1});
        in.requirements.push_back({u"lead-scoring"_s, Importance::Should, 3});
        const std::vector<Requirement> out
            = uncoverableMusts(in, test::smallCatalogue().content.products);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].capabilitySlug, u"podcast-hosting"_s);
        // Email needing 3 with Mailer retired: Brevo and HubSpot Marketing Hub still have it.
        in.tools[0].status = ToolStatus::Retired;
        QCOMPARE(uncoverableMusts(in, test::smallCatalogue().content.products).size(), size_t(1));
        QCOMPARE(uncoverableMusts(in, {}).size(), size_t(2));
    }

    void plannerScenarioMatchesItsRoadmap()
    {
        const CatalogueContent content = test::smallCatalogue().content;
        PlanOptions o;
        o.start = QDate(2025, 1, 1);
        const Expected<PlanResult> r = planStack(test::planStack(), content.products, o);
        QVERIFY(r.ok());
        QVERIFY(r->hasPlan());
        AnalysisInput withProducts = test::planStack();
        withProducts.products = r->addedProducts;
        const Scenario s = planScenario(*r, u"Optimized"_s);
        const ScenarioEvaluation e = evaluateScenario(withProducts, s, {});
        QVERIFY(e.problems.isEmpty());
        QCOMPARE(e.roadmap.baselineCost, 12'600'000);
        QCOMPARE(e.roadmap.planCost, 4'918'750);
        QCOMPARE(e.roadmap.before, r->roadmap.before);
        QCOMPARE(e.roadmap.after, r->roadmap.after);
        QCOMPARE(e.roadmap.paybackMonth, r->roadmap.paybackMonth);
        QCOMPARE(e.roadmap.steps.size(), r->roadmap.steps.size());
        for (size_t i = 0; i < e.roadmap.steps.size(); ++i) {
            QCOMPARE(e.roadmap.steps[i].name, r->roadmap.steps[i].name);
            QCOMPARE(e.roadmap.steps[i].effective, r->roadmap.steps[i].effective);
            QCOMPARE(e.roadmap.steps[i].noticeDeadline, r->roadmap.steps[i].noticeDeadline);
        }
        QCOMPARE(e.after.tools, 2); // Brevo and HubSpot Smart CRM
        QCOMPARE(e.after.annualCost, 415'000);
        QCOMPARE(e.after.gaps, 1); // web analytics, paid for with the penalty
    }
};

QTEST_APPLESS_MAIN(TestScenarioEvaluation)
#include "tst_scenarioevaluation.moc"
