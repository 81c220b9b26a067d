// The comparison scores, worked out by hand over tests/testutil/comparisonfixture.h.
//
// The stack (active: Sales Cloud [hub, crm], Brevo, Site Stats; Old Pardot is retired):
// best strengths email-campaigns 3, email-templates 2, marketing-workflows 1 (Brevo),
// contact-management 3, pipeline-management 3, sales-sequences 1 (Sales Cloud),
// web-analytics 2 (Site Stats). Gaps: lead-scoring (must 2, has 0), marketing-workflows
// (should 2, has 1). Requirement weights: must 3 + must 3 + should 2 + nice 1 = 9.
// Integration denominator: 3 tools + 1 hub = 4. Overlap threshold 2.
//
// HubSpot Marketing Hub (email 3, workflows 2, scoring 2, templates 2, web 1; lists only
// hubspot-crm; 9,600..43,200 -> midpoint 26,400):
//   coverage (3+3+2+0)/9 = 0.888889; integration 0/4 = 0; overlap: offers email,
//   templates, scoring, workflows at >= 2, the stack has email and templates at >= 2:
//   1 - 2/4 = 0.5; cost 26,400/26,400 = 1.
// Adobe Marketo Engage (scoring 3, workflows 3, email 2, attribution 2; Sales Cloud lists
// it native; 30,000..150,000 -> 90,000):
//   coverage 9/9 = 1; integration (hub: 2)/4 = 0.5; overlap 1 - 1/4 = 0.75;
//   cost 26,400/90,000 = 0.293333.
// Marketing Cloud Account Engagement (scoring 3, workflows 3, email 2; Sales Cloud lists
// it native; 15,000..48,000 -> 31,500; only the retired tool is on it, so not owned):
//   coverage 8/9 = 0.888889; integration 0.5; overlap 1 - 1/3 = 0.666667;
//   cost 26,400/31,500 = 0.838095.
// Default weights 0.4/0.3/0.2/0.1, parts in hundredths of a point:
//   HubSpot 3556 + 0 + 2000 + 500 = 6056; Marketo 4000 + 1500 + 587 + 750 = 6837;
//   Account Engagement 3556 + 1500 + 1676 + 667 = 7399.
#include "compare/productcomparison.h"
#include "comparisonfixture.h"
#include "storefixture.h"

#include <QTest>

using namespace sa;
using namespace Qt::StringLiterals;

namespace {

const QStringList kThree{
    u"hubspot-marketing-hub"_s, u"adobe-marketo-engage"_s, u"salesforce-account-engagement"_s};

ComparisonInput input(const QStringList &slugs, CriterionWeights weights = {})
{
    ComparisonInput in;
    in.stack = test::comparisonStack();
    in.products = test::fixtureProducts(slugs);
    in.weights = weights;
    return in;
}

QStringList ranking(const ComparisonResult &r)
{
    QStringList slugs;
    for (const ProductScore &p : r.products)
        slugs << p.product.slug;
    return slugs;
}

const ProductScore &find(const ComparisonResult &r, const QString &slug)
{
    for (const ProductScore &p : r.products) {
        if (p.product.slug == slug)
            return p;
    }
    qFatal("no product %s", qPrintable(slug));
}

std::vector<qint64> parts(const ProductScore &p)
{
    std::vector<qint64> out;
    for (const CriterionScore &c : p.criteria)
        out.push_back(c.partHundredths);
    return out;
}

std::vector<qint64> scores(const ProductScore &p)
{
    std::vector<qint64> out;
    for (const CriterionScore &c : p.criteria)
        out.push_back(c.scoreHundredths);
    return out;
}

CriterionWeights weights(double coverage, double integration, double cost, double overlap)
{
    CriterionWeights w;
    w.values = {coverage, integration, cost, overlap};
    return w;
}

} // namespace

