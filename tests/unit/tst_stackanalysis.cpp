// The analysis over small stacks worked out by hand: every figure asserted below is
// derived in the comments from the definitions of DESIGN.md.
//
// The hand stack (tests/testutil/analysisfixture.cpp), threshold 2:
//   tool             cost      seats/users  capabilities (strength)
//   Alpha Mail       1,000.00  10 / 4       email 3, landing 2, scoring 1
//   Beta Automation    600.00   3 / 1       email 2, scoring 3, landing 2
//   Gamma Chat         300.00   7 / 3       chat 2, email 1
//   Delta CRM        2,000.00  20 / 10      crm 3, scoring 2          (category crm)
//   Echo Pages         400.00   - / -       landing 2
//   Golf Notes          50.00   0 / 0       (none)
//   Foxtrot Old      5,000.00  retired      email 3, chat 3, analytics 3
// Integrations: Alpha-Delta, Beta-Delta, Alpha-Beta, Beta-Gamma, Echo-Golf, Gamma-Foxtrot.
// Requirements: email must 3, chat should 3, analytics must 2, landing nice 3,
// scoring must 2.
#include "analysis/costshare.h"
#include "analysis/stackanalysis.h"
#include "analysisfixture.h"

#include <QTest>

#include <cmath>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

QStringList names(const AnalysisResult &r, const std::vector<ToolIndex> &tools)
{
    QStringList out;
    for (const ToolIndex t : tools)
        out << r.tools[size_t(t)].name;
    return out;
}

QStringList capabilityNames(const AnalysisResult &r, const std::vector<CapabilityIndex> &caps)
{
    QStringList out;
    for (const CapabilityIndex c : caps)
        out << r.capabilities[size_t(c)].name;
    return out;
}

ToolIndex indexOf(const AnalysisResult &r, const QString &name)
{
    for (size_t t = 0; t < r.tools.size(); ++t) {
        if (r.tools[t].name == name)
            return ToolIndex(t);
    }
    return -1;
}

std::vector<Cents> split(Cents amount, std::vector<int> weights)
{
    std::vector<Cents> parts(weights.size());
    splitInProportion(amount, weights, parts);
    return parts;
}

} // namespace

class TestStackAnalysis final : public QObject
{
    Q_OBJECT

private slots:
    void costSharesAddUp_data();
    void costSharesAddUp();
    void handStackTotalsAndOverlaps();
    void handStackRedundancyAndGaps();
    void handStackSimilarity();
    void handStackShelfware();
    void handStackSilosAndFailurePoints();
    void handStackRemovalImpact();
    void markedHubsReplaceTheCategoryRule();
    void thresholdIsAParameter();
    void primaryRule_data();
    void primaryRule();
    void overridesWithStrengthZero();
    void emptyWorkspace();
};

