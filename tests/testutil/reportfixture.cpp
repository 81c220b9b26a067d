#include "reportfixture.h"

#include "comparisonfixture.h"

using namespace Qt::StringLiterals;

namespace sa::test {

AnalysisInput reportStack()
{
    AnalysisInput in = comparisonStack();
    for (Tool &t : in.tools) {
        if (t.name == u"Sales Cloud") {
            t.seats = 20;
            t.activeUsers = 18;
            t.owner = u"Dana Reyes"_s;
            t.contractEnd = QDate(2027, 3, 31);
            t.noticeDays = 60;
        } else if (t.name == u"Brevo") {
            t.seats = 10;
            t.activeUsers = 3;
            t.owner = u"Mo Adeyemi"_s;
            t.contractEnd = QDate(2027, 1, 31);
            t.noticeDays = 30;
        } else if (t.name == u"Site Stats") {
            t.categorySlug = u"analytics"_s;
            t.capabilities = {{u"web-analytics"_s, 2}, {u"email-campaigns"_s, 2}};
        }
    }
    for (const Product &p :
         fixtureProducts({u"hubspot-marketing-hub"_s, u"adobe-marketo-engage"_s}))
        in.products.push_back(p);
    return in;
}

WorkspaceImport reportStackImport()
{
    const AnalysisInput in = reportStack();
    WorkspaceImport content = comparisonStackImport();
    content.products = in.products;
    for (Tool &t : content.tools) {
        for (const Tool &f : in.tools) {
            if (f.name == t.name) {
                t = f;
                t.id = 0;
            }
        }
    }
    return content;
}

Shortlist reportShortlist()
{
    Shortlist s;
    s.name = u"Marketing automation"_s;
    s.productSlugs = {
        u"hubspot-marketing-hub"_s, u"adobe-marketo-engage"_s, u"salesforce-account-engagement"_s};
    return s;
}

Scenario reportScenario(ToolId siteStats, ToolId brevo)
{
    Scenario s;
    s.name = u"Consolidate"_s;
    s.kind = ScenarioKind::Manual;
    s.horizonMonths = 12;
    s.start = QDate(2027, 1, 1);
    Decision site;
    site.toolId = siteStats;
    site.action = DecisionAction::Retire;
    site.effective = QDate(2027, 3, 31);
    site.oneOffCost = 10'000;
    Decision mail;
    mail.toolId = brevo;
    mail.action = DecisionAction::Retire;
    mail.effective = QDate(2027, 6, 30);
    mail.oneOffCost = 30'000;
    s.decisions = {site, mail};
    return s;
}

} // namespace sa::test
