#pragma once

#include "analysis/analysisinput.h"
#include "domain/scenario.h"
#include "domain/shortlist.h"
#include "workspace/workspacestore.h"

namespace sa::test {

// The workspace of the PDF review tests, over the small fixture catalogue: the comparison
// stack (comparisonfixture.h) with seats, owners and contracts, and Site Stats covering
// email campaign sending at 2 beside web analytics, so that it overlaps Brevo:
// - Sales Cloud 40,000.00 (crm: the hub), 20 seats, 18 used, Dana Reyes, to 2027-03-31;
// - Brevo 3,000.00 (email-marketing), 10 seats, 3 used, Mo Adeyemi, to 2027-01-31, 30
//   days' notice;
// - Site Stats 500.00 (analytics, custom), seats unknown;
// - Old Pardot, retired.
// The snapshots of HubSpot Marketing Hub and Adobe Marketo Engage come along for the
// shortlist. Every figure the tests assert is worked out in tests/unit/tst_reportcontent.cpp.
AnalysisInput reportStack();
WorkspaceImport reportStackImport();
// "Marketing automation": hubspot-marketing-hub, adobe-marketo-engage,
// salesforce-account-engagement, default weights.
Shortlist reportShortlist();
// "Consolidate", 12 months from 2027-01-01: retire Site Stats on 2027-03-31 (one-off
// 100.00) and Brevo on 2027-06-30 (one-off 300.00). Tool ids are the workspace's.
Scenario reportScenario(ToolId siteStats, ToolId brevo);

} // namespace sa::test