void TestStackAnalysis::costSharesAddUp_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<std::vector<int>>("weights");
    QTest::addColumn<std::vector<Cents>>("parts");
    // 100000 over 3:2:1 (W 6): exact parts 50000, 33333.33, 16666.67; floors leave 1 cent,
    // which goes to the largest remainder (the 1, remainder 4/6).
    QTest::newRow("3:2:1") << qint64(100'000) << std::vector<int>{3, 2, 1}
                           << std::vector<Cents>{50'000, 33'333, 16'667};
    // 60000 over 2:3:2 (W 7): 17142.86, 25714.29, 17142.86; 2 cents left, remainders 6/7,
    // 2/7, 6/7: the two 2s get one each.
    QTest::newRow("2:3:2") << qint64(60'000) << std::vector<int>{2, 3, 2}
                           << std::vector<Cents>{17'143, 25'714, 17'143};
    // 100 over 1:1:1: 33.33 each; the one cent left goes to the first of equal remainders.
    QTest::newRow("equal thirds") << qint64(100) << std::vector<int>{1, 1, 1}
                                  << std::vector<Cents>{34, 33, 33};
    QTest::newRow("negative") << qint64(-100) << std::vector<int>{1, 1, 1}
                              << std::vector<Cents>{-34, -33, -33};
    QTest::newRow("zero weight gets nothing")
        << qint64(7) << std::vector<int>{0, 1, 1} << std::vector<Cents>{0, 4, 3};
    QTest::newRow("all zero weights")
        << qint64(500) << std::vector<int>{0, 0} << std::vector<Cents>{0, 0};
    QTest::newRow("no parts") << qint64(500) << std::vector<int>{} << std::vector<Cents>{};
}

void TestStackAnalysis::costSharesAddUp()
{
    QFETCH(qint64, amount);
    QFETCH(std::vector<int>, weights);
    QFETCH(std::vector<Cents>, parts);
    QCOMPARE(split(amount, weights), parts);
}

void TestStackAnalysis::handStackTotalsAndOverlaps()
{
    const AnalysisResult r = analyzeStack(test::handStack());
    // Foxtrot Old is retired: 6 active tools; 1,000 + 600 + 300 + 2,000 + 400 + 50.
    QCOMPARE(r.tools.size(), size_t(6));
    QCOMPARE(r.retiredTools, 1);
    QCOMPARE(r.annualCost, Cents(435'000));
    // Integrations between active tools: 1-4, 2-4, 1-2, 2-3, 5-7; 3-6 goes with Foxtrot.
    QCOMPARE(r.integrations, 5);

    // Cost shares (see costSharesAddUp): Alpha 1,000 over email 3, landing 2, scoring 1:
    // 500.00, 333.33, 166.67. Beta 600 over email 2, scoring 3, landing 2: 171.43, 257.14,
    // 171.43. Delta 2,000 over crm 3, scoring 2: 1,200.00, 800.00. Echo: landing 400.00.
    // At threshold 2:
    // - scoring: Beta 3, Delta 2 (Alpha's 1 is below). Primary Beta (strongest);
    //   redundant = Delta's share 800.00.
    // - landing: Alpha 2, Beta 2, Echo 2. Equal strength: the cheapest, Echo (400), is
    //   primary, then Beta (600), Alpha (1,000); redundant = 171.43 + 333.33 = 504.76.
    // - email: Alpha 3, Beta 2 (Gamma's 1 is below). Primary Alpha; redundant = 171.43.
    // - chat (Gamma alone at 2; Foxtrot retired) and crm (Delta alone) are no overlaps.
    // Sorted by redundant cost, highest first.
    QCOMPARE(r.overlaps.size(), size_t(3));
    const Overlap &scoring = r.overlaps[0];
    QCOMPARE(r.capabilities[size_t(scoring.capability)].slug, u"scoring"_s);
    QCOMPARE(names(r, scoring.tools), (QStringList{u"Beta Automation"_s, u"Delta CRM"_s}));
    QCOMPARE(scoring.strengths, (std::vector<int>{3, 2}));
    QCOMPARE(scoring.shares, (std::vector<Cents>{25'714, 80'000}));
    QCOMPARE(scoring.redundantCost, Cents(80'000));
    const Overlap &landing = r.overlaps[1];
    QCOMPARE(r.capabilities[size_t(landing.capability)].slug, u"landing"_s);
    QCOMPARE(names(r, landing.tools),
             (QStringList{u"Echo Pages"_s, u"Beta Automation"_s, u"Alpha Mail"_s}));
    QCOMPARE(r.tools[size_t(landing.primary())].name, u"Echo Pages"_s);
    QCOMPARE(landing.shares, (std::vector<Cents>{40'000, 17'143, 33'333}));
    QCOMPARE(landing.redundantCost, Cents(50'476));
    const Overlap &email = r.overlaps[2];
    QCOMPARE(r.capabilities[size_t(email.capability)].slug, u"email"_s);
    QCOMPARE(names(r, email.tools), (QStringList{u"Alpha Mail"_s, u"Beta Automation"_s}));
    QCOMPARE(email.redundantCost, Cents(17'143));
    // 800.00 + 504.76 + 171.43
    QCOMPARE(r.redundantCost, Cents(147'619));
}

void TestStackAnalysis::handStackRedundancyAndGaps()
{
    const AnalysisResult r = analyzeStack(test::handStack());
    // email: Alpha 3 alone at the top, so Alpha is not redundant; scoring: Beta 3 alone;
    // chat: Gamma alone; crm: Delta alone. Echo's only capability, landing 2, is also
    // covered at 2 by Alpha and Beta: Echo is fully redundant. Golf Notes has no
    // capabilities: not judged.
    QCOMPARE(names(r, r.fullyRedundant), QStringList{u"Echo Pages"_s});
    QCOMPARE(names(r, r.withoutCapabilities), QStringList{u"Golf Notes"_s});
    // Requirements: email must 3 (Alpha 3: met), chat should 3 (Gamma 2: gap), analytics
    // must 2 (only the retired Foxtrot: gap, best 0), landing nice (never a gap), scoring
    // must 2 (Beta 3: met). Must first.
    QCOMPARE(r.gaps.size(), size_t(2));
    QCOMPARE(r.capabilities[size_t(r.gaps[0].capability)].name, u"Web analytics"_s);
    QCOMPARE(r.gaps[0].importance, Importance::Must);
    QCOMPARE(r.gaps[0].minStrength, 2);
    QCOMPARE(r.gaps[0].bestStrength, 0);
    QCOMPARE(r.capabilities[size_t(r.gaps[1].capability)].name, u"Live chat"_s);
    QCOMPARE(r.gaps[1].importance, Importance::Should);
    QCOMPARE(r.gaps[1].minStrength, 3);
    QCOMPARE(r.gaps[1].bestStrength, 2);
}

void TestStackAnalysis::handStackSimilarity()
{
    const AnalysisResult r = analyzeStack(test::handStack());
    // Strength vectors: Alpha {email 3, landing 2, scoring 1} (sum 6), Beta {email 2,
    // scoring 3, landing 2} (7), Gamma {chat 2, email 1} (3), Delta {crm 3, scoring 2}
    // (5), Echo {landing 2} (2). Sum of max = sum a + sum b - sum of min:
    // Alpha-Beta 5/8, Alpha-Echo 2/6, Beta-Echo 2/7, Beta-Delta 2/10, Alpha-Gamma 1/8,
    // Beta-Gamma 1/9, Alpha-Delta 1/10; Gamma, Delta and Echo share nothing pairwise.
    struct Expected
    {
        const char16_t *a;
        const char16_t *b;
        double similarity;
    };
    const Expected expected[] = {{u"Alpha Mail", u"Beta Automation", 5.0 / 8},
                                 {u"Alpha Mail", u"Echo Pages", 2.0 / 6},
                                 {u"Beta Automation", u"Echo Pages", 2.0 / 7},
                                 {u"Beta Automation", u"Delta CRM", 2.0 / 10},
                                 {u"Alpha Mail", u"Gamma Chat", 1.0 / 8},
                                 {u"Beta Automation", u"Gamma Chat", 1.0 / 9},
                                 {u"Alpha Mail", u"Delta CRM", 1.0 / 10}};
    QCOMPARE(r.similarPairs.size(), std::size(expected));
    for (size_t k = 0; k < std::size(expected); ++k) {
        QCOMPARE(r.tools[size_t(r.similarPairs[k].a)].name, QString::fromUtf16(expected[k].a));
        QCOMPARE(r.tools[size_t(r.similarPairs[k].b)].name, QString::fromUtf16(expected[k].b));
        QCOMPARE(r.similarPairs[k].similarity, expected[k].similarity);
    }
}

void TestStackAnalysis::handStackShelfware()
{
    const AnalysisResult r = analyzeStack(test::handStack());
    // Alpha 4/10 = 40 %: 1,000 x 0.6 = 600.00. Beta 1/3: 600 x 2/3 = 400.00. Gamma 3/7:
    // 300 x 4/7 = 171.428... -> 171.43. Delta 10/20 is exactly 50 %: not under it. Echo
    // (seats unknown) and Golf (0 seats) have no utilization; Foxtrot is retired.
    QCOMPARE(names(r, r.shelfware),
             (QStringList{u"Alpha Mail"_s, u"Beta Automation"_s, u"Gamma Chat"_s}));
    QCOMPARE(r.tools[size_t(indexOf(r, u"Alpha Mail"_s))].shelfwareCost, Cents(60'000));
    QCOMPARE(r.tools[size_t(indexOf(r, u"Beta Automation"_s))].shelfwareCost, Cents(40'000));
    QCOMPARE(r.tools[size_t(indexOf(r, u"Gamma Chat"_s))].shelfwareCost, Cents(17'143));
    QCOMPARE(r.tools[size_t(indexOf(r, u"Delta CRM"_s))].shelfwareCost, Cents(0));
    QCOMPARE(r.tools[size_t(indexOf(r, u"Delta CRM"_s))].utilization, 0.5);
    QVERIFY(std::isnan(r.tools[size_t(indexOf(r, u"Echo Pages"_s))].utilization));
    QCOMPARE(r.shelfwareCost, Cents(117'143));
}

void TestStackAnalysis::handStackSilosAndFailurePoints()
{
    const AnalysisResult r = analyzeStack(test::handStack());
    // Nobody is marked system of record, so the hubs are the CRM and CDP tools: Delta.
    QCOMPARE(r.hubRule, HubRule::Category);
    QCOMPARE(names(r, r.hubs), QStringList{u"Delta CRM"_s});
    // Components: {Alpha, Beta, Delta, Gamma} holds the hub; {Echo, Golf} does not.
    QCOMPARE(r.silos.size(), size_t(1));
    QCOMPARE(names(r, r.silos[0]), (QStringList{u"Echo Pages"_s, u"Golf Notes"_s}));
    // Alpha-Beta-Delta is a triangle; Gamma hangs off Beta alone, so only Beta splits a
    // component. Echo-Golf is an edge: removing either leaves one tool, no new component.
    QCOMPARE(names(r, r.singlePointsOfFailure), QStringList{u"Beta Automation"_s});
}

void TestStackAnalysis::handStackRemovalImpact()
{
    const AnalysisResult r = analyzeStack(test::handStack());
    const auto impact = [&r](const QString &name) {
        return r.removal[size_t(indexOf(r, name))];
    };
    // Only Gamma covers chat (Foxtrot is retired), only Delta covers crm; email, scoring
    // and landing have three tools each.
    QCOMPARE(capabilityNames(r, impact(u"Gamma Chat"_s).onlyCovers), QStringList{u"Live chat"_s});
    QCOMPARE(capabilityNames(r, impact(u"Delta CRM"_s).onlyCovers), QStringList{u"CRM"_s});
    QCOMPARE(impact(u"Alpha Mail"_s).onlyCovers.size(), size_t(0));
    QCOMPARE(names(r, impact(u"Beta Automation"_s).integrationsCut),
             (QStringList{u"Alpha Mail"_s, u"Delta CRM"_s, u"Gamma Chat"_s}));
    QCOMPARE(names(r, impact(u"Echo Pages"_s).integrationsCut), QStringList{u"Golf Notes"_s});
    // Gamma reaches Delta only through Beta; Delta is the only hub, so without it Alpha,
    // Beta and Gamma reach none. Alpha's removal leaves Beta-Delta. Echo and Golf reach
    // no hub to begin with, so nothing is cut off by removing them.
    QCOMPARE(names(r, r.cutOffBy(indexOf(r, u"Beta Automation"_s))), QStringList{u"Gamma Chat"_s});
    QCOMPARE(names(r, r.cutOffBy(indexOf(r, u"Delta CRM"_s))),
             (QStringList{u"Alpha Mail"_s, u"Beta Automation"_s, u"Gamma Chat"_s}));
    QCOMPARE(impact(u"Delta CRM"_s).cutOffCount, 3);
    QCOMPARE(impact(u"Alpha Mail"_s).cutOffCount, 0);
    QCOMPARE(impact(u"Gamma Chat"_s).cutOffCount, 0);
    QCOMPARE(impact(u"Echo Pages"_s).cutOffCount, 0);
    QVERIFY(!r.hubReach.reachesHub(indexOf(r, u"Golf Notes"_s)));
    QVERIFY(r.hubReach.reachesHub(indexOf(r, u"Gamma Chat"_s)));
}

void TestStackAnalysis::markedHubsReplaceTheCategoryRule()
{
    AnalysisInput in = test::handStack();
    in.tools[2].systemOfRecord = true; // Gamma Chat
    const AnalysisResult r = analyzeStack(in);
    // One tool is marked: it is the only hub, Delta's CRM category no longer counts.
    QCOMPARE(r.hubRule, HubRule::Marked);
    QCOMPARE(names(r, r.hubs), QStringList{u"Gamma Chat"_s});
    QVERIFY(!r.tools[size_t(indexOf(r, u"Delta CRM"_s))].hub);
    // Everything else in the big component reaches Gamma only through Beta.
    QCOMPARE(names(r, r.cutOffBy(indexOf(r, u"Beta Automation"_s))),
             (QStringList{u"Alpha Mail"_s, u"Delta CRM"_s}));
    QCOMPARE(r.removal[size_t(indexOf(r, u"Delta CRM"_s))].cutOffCount, 0);
    QCOMPARE(names(r, r.silos[0]), (QStringList{u"Echo Pages"_s, u"Golf Notes"_s}));

    // The hub categories are a setting: with none, no hub, and every component a silo
    // (the larger first).
    in = test::handStack();
    in.settings.hubCategories.clear();
    const AnalysisResult none = analyzeStack(in);
    QCOMPARE(none.hubs.size(), size_t(0));
    QCOMPARE(none.silos.size(), size_t(2));
    QCOMPARE(names(none, none.silos[0]),
             (QStringList{u"Alpha Mail"_s, u"Beta Automation"_s, u"Delta CRM"_s, u"Gamma Chat"_s}));
    QCOMPARE(none.removal[size_t(indexOf(none, u"Beta Automation"_s))].cutOffCount, 0);
}

void TestStackAnalysis::thresholdIsAParameter()
{
    AnalysisInput in = test::handStack();
    in.settings.overlapThreshold = 3;
    // At 3 no capability has two tools (email: Alpha; scoring: Beta; crm: Delta).
    QCOMPARE(analyzeStack(in).overlaps.size(), size_t(0));
    in.settings.overlapThreshold = 1;
    const AnalysisResult r = analyzeStack(in);
    // At 1 scoring gains Alpha (1, share 166.67) and email gains Gamma (1, share 100.00):
    // scoring 800.00 + 166.67, landing 504.76, email 171.43 + 100.00.
    QCOMPARE(r.overlaps.size(), size_t(3));
    QCOMPARE(r.overlaps[0].redundantCost, Cents(96'667));
    QCOMPARE(r.overlaps[1].redundantCost, Cents(50'476));
    QCOMPARE(r.overlaps[2].redundantCost, Cents(27'143));
    QCOMPARE(r.redundantCost, Cents(174'286));
}

void TestStackAnalysis::primaryRule_data()
{
    QTest::addColumn<QStringList>("toolNames");
    QTest::addColumn<std::vector<Cents>>("costs");
    QTest::addColumn<std::vector<int>>("strengths");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<qint64>("redundant");
    // Each tool's only capability is the shared one, so its share is its whole cost.
    QTest::newRow("strength before cost")
        << QStringList{u"Yankee"_s, u"Whisky"_s} << std::vector<Cents>{10'000, 99'900}
        << std::vector<int>{2, 3} << QStringList{u"Whisky"_s, u"Yankee"_s} << qint64(10'000);
    QTest::newRow("equal strength: lower cost")
        << QStringList{u"Xray"_s, u"Zulu"_s} << std::vector<Cents>{20'000, 10'000}
        << std::vector<int>{2, 2} << QStringList{u"Zulu"_s, u"Xray"_s} << qint64(20'000);
    // Case-sensitively 'Z' sorts before 'y'; the rule reads names as people do.
    QTest::newRow("equal cost: name, case-insensitively")
        << QStringList{u"Zulu"_s, u"yankee"_s, u"Xray"_s}
        << std::vector<Cents>{10'000, 10'000, 20'000} << std::vector<int>{2, 2, 2}
        << QStringList{u"yankee"_s, u"Zulu"_s, u"Xray"_s} << qint64(30'000);
    QTest::newRow("below the threshold: not in the overlap")
        << QStringList{u"Alpha"_s, u"Bravo"_s, u"Charlie"_s}
        << std::vector<Cents>{100, 20'000, 30'000} << std::vector<int>{1, 2, 2}
        << QStringList{u"Bravo"_s, u"Charlie"_s} << qint64(30'000);
}

void TestStackAnalysis::primaryRule()
{
    QFETCH(QStringList, toolNames);
    QFETCH(std::vector<Cents>, costs);
    QFETCH(std::vector<int>, strengths);
    QFETCH(QStringList, order);
    QFETCH(qint64, redundant);
    AnalysisInput in;
    for (qsizetype i = 0; i < toolNames.size(); ++i)
        in.tools.push_back(test::toolWith(
            ToolId(i + 1), toolNames[i], costs[size_t(i)], {{u"x"_s, strengths[size_t(i)]}}));
    const AnalysisResult r = analyzeStack(in);
    QCOMPARE(r.overlaps.size(), size_t(1));
    QCOMPARE(names(r, r.overlaps[0].tools), order);
    QCOMPARE(r.tools[size_t(r.overlaps[0].primary())].name, order.first());
    QCOMPARE(r.overlaps[0].redundantCost, Cents(redundant));
}

void TestStackAnalysis::overridesWithStrengthZero()
{
    AnalysisInput in;
    Product mailerPro;
    mailerPro.slug = u"mailer-pro"_s;
    mailerPro.categorySlug = u"email-marketing"_s;
    mailerPro.capabilities
        = {{0, u"email"_s, u"Email sending"_s, 3}, {0, u"landing"_s, u"Landing pages"_s, 2}};
    in.products = {mailerPro};
    // Mailer's product does email at 3, but the tool says it does not (0), and adds chat
    // at 1: effective landing 2, chat 1. Its 90.00 splits 60.00 landing, 30.00 chat.
    Tool mailer = test::toolWith(1, u"Mailer"_s, 9'000, {{u"email"_s, 0}, {u"chat"_s, 1}});
    mailer.productSlug = u"mailer-pro"_s;
    in.tools = {mailer,
                test::toolWith(2, u"Sender"_s, 5'000, {{u"email"_s, 2}}),
                test::toolWith(3, u"Pager"_s, 8'000, {{u"landing"_s, 2}})};
    const AnalysisResult r = analyzeStack(in);
    // email: Sender alone (Mailer's is removed): no overlap, and only Sender covers it.
    // landing: Mailer 2 (share 60.00) and Pager 2 (80.00). The rule compares annual costs,
    // not shares: Pager's 80.00 is below Mailer's 90.00, so Pager is primary and the
    // redundant spend is Mailer's share, 60.00.
    QCOMPARE(r.overlaps.size(), size_t(1));
    QCOMPARE(r.capabilities[size_t(r.overlaps[0].capability)].name, u"Landing pages"_s);
    QCOMPARE(names(r, r.overlaps[0].tools), (QStringList{u"Pager"_s, u"Mailer"_s}));
    QCOMPARE(r.overlaps[0].shares, (std::vector<Cents>{8'000, 6'000}));
    QCOMPARE(r.overlaps[0].redundantCost, Cents(6'000));
    QCOMPARE(r.tools[0].capabilityCount, 2);
    QCOMPARE(r.tools[0].categorySlug, u"email-marketing"_s);
    QCOMPARE(capabilityNames(r, r.removal[1].onlyCovers), QStringList{u"Email sending"_s});
    // Pager is fully redundant (Mailer covers landing at 2); Mailer is not (chat).
    QCOMPARE(names(r, r.fullyRedundant), QStringList{u"Pager"_s});
    // Mailer-Pager: min landing 2 over max 2 + chat 1 = 2/3.
    QCOMPARE(r.similarPairs.size(), size_t(1));
    QCOMPARE(r.similarPairs[0].similarity, 2.0 / 3);
}

void TestStackAnalysis::emptyWorkspace()
{
    const AnalysisResult r = analyzeStack(AnalysisInput{});
    QCOMPARE(r.tools.size(), size_t(0));
    QCOMPARE(r.annualCost, Cents(0));
    QCOMPARE(r.overlaps.size(), size_t(0));
    QCOMPARE(r.silos.size(), size_t(0));
    QCOMPARE(r.singlePointsOfFailure.size(), size_t(0));
    QCOMPARE(r.hubRule, HubRule::Category);
}

QTEST_APPLESS_MAIN(TestStackAnalysis)
#include "tst_stackanalysis.moc"