class TestProductComparison final : public QObject
{
    Q_OBJECT

private slots:
    void scoresByHand()
    {
        const Expected<ComparisonResult> r = compareProducts(input(kThree));
        QVERIFY(r.ok());
        QCOMPARE(ranking(*r),
                 (QStringList{u"salesforce-account-engagement"_s,
                              u"adobe-marketo-engage"_s,
                              u"hubspot-marketing-hub"_s}));
        const ProductScore &hub = find(*r, u"hubspot-marketing-hub"_s);
        QCOMPARE(scores(hub), (std::vector<qint64>{8889, 0, 10000, 5000}));
        QCOMPARE(parts(hub), (std::vector<qint64>{3556, 0, 2000, 500}));
        QCOMPARE(hub.totalHundredths, 6056);
        QCOMPARE(hub.rank, 3);
        const ProductScore &marketo = find(*r, u"adobe-marketo-engage"_s);
        QCOMPARE(scores(marketo), (std::vector<qint64>{10000, 5000, 2933, 7500}));
        QCOMPARE(parts(marketo), (std::vector<qint64>{4000, 1500, 587, 750}));
        QCOMPARE(marketo.totalHundredths, 6837);
        const ProductScore &pardot = find(*r, u"salesforce-account-engagement"_s);
        QCOMPARE(scores(pardot), (std::vector<qint64>{8889, 5000, 8381, 6667}));
        QCOMPARE(parts(pardot), (std::vector<qint64>{3556, 1500, 1676, 667}));
        QCOMPARE(pardot.totalHundredths, 7399);
        QCOMPARE(pardot.total(), 73.99);
        QCOMPARE(pardot.rank, 1);
    }

    void partsSumToTheTotal()
    {
        // Awkward weights: thirds and sevenths still give parts that add up exactly.
        const Expected<ComparisonResult> r = compareProducts(input(kThree, weights(1, 1, 1, 4)));
        QVERIFY(r.ok());
        for (const ProductScore &p : r->products) {
            qint64 sum = 0;
            for (const CriterionScore &c : p.criteria)
                sum += c.partHundredths;
            QCOMPARE(p.totalHundredths, sum);
        }
        // Marketo: 10000/7 + 5000/7 + 2933.33/7 + 4 x 7500/7 = 1428.57 + 714.29 + 419.05
        // + 4285.71 -> 1429 + 714 + 419 + 4286 = 6848.
        QCOMPARE(parts(find(*r, u"adobe-marketo-engage"_s)),
                 (std::vector<qint64>{1429, 714, 419, 4286}));
        QCOMPARE(find(*r, u"adobe-marketo-engage"_s).totalHundredths, 6848);
    }

    void details()
    {
        const Expected<ComparisonResult> r = compareProducts(input(kThree));
        QVERIFY(r.ok());
        QCOMPARE(r->activeTools, 3);
        QCOMPARE(r->priceCurrency, u"USD"_s);
        QStringList rows;
        for (const MatrixRow &m : r->matrix)
            rows << m.requirement.capabilitySlug + u':' + QString::number(m.stackStrength)
                        + (m.gap ? u" gap"_s : QString());
        QCOMPARE(rows,
                 (QStringList{u"email-campaigns:3"_s,
                              u"lead-scoring:0 gap"_s,
                              u"marketing-workflows:1 gap"_s,
                              u"multi-touch-attribution:0"_s}));
        const ProductScore &hub = find(*r, u"hubspot-marketing-hub"_s);
        QCOMPARE(hub.strengths, (std::vector<int>{3, 2, 2, 0}));
        QCOMPARE(hub.requirementsMet, 3);
        QCOMPARE(hub.mustMet, 2);
        QCOMPARE(hub.gapsClosed, (QStringList{u"lead-scoring"_s, u"marketing-workflows"_s}));
        QCOMPARE(hub.overlapping, (QStringList{u"email-campaigns"_s, u"email-templates"_s}));
        QCOMPARE(hub.priceMidpoint, std::optional<double>(26400));
        QVERIFY(hub.links.empty());
        const ProductScore &pardot = find(*r, u"salesforce-account-engagement"_s);
        QCOMPARE(pardot.ownedAs, QStringList()); // only the retired tool uses it
        QCOMPARE(pardot.links.size(), size_t(1));
        QCOMPARE(pardot.links[0].toolName, u"Sales Cloud"_s);
        QCOMPARE(pardot.links[0].kind, IntegrationKind::Native);
        QVERIFY(pardot.links[0].hub);
        QCOMPARE(pardot.stackTools, 3);
        QCOMPARE(pardot.stackHubs, 1);
        QCOMPARE(pardot.segmentFit, std::optional<bool>());
    }

