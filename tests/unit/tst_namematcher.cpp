// NameMatcher on a small hand-made catalogue: every candidate, confidence and reason for
// names as finance and IT exports write them. Confidences follow from the levels in
// namematchrun.cpp; fuzzy ones from word weights ln(1 + 23 / products with the word).
#include "domain/product.h"
#include "io/namematcher.h"
#include "io/namereducer.h"
#include "io/vendornames.h"

#include <QTest>

using namespace sa;

namespace {

Product product(const char *slug,
                const char *name,
                const char *vendor,
                std::initializer_list<const char *> aliases = {})
{
    Product p;
    p.slug = QString::fromUtf8(slug);
    p.name = QString::fromUtf8(name);
    p.vendorName = QString::fromUtf8(vendor);
    for (const char *a : aliases)
        p.aliases << QString::fromUtf8(a);
    return p;
}

std::vector<Product> catalogue()
{
    return {
        product("salesforce-sales-cloud",
                "Salesforce Sales Cloud",
                "Salesforce",
                {"SFDC", "Sales Cloud"}),
        product("salesforce-marketing-cloud",
                "Salesforce Marketing Cloud Engagement",
                "Salesforce",
                {"SFMC", "Salesforce Marketing Cloud"}),
        product("salesforce-account-engagement",
                "Salesforce Marketing Cloud Account Engagement",
                "Salesforce",
                {"Pardot"}),
        product("hubspot-marketing-hub", "HubSpot Marketing Hub", "HubSpot", {"HubSpot Marketing"}),
        product("hubspot-sales-hub", "HubSpot Sales Hub", "HubSpot", {"HubSpot Sales"}),
        product("adobe-analytics", "Adobe Analytics", "Adobe", {"Omniture"}),
        product(
            "adobe-marketo-engage", "Adobe Marketo Engage", "Adobe", {"Marketo", "Marketo Engage"}),
        product("adobe-creative-cloud", "Adobe Creative Cloud", "Adobe", {"Creative Cloud"}),
        product("google-analytics-4", "Google Analytics 4", "Google", {"GA4", "Google Analytics"}),
        product("google-analytics-360", "Google Analytics 360", "Google", {"GA360"}),
        product("google-ads", "Google Ads", "Google", {"AdWords"}),
        product("zoom-workplace", "Zoom Workplace", "Zoom Communications", {"Zoom Meetings"}),
        product("zoom-webinars", "Zoom Webinars", "Zoom Communications"),
        product("monday-work-management", "monday work management", "monday.com", {"monday.com"}),
        product("monday-crm", "monday CRM", "monday.com"),
        product("microsoft-teams", "Microsoft Teams", "Microsoft", {"MS Teams"}),
        product("jira", "Jira", "Atlassian", {"Jira Software"}),
        product("braze", "Braze", "Braze", {"Appboy"}),
        product("matomo", "Matomo", "InnoCraft", {"Piwik"}),
        product("customer-io", "Customer.io", "Customer.io"),
        product("mailchimp", "Mailchimp", "Intuit", {"Intuit Mailchimp"}),
        product("dynamic-yield", "Dynamic Yield", "Mastercard"),
        product("brevo", "Brevo", "Brevo", {"Sendinblue"}),
    };
}

QString describe(const std::vector<MatchCandidate> &candidates)
{
    QStringList parts;
    for (const MatchCandidate &c : candidates)
        parts << c.productSlug + u' ' + QString::number(c.confidence) + u' '
                     + matchReasonName(c.reason);
    return parts.join(u"; ");
}

} // namespace

class TestNameMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_matcher = NameMatcher(catalogue()); }

    void reducesNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("core");
        QTest::addColumn<QString>("bare");
        QTest::addColumn<QString>("relaxed");
        auto row = [](const char *name, const char *core, const char *bare, const char *relaxed) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(core)
                                << QString::fromUtf8(bare) << QString::fromUtf8(relaxed);
        };
        row("Hubspot Marketing Pro (marketing team)",
            "hubspot marketing",
            "hubspot marketing",
            "hubspot marketing");
        row("Asana, Inc. - Business annual, 50 seats", "asana", "asana", "asana");
        row("Zoom Video Communications Inc", "zoom video", "zoom video", "zoom video");
        row("monday.com - Work OS", "monday", "monday", "monday");
        row("Microsoft Teams Premium", "microsoft teams", "microsoft", "microsoft");
        row("Meta Business Suite",
            "meta business suite",
            "meta business suite",
            "meta business suite");
        row("Canva for Teams", "canva", "canva", "canva");
        row("Dynamic Yield by Mastercard", "dynamic yield", "dynamic yield", "dynamic yield");
        row("Marketo V2 FY2025", "marketo", "marketo", "marketo");
        row("Visio Plan 2", "visio", "visio", "visio");
        row("Piwik PRO", "piwik pro", "piwik pro", "piwik pro");
        row("PIWIK PRO", "piwik", "piwik", "piwik");
        row("Braze Cloud Mode (Actions)", "braze cloud mode", "braze cloud mode", "braze");
        row("Criteo App & Web Events",
            "criteo app and web events",
            "criteo app and web events",
            "criteo");
        row("Salesforce Sales Cloud",
            "salesforce sales cloud",
            "salesforce sales cloud",
            "salesforce sales");
        row("Act-On Software", "act on", "act on", "act on");
        row("Teads S.A.", "teads", "teads", "teads");
        row("Crème Brûlée GmbH", "creme brulee", "creme brulee", "creme brulee");
        row("Raiser's Edge", "raisers edge", "raisers edge", "raisers edge");
        row("Premium", "premium", "premium", "premium");
    }

    void reducesNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, core);
        QFETCH(QString, bare);
        QFETCH(QString, relaxed);
        VendorNames vendors;
        vendors.add(FoldedName(u"Microsoft").words(), 0);
        vendors.add(FoldedName(u"Mastercard").words(), 1);
        const NameReducer reducer(vendors);
        const FoldedName folded(name);
        const ReducedName r = reducer.reduce(folded);
        QCOMPARE(joinedText(r.core), core);
        QCOMPARE(joinedText(r.bare), bare);
        QCOMPARE(joinedText(r.relaxed), relaxed);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("vendorHint");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *tag, const char *name, const char *hint, const char *expected) {
            QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(hint)
                               << QString::fromUtf8(expected);
        };
        // Exact: case, accents and punctuation never matter.
        row("name",
            "Salesforce Sales Cloud",
            "",
            "salesforce-sales-cloud 1 exact name; salesforce-marketing-cloud 0.567 fuzzy");
        row("alias, any case", "sfdc", "", "salesforce-sales-cloud 0.97 exact alias");
        row("accents", "BréVo", "", "brevo 1 exact name");
        row("spacing", "Mail Chimp", "", "mailchimp 0.95 normalised");
        row("digits apart", "GA 360", "", "google-analytics-360 0.95 normalised");
        row("exact beats fuzzy",
            "Google Analytics 360",
            "",
            "google-analytics-360 1 exact name; google-analytics-4 0.73 fuzzy");
        // Normalised: suffixes, editions, years, seats, notes, trailing descriptions.
        row("edition",
            "Hubspot Marketing Pro",
            "",
            "hubspot-marketing-hub 0.93 normalised; hubspot-sales-hub 0.509 fuzzy");
        row("shouting export",
            "HUBSPOT MARKETING PRO",
            "",
            "hubspot-marketing-hub 0.93 normalised; hubspot-sales-hub 0.509 fuzzy");
        row("edition words",
            "Salesforce Sales Cloud Enterprise Edition",
            "",
            "salesforce-sales-cloud 0.93 normalised; salesforce-marketing-cloud 0.567 fuzzy");
        row("description and note",
            "Sales Cloud - Unlimited (annual)",
            "",
            "salesforce-sales-cloud 0.93 normalised; hubspot-sales-hub 0.516 fuzzy");
        row("Marketo edition", "Marketo Engage Select", "", "adobe-marketo-engage 0.93 normalised");
        row("Teams stays Teams", "Microsoft Teams Premium", "", "microsoft-teams 0.93 normalised");
        row("bracketed note", "Jira (marketing team)", "", "jira 0.93 normalised");
        row("year and seats", "Brevo 2024 - 50 seats", "", "brevo 0.93 normalised");
        row("fiscal year", "AdWords FY25", "", "google-ads 0.93 normalised");
        row("plan number", "Mailchimp Standard Plan 2", "", "mailchimp 0.93 normalised");
        row("renewal line",
            "HubSpot Marketing Hub Professional - 2024 renewal",
            "",
            "hubspot-marketing-hub 0.93 normalised; hubspot-sales-hub 0.592 fuzzy");
        row("former name, new in brackets", "Sendinblue (Brevo)", "", "brevo 0.93 normalised");
        row("by vendor", "Dynamic Yield by Mastercard", "", "dynamic-yield 0.93 normalised");
        row("brand in capitals", "Piwik PRO", "", "matomo 0.7 fuzzy");
        row("edition in title case", "Piwik Pro", "", "matomo 0.93 normalised");
        row("channel words", "Braze Cloud Mode (Actions)", "", "braze 0.9 normalised");
        row("channel word", "Google Analytics 4 Web", "", "google-analytics-4 0.9 normalised");
        row("deployment word", "Jira Software Cloud", "", "jira 0.9 normalised");
        row("alias that is a vendor with several products",
            "monday.com - Work OS",
            "",
            "monday-work-management 0.9 normalised; monday-crm 0.75 vendor only");
        row("product in a later segment",
            "Marketing - HubSpot Sales",
            "",
            "hubspot-sales-hub 0.85 normalised; hubspot-marketing-hub 0.584 fuzzy; "
            "salesforce-marketing-cloud 0.539 fuzzy");
        // Vendor plus product.
        row("vendor first", "Atlassian Jira", "", "jira 0.92 vendor+product");
        row("vendor last", "Jira Atlassian", "", "jira 0.92 vendor+product");
        // Vendor names alone are never accepted; less confidence, the more products.
        row("vendor with two products",
            "HubSpot",
            "",
            "hubspot-marketing-hub 0.75 vendor only; hubspot-sales-hub 0.75 vendor only");
        row("vendor with three products",
            "Salesforce.com, Inc.",
            "",
            "salesforce-marketing-cloud 0.74 vendor only; salesforce-sales-cloud 0.74 vendor only; "
            "salesforce-account-engagement 0.74 vendor only");
        row("vendor with one product", "Mastercard", "", "dynamic-yield 0.8 vendor only");
        row("vendor legal name",
            "Zoom Video Communications Inc",
            "",
            "zoom-workplace 0.563 vendor only; zoom-webinars 0.563 vendor only");
        row("vendor and an unknown product",
            "Google Cloud Storage",
            "",
            "google-analytics-4 0.555 vendor only; google-ads 0.555 vendor only; "
            "google-analytics-360 0.555 vendor only");
        // Vendor hints.
        row("hint completes the name",
            "Analytics",
            "Adobe Inc.",
            "adobe-analytics 1 vendor+product; google-analytics-4 0.54 fuzzy");
        row("hint agrees", "Marketo", "Adobe", "adobe-marketo-engage 1 exact alias");
        row("hint disagrees", "Marketo", "Google LLC", "adobe-marketo-engage 0.873 exact alias");
        row("hint names the product's vendor",
            "Teams",
            "Microsoft",
            "microsoft-teams 1 vendor+product");
        row("hint raises but never accepts a vendor",
            "Zoom",
            "Zoom Video Communications",
            "zoom-workplace 0.8 vendor only; zoom-webinars 0.8 vendor only");
        // Fuzzy: suggestions at most.
        row("product and unknown words", "Braze Cohorts", "", "braze 0.7 fuzzy");
        row("misspelt word among known ones",
            "Salesforse Sales Cloud",
            "",
            "salesforce-sales-cloud 0.669 fuzzy; hubspot-sales-hub 0.509 fuzzy");
        row("misspelt name alone", "Brazee", "", "braze 0.56 fuzzy");
        row("product words and more",
            "Adobe Creative Cloud All Apps",
            "",
            "adobe-creative-cloud 0.737 fuzzy; adobe-marketo-engage 0.555 vendor only; "
            "adobe-analytics 0.555 vendor only");
        // Nothing.
        row("unknown", "Acme Internal Tool", "", "");
        row("empty", "", "", "");
        row("punctuation only", " - () ", "", "");
    }

    void matches()
    {
        QFETCH(QString, name);
        QFETCH(QString, vendorHint);
        QFETCH(QString, expected);
        QCOMPARE(describe(m_matcher.match(name, vendorHint)), expected);
    }

    void outcomeFollowsTheThresholds()
    {
        QVERIFY(NameMatcher::SuggestThreshold < NameMatcher::AcceptThreshold);
        using O = NameMatcher::Outcome;
        QCOMPARE(NameMatcher::outcome({}), O::Unmatched);
        QCOMPARE(NameMatcher::outcome({{QStringLiteral("a"), 0.9, MatchReason::Normalised}}),
                 O::Accepted);
        QCOMPARE(NameMatcher::outcome({{QStringLiteral("a"), 0.899, MatchReason::Fuzzy}}),
                 O::Suggested);
        QCOMPARE(NameMatcher::outcome({{QStringLiteral("a"), 0.6, MatchReason::Fuzzy}}),
                 O::Suggested);
        QCOMPARE(NameMatcher::outcome({{QStringLiteral("a"), 0.599, MatchReason::Fuzzy}}),
                 O::Unmatched);
        QCOMPARE(NameMatcher::outcome(m_matcher.match(u"HubSpot")), O::Suggested);
        QCOMPARE(NameMatcher::outcome(m_matcher.match(u"Hubspot Marketing Pro")), O::Accepted);
        QCOMPARE(NameMatcher::outcome(m_matcher.match(u"Zoom Video Communications Inc")),
                 O::Unmatched);
    }

    void optionsLimitTheCandidates()
    {
        const NameMatcher matcher(catalogue(), {2, 0.6});
        QCOMPARE(describe(matcher.match(u"Salesforce")),
                 QStringLiteral("salesforce-marketing-cloud 0.74 vendor only; "
                                "salesforce-sales-cloud 0.74 vendor only"));
        QCOMPARE(describe(matcher.match(u"Braze Cohorts")), QStringLiteral("braze 0.7 fuzzy"));
        QCOMPARE(describe(matcher.match(u"Brazee")), QString());
    }

    void sharesAliasesOnlyByRule()
    {
        // Two products with the same alias: neither is accepted by it.
        std::vector<Product> products = catalogue();
        products.push_back(product("other-crm", "Other CRM", "Other", {"Sales Cloud"}));
        const NameMatcher matcher(products);
        QCOMPARE(
            describe(matcher.match(u"Sales Cloud")),
            QStringLiteral("salesforce-sales-cloud 0.8 exact alias; other-crm 0.8 exact alias; "
                           "hubspot-sales-hub 0.585 fuzzy"));
    }

    void emptyCatalogue()
    {
        const NameMatcher matcher;
        QCOMPARE(matcher.productCount(), 0);
        QVERIFY(matcher.match(u"Salesforce").empty());
    }

    void reasonNames()
    {
        QCOMPARE(matchReasonName(MatchReason::ExactName), QStringLiteral("exact name"));
        QCOMPARE(matchReasonName(MatchReason::ExactAlias), QStringLiteral("exact alias"));
        QCOMPARE(matchReasonName(MatchReason::Normalised), QStringLiteral("normalised"));
        QCOMPARE(matchReasonName(MatchReason::VendorProduct), QStringLiteral("vendor+product"));
        QCOMPARE(matchReasonName(MatchReason::Fuzzy), QStringLiteral("fuzzy"));
        QCOMPARE(matchReasonName(MatchReason::VendorOnly), QStringLiteral("vendor only"));
    }

private:
    NameMatcher m_matcher;
};

QTEST_APPLESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
