#pragma once

#include "analysis/analysisinput.h"
#include "workspace/workspacestore.h"

namespace sa::test {

// The workspace of the comparison tests (tests/unit/tst_productcomparison.cpp works out
// every score from it), over the small fixture catalogue:
// - Sales Cloud (salesforce-sales-cloud, a hub by its crm category), Brevo (brevo), Site
//   Stats (custom: web-analytics 2), and the retired Old Pardot
//   (salesforce-account-engagement);
// - requirements lead-scoring must 2, email-campaigns must 2, marketing-workflows
//   should 2, multi-touch-attribution nice 1.
AnalysisInput comparisonStack();
// The same as a new workspace's content.
WorkspaceImport comparisonStackImport();
// A product of the small fixture catalogue by slug, with its vendor's name.
Product fixtureProduct(const QString &slug);
std::vector<Product> fixtureProducts(const QStringList &slugs);

} // namespace sa::test