    void segmentFit()
    {
        ComparisonInput in = input(kThree);
        in.segment = u"smb"_s;
        const Expected<ComparisonResult> r = compareProducts(in);
        QCOMPARE(find(*r, u"hubspot-marketing-hub"_s).segmentFit, std::optional<bool>(true));
        QCOMPARE(find(*r, u"adobe-marketo-engage"_s).segmentFit, std::optional<bool>(false));
    }

    void anOwnedProductIsMeasuredWithoutItsOwnTool()
    {
        // Brevo against the stack without the Brevo tool (Sales Cloud, Site Stats): it
        // offers email 3 and templates 2 at >= 2, which nobody else has: overlap 1; it
        // lists hubspot-crm and brevo-meetings only: integration 0 / (2 + 1).
        const Expected<ComparisonResult> r
            = compareProducts(input({u"brevo"_s, u"hubspot-marketing-hub"_s}));
        QVERIFY(r.ok());
        const ProductScore &brevo = find(*r, u"brevo"_s);
        QCOMPARE(brevo.ownedAs, QStringList{u"Brevo"_s});
        QCOMPARE(brevo.stackTools, 2);
        QCOMPARE(brevo.stackHubs, 1);
        QCOMPARE(brevo.overlapping, QStringList());
        QCOMPARE(brevo[Criterion::Overlap].scoreHundredths, 10000);
        // Coverage: email 3 (3), scoring 0, workflows 1 of 2 (2 x 1/2 = 1), attribution 0:
        // 4/9 = 0.444444. Cost: Brevo 4,150 is the cheapest: 1; HubSpot 4,150/26,400 =
        // 0.157197.
        QCOMPARE(scores(brevo), (std::vector<qint64>{4444, 0, 10000, 10000}));
        QCOMPARE(find(*r, u"hubspot-marketing-hub"_s)[Criterion::Cost].scoreHundredths, 1572);
    }

    void weightsAreNormalised()
    {
        const auto a = compareProducts(input(kThree, weights(40, 30, 20, 10)));
        const auto b = compareProducts(input(kThree));
        QCOMPARE(parts(a->products[0]), parts(b->products[0]));
        QCOMPARE(a->weights.values, (std::array<double, 4>{0.4, 0.3, 0.2, 0.1}));
        // Coverage alone: the total is the coverage score; zero weights score 0 points
        // but keep their scores for the breakdown.
        const auto coverage = compareProducts(input(kThree, weights(2, 0, 0, 0)));
        const ProductScore &marketo = find(*coverage, u"adobe-marketo-engage"_s);
        QCOMPARE(marketo.totalHundredths, 10000);
        QCOMPARE(parts(marketo), (std::vector<qint64>{10000, 0, 0, 0}));
        QCOMPARE(marketo[Criterion::Integration].scoreHundredths, 5000);
    }

    void unusableWeightsAreRefused_data()
    {
        QTest::addColumn<double>("cost");
        QTest::addColumn<QString>("message");
        QTest::newRow("all zero") << 0.0
                                  << u"every weight is 0: give at least one criterion a weight"
                                     u" above 0"_s;
        QTest::newRow("negative") << -1.0 << u"the weight of cost must be a number of 0 or more"_s;
        QTest::newRow("nan") << qQNaN() << u"the weight of cost must be a number of 0 or more"_s;
    }

