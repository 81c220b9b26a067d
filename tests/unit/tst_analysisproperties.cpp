// The analysis on generated stacks, checked against the definitions computed the slow,
// obvious way (every pair, every removal, a breadth-first search per tool), and against
// properties that must hold whatever the stack: shares add up to each tool's cost,
// redundant spend never exceeds spend, retiring a fully redundant tool changes no
// capability's best coverage while retiring any other tool with capabilities does.
#include "analysis/stackanalysis.h"
#include "syntheticstack.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <deque>
#include <map>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    AnalysisInput input;
    AnalysisResult result;
};

Case generated(unsigned seed, int threshold)
{
    test::SyntheticStackOptions o;
    o.tools = 40;
    o.capabilities = 30;
    o.capabilitiesPerCategory = 5;
    o.minCapabilities = 1;
    o.maxCapabilities = 6;
    o.integrationsPerTool = 1;
    o.unintegratedPercent = 25;
    o.retiredPercent = 10;
    o.hubPercent = seed % 2 == 0 ? 5 : 0; // odd seeds: no marked hub, and no CRM: no hubs
    o.seed = seed;
    Case c;
    c.input = test::syntheticStack(o);
    c.input.settings.overlapThreshold = threshold;
    if (seed % 4 == 1) // some odd seeds use a category as the hub rule
        c.input.settings.hubCategories = {u"category-0"_s};
    for (Tool &t : c.input.tools) {
        if (seed % 4 == 1 && t.id % 7 == 0)
            t.categorySlug = u"category-0"_s;
    }
    c.result = analyzeStack(c.input);
    return c;
}

// Every active tool's strength per capability slug, from the definitions directly.
std::map<ToolId, std::map<QString, int>> strengthsOf(const AnalysisInput &in)
{
    QHash<QString, const Product *> products;
    for (const Product &p : in.products)
        products.insert(p.slug, &p);
    std::map<ToolId, std::map<QString, int>> out;
    for (const Tool &t : in.tools) {
        if (!t.isActive())
            continue;
        auto &strengths = out[t.id];
        for (const ToolCapability &c : effectiveCapabilities(t, products.value(t.productSlug)))
            strengths[c.capabilitySlug] = c.strength;
    }
    return out;
}

std::map<QString, int> bestStrengths(const AnalysisResult &r)
{
    std::map<QString, int> best;
    for (const AnalyzedCapability &c : r.capabilities)
        best[c.slug] = c.bestStrength;
    return best;
}

// Adjacency of the active tools by index, from the input's integrations.
std::vector<QSet<ToolIndex>> adjacency(const Case &c)
{
    QHash<ToolId, ToolIndex> index;
    for (size_t t = 0; t < c.result.tools.size(); ++t)
        index.insert(c.result.tools[t].id, ToolIndex(t));
    std::vector<QSet<ToolIndex>> adj(c.result.tools.size());
    for (const ToolIntegration &i : c.input.integrations) {
        if (index.contains(i.a) && index.contains(i.b) && i.a != i.b) {
            adj[size_t(index[i.a])].insert(index[i.b]);
            adj[size_t(index[i.b])].insert(index[i.a]);
        }
    }
    return adj;
}

// Which tools reach start's set without passing through removed (-1: none removed).
std::vector<bool> reach(const std::vector<QSet<ToolIndex>> &adj,
                        const std::vector<ToolIndex> &start,
                        ToolIndex removed)
{
    std::vector<bool> seen(adj.size(), false);
    std::deque<ToolIndex> queue;
    for (const ToolIndex s : start) {
        if (s != removed && !seen[size_t(s)]) {
            seen[size_t(s)] = true;
            queue.push_back(s);
        }
    }
    while (!queue.empty()) {
        const ToolIndex v = queue.front();
        queue.pop_front();
        for (const ToolIndex w : adj[size_t(v)]) {
            if (w != removed && !seen[size_t(w)]) {
                seen[size_t(w)] = true;
                queue.push_back(w);
            }
        }
    }
    return seen;
}

int componentCount(const std::vector<QSet<ToolIndex>> &adj, ToolIndex removed)
{
    std::vector<bool> seen(adj.size(), false);
    int count = 0;
    for (size_t v = 0; v < adj.size(); ++v) {
        if (ToolIndex(v) == removed || seen[v])
            continue;
        ++count;
        const std::vector<bool> part = reach(adj, {ToolIndex(v)}, removed);
        for (size_t w = 0; w < adj.size(); ++w)
            seen[w] = seen[w] || part[w];
    }
    return count;
}

} // namespace

