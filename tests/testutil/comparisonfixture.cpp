#include "comparisonfixture.h"

#include "analysisfixture.h"
#include "storefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace sa::test {

Product fixtureProduct(const QString &slug)
{
    const CatalogueContent content = smallCatalogue().content;
    for (Product p : content.products) {
        if (p.slug != slug)
            continue;
        // As a store gives it: with the vendor's name.
        for (const Vendor &v : content.vendors) {
            if (v.slug == p.vendorSlug)
                p.vendorName = v.name;
        }
        return p;
    }
    QTest::qFail(qPrintable(u"no fixture product " + slug), __FILE__, __LINE__);
    return Product();
}

std::vector<Product> fixtureProducts(const QStringList &slugs)
{
    std::vector<Product> out;
    for (const QString &slug : slugs)
        out.push_back(fixtureProduct(slug));
    return out;
}

AnalysisInput comparisonStack()
{
    AnalysisInput in;
    in.capabilities = smallCatalogue().content.capabilities;
    in.products = fixtureProducts(
        {u"brevo"_s, u"salesforce-account-engagement"_s, u"salesforce-sales-cloud"_s});
    Tool sales = toolWith(1, u"Sales Cloud"_s, 4'000'000, {});
    sales.productSlug = u"salesforce-sales-cloud"_s;
    Tool brevo = toolWith(2, u"Brevo"_s, 300'000, {});
    brevo.productSlug = u"brevo"_s;
    Tool stats = toolWith(3, u"Site Stats"_s, 50'000, {{u"web-analytics"_s, 2}});
    Tool pardot = toolWith(4, u"Old Pardot"_s, 1'500'000, {});
    pardot.productSlug = u"salesforce-account-engagement"_s;
    pardot.status = ToolStatus::Retired;
    in.tools = {brevo, pardot, sales, stats};
    in.integrations = {{1, 2, IntegrationKind::Connector}};
    in.requirements = {{u"lead-scoring"_s, Importance::Must, 2},
                       {u"email-campaigns"_s, Importance::Must, 2},
                       {u"marketing-workflows"_s, Importance::Should, 2},
                       {u"multi-touch-attribution"_s, Importance::Nice, 1}};
    return in;
}

WorkspaceImport comparisonStackImport()
{
    const AnalysisInput in = comparisonStack();
    WorkspaceImport content;
    content.capabilities = in.capabilities;
    content.products = in.products;
    content.requirements = in.requirements;
    for (const Tool &t : in.tools) {
        Tool fresh = t;
        fresh.id = 0;
        content.tools.push_back(fresh);
    }
    // Sales Cloud (index 2) and Brevo (index 0).
    content.integrations.push_back(
        ImportedIntegration{ToolRef{0, 2}, ToolRef{0, 0}, IntegrationKind::Connector});
    return content;
}

} // namespace sa::test