    void unusableWeightsAreRefused()
    {
        QFETCH(double, cost);
        QFETCH(QString, message);
        const auto r = compareProducts(input(kThree, weights(0, 0, cost, 0)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, message);
    }

    void parseWeights()
    {
        const auto w = CriterionWeights::parse(u"coverage=0.5, cost = 0.25,OVERLAP=0.25"_s);
        QVERIFY(w.ok());
        QCOMPARE(w->values, (std::array<double, 4>{0.5, 0, 0.25, 0.25}));
        QCOMPARE(w->toString(), u"coverage=0.5,integration=0,cost=0.25,overlap=0.25"_s);
        QCOMPARE(CriterionWeights::parse(u"price=1"_s).error().message,
                 u"unknown criterion 'price': use coverage, integration, cost and overlap"_s);
        QCOMPARE(CriterionWeights::parse(u"cost=1,cost=2"_s).error().message,
                 u"the weight of cost is given twice"_s);
        QCOMPARE(CriterionWeights::parse(u"cost=lots"_s).error().message,
                 u"the weight of cost must be a number of 0 or more, not 'lots'"_s);
    }

    void tieBreaks()
    {
        // Coverage alone: HubSpot and Account Engagement both 88.89 with equal coverage;
        // the lower price midpoint (26,400 < 31,500) goes first.
        const auto r = compareProducts(input(kThree, weights(1, 0, 0, 0)));
        QCOMPARE(ranking(*r),
                 (QStringList{u"adobe-marketo-engage"_s,
                              u"hubspot-marketing-hub"_s,
                              u"salesforce-account-engagement"_s}));
        // Equal in everything: name case-insensitively, then slug.
        ComparisonInput in = input({u"brevo"_s});
        Product b = in.products[0];
        b.slug = u"a-copy"_s;
        b.name = u"brevo"_s;
        Product c = in.products[0];
        c.slug = u"0-copy"_s;
        c.name = u"Another Brevo"_s;
        in.products = {in.products[0], b, c};
        in.stack.tools.erase(in.stack.tools.begin()); // nobody owns Brevo now
        const auto tied = compareProducts(in);
        QCOMPARE(ranking(*tied), (QStringList{u"0-copy"_s, u"a-copy"_s, u"brevo"_s}));
        QCOMPARE(tied->products[0].totalHundredths, tied->products[2].totalHundredths);
    }

    void unpublishedPricesScoreZeroAndGoLast()
    {
        // Marketo (90,000) is the only published band, so it is the cheapest: cost 1.
        // Adobe Analytics: coverage 1/9 = 0.111111 (attribution 2 >= 1), integration 0,
        // overlap: web 3 and attribution 2 offered, web owned by Site Stats: 0.5, cost 0:
        // 444 + 0 + 0 + 500 = 944.
        const auto r = compareProducts(input({u"adobe-analytics"_s, u"adobe-marketo-engage"_s}));
        const ProductScore &analytics = find(*r, u"adobe-analytics"_s);
        QCOMPARE(analytics.priceMidpoint, std::optional<double>());
        QCOMPARE(parts(analytics), (std::vector<qint64>{444, 0, 0, 500}));
        QCOMPARE(find(*r, u"adobe-marketo-engage"_s).totalHundredths, 8250);
    }

    void aProductNamedTwiceIsRefused()
    {
        const auto r = compareProducts(input({u"brevo"_s, u"brevo"_s}));
        QCOMPARE(r.error().message, u"the product 'Brevo' is named twice"_s);
    }

    void fillAGap()
    {
        // lead-scoring (must, min 2): Account Engagement 3, Marketo 3, HubSpot 2 of the
        // twelve products; ranked as in scoresByHand, among themselves.
        ComparisonInput in = input({});
        in.products = test::smallCatalogue().content.products;
        const auto r = rankGapFillers(in, u"lead-scoring"_s);
        QVERIFY(r.ok());
        QCOMPARE(ranking(*r),
                 (QStringList{u"salesforce-account-engagement"_s,
                              u"adobe-marketo-engage"_s,
                              u"hubspot-marketing-hub"_s}));
        QCOMPARE(r->products[0].totalHundredths, 7399);
        // Not a requirement: any strength counts (identity-resolution: two CDPs).
        const auto identity = rankGapFillers(in, u"identity-resolution"_s);
        QCOMPARE(identity->products.size(), size_t(2));
        // Nobody has it: an empty ranking, not an error.
        const auto none = rankGapFillers(in, u"podcast-hosting"_s);
        QVERIFY(none.ok());
        QVERIFY(none->products.empty());
    }
};

QTEST_APPLESS_MAIN(TestProductComparison)
#include "tst_productcomparison.moc"