class TestAnalysisProperties final : public QObject
{
    Q_OBJECT

private slots:
    void seeds_data();
    void sharesAndSpend();
    void sharesAndSpend_data() { seeds_data(); }
    void similarityMatchesEveryPair();
    void similarityMatchesEveryPair_data() { seeds_data(); }
    void retiringFullyRedundantToolsKeepsCoverage();
    void retiringFullyRedundantToolsKeepsCoverage_data() { seeds_data(); }
    void connectivityMatchesSearches();
    void connectivityMatchesSearches_data() { seeds_data(); }
    void generatedStacksExerciseEveryRule();
};

void TestAnalysisProperties::seeds_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("threshold");
    for (unsigned seed = 1; seed <= 24; ++seed)
        QTest::addRow("seed %u", seed) << seed << int(1 + seed % 3);
}

void TestAnalysisProperties::sharesAndSpend()
{
    QFETCH(unsigned, seed);
    QFETCH(int, threshold);
    const Case c = generated(seed, threshold);
    const AnalysisResult &r = c.result;
    const auto &g = r.capabilityGraph.graph();
    for (ToolIndex t = 0; t < int(r.tools.size()); ++t) {
        Cents sum = 0;
        for (const auto e :
             boost::make_iterator_range(boost::out_edges(r.capabilityGraph.toolVertex(t), g)))
            sum += g[e].share;
        if (r.tools[size_t(t)].capabilityCount > 0)
            QCOMPARE(sum, r.tools[size_t(t)].annualCost);
    }
    Cents redundant = 0;
    int overlapped = 0;
    for (const Overlap &o : r.overlaps)
        redundant += o.redundantCost;
    const auto strengths = strengthsOf(c.input);
    for (const AnalyzedCapability &cap : r.capabilities) {
        int atThreshold = 0;
        for (const auto &[id, byCap] : strengths) {
            const auto it = byCap.find(cap.slug);
            atThreshold += it != byCap.end() && it->second >= threshold;
        }
        overlapped += atThreshold >= 2;
    }
    QCOMPARE(int(r.overlaps.size()), overlapped);
    QCOMPARE(r.redundantCost, redundant);
    QVERIFY(r.redundantCost <= r.annualCost);
    QVERIFY(r.shelfwareCost <= r.annualCost);
}

void TestAnalysisProperties::similarityMatchesEveryPair()
{
    QFETCH(unsigned, seed);
    QFETCH(int, threshold);
    const Case c = generated(seed, threshold);
    const auto strengths = strengthsOf(c.input);
    std::map<std::pair<ToolId, ToolId>, double> expected;
    for (auto a = strengths.begin(); a != strengths.end(); ++a) {
        for (auto b = std::next(a); b != strengths.end(); ++b) {
            std::map<QString, int> all = a->second;
            for (const auto &[slug, s] : b->second)
                all.emplace(slug, 0);
            int mins = 0, maxes = 0;
            for (const auto &[slug, unused] : all) {
                const int x = a->second.count(slug) ? a->second.at(slug) : 0;
                const int y = b->second.count(slug) ? b->second.at(slug) : 0;
                mins += std::min(x, y);
                maxes += std::max(x, y);
            }
            if (mins > 0)
                expected[{a->first, b->first}] = double(mins) / double(maxes);
        }
    }
    const AnalysisResult &r = c.result;
    QCOMPARE(r.similarPairs.size(), expected.size());
    for (size_t k = 0; k < r.similarPairs.size(); ++k) {
        const SimilarPair &p = r.similarPairs[k];
        ToolId a = r.tools[size_t(p.a)].id, b = r.tools[size_t(p.b)].id;
        if (a > b)
            std::swap(a, b);
        QCOMPARE(p.similarity, expected.at({a, b}));
        if (k > 0)
            QVERIFY(r.similarPairs[k - 1].similarity >= p.similarity);
    }
}

void TestAnalysisProperties::retiringFullyRedundantToolsKeepsCoverage()
{
    QFETCH(unsigned, seed);
    QFETCH(int, threshold);
    const Case c = generated(seed, threshold);
    const std::map<QString, int> before = bestStrengths(c.result);
    const QSet<ToolIndex> redundant(c.result.fullyRedundant.begin(), c.result.fullyRedundant.end());
    for (ToolIndex t = 0; t < int(c.result.tools.size()); ++t) {
        if (c.result.tools[size_t(t)].capabilityCount == 0)
            continue;
        AnalysisInput in = c.input;
        for (Tool &tool : in.tools) {
            if (tool.id == c.result.tools[size_t(t)].id)
                tool.status = ToolStatus::Retired;
        }
        const AnalysisResult after = analyzeStack(in);
        if (redundant.contains(t)) {
            QCOMPARE(bestStrengths(after), before);
            QCOMPARE(after.gaps.size(), c.result.gaps.size());
        } else {
            QVERIFY2(bestStrengths(after) != before,
                     qPrintable(c.result.tools[size_t(t)].name + u" is not redundant"));
        }
    }
}

void TestAnalysisProperties::connectivityMatchesSearches()
{
    QFETCH(unsigned, seed);
    QFETCH(int, threshold);
    const Case c = generated(seed, threshold);
    const AnalysisResult &r = c.result;
    const auto adj = adjacency(c);
    const std::vector<bool> reached = reach(adj, r.hubs, -1);
    const int components = componentCount(adj, -1);
    QSet<ToolIndex> articulation(r.singlePointsOfFailure.begin(), r.singlePointsOfFailure.end());
    for (ToolIndex t = 0; t < int(r.tools.size()); ++t) {
        QCOMPARE(r.hubReach.reachesHub(t), bool(reached[size_t(t)]));
        const std::vector<bool> without = reach(adj, r.hubs, t);
        std::vector<ToolIndex> cut;
        for (ToolIndex v = 0; v < int(r.tools.size()); ++v) {
            if (v != t && reached[size_t(v)] && !without[size_t(v)])
                cut.push_back(v);
        }
        r.sortByName(&cut);
        QCOMPARE(r.cutOffBy(t), cut);
        QCOMPARE(r.removal[size_t(t)].cutOffCount, int(cut.size()));
        QCOMPARE(int(r.removal[size_t(t)].integrationsCut.size()), int(adj[size_t(t)].size()));
        QCOMPARE(articulation.contains(t), componentCount(adj, t) > components);
    }
    // Silos: exactly the tools no hub reaches, grouped by component.
    int inSilos = 0;
    for (const std::vector<ToolIndex> &silo : r.silos) {
        const std::vector<bool> part = reach(adj, {silo.front()}, -1);
        QCOMPARE(int(std::count(part.begin(), part.end(), true)), int(silo.size()));
        for (const ToolIndex t : silo) {
            QVERIFY(part[size_t(t)]);
            QVERIFY(!reached[size_t(t)]);
        }
        inSilos += int(silo.size());
    }
    QCOMPARE(inSilos, int(std::count(reached.begin(), reached.end(), false)));
}

void TestAnalysisProperties::generatedStacksExerciseEveryRule()
{
    // The properties above only mean something if the stacks have what they check.
    int redundant = 0, cutOff = 0, points = 0, silos = 0, marked = 0, byCategory = 0;
    int noHub = 0, zeroOverrides = 0, kept = 0;
    for (unsigned seed = 1; seed <= 24; ++seed) {
        const Case c = generated(seed, int(1 + seed % 3));
        redundant += int(c.result.fullyRedundant.size());
        kept += int(c.result.tools.size() - c.result.fullyRedundant.size()
                    - c.result.withoutCapabilities.size());
        for (const RemovalImpact &impact : c.result.removal)
            cutOff += impact.cutOffCount > 0;
        points += int(c.result.singlePointsOfFailure.size());
        silos += int(c.result.silos.size());
        marked += c.result.hubRule == HubRule::Marked && !c.result.hubs.empty();
        byCategory += c.result.hubRule == HubRule::Category && !c.result.hubs.empty();
        noHub += c.result.hubs.empty();
        for (const Tool &t : c.input.tools)
            zeroOverrides += !t.isCustom() && t.capabilities.front().strength == 0;
    }
    qInfo("fully redundant %d, not %d, tools cutting others off %d, articulation points %d, silos "
          "%d, "
          "marked hubs %d, category hubs %d, no hub %d, strength-0 overrides %d",
          redundant,
          kept,
          cutOff,
          points,
          silos,
          marked,
          byCategory,
          noHub,
          zeroOverrides);
    QVERIFY(redundant >= 24);
    QVERIFY(kept >= 24);
    QVERIFY(cutOff >= 24);
    QVERIFY(points >= 24);
    QVERIFY(silos >= 24);
    QVERIFY(marked >= 6);
    QVERIFY(byCategory >= 3);
    QVERIFY(noHub >= 3);
    QVERIFY(zeroOverrides >= 24);
}

QTEST_APPLESS_MAIN(TestAnalysisProperties)
#include "tst_analysisproperties.moc"
