#pragma once

#include "analysis/analysisinput.h"
#include "domain/scenario.h"

namespace sa::test {

// The hand stack (analysisfixture.h) as the dashboard tests see it, every figure worked
// out in tests/unit/tst_dashboardmodels.cpp. Tools filed under catalogue-small's
// subcategories: Alpha Mail under Email Marketing, Beta Automation and Gamma Chat under
// Marketing Automation, Delta CRM under CRM, Golf Notes under Web Analytics, Echo Pages
// under a subcategory nobody knows. Contracts: Alpha ends 2027-03-31 (60 days' notice),
// Delta 2026-06-30 renewing itself (30 days), Gamma 2028-02-29, Echo 2026-12-31 (not
// renewing), the retired Foxtrot 2027-02-28. One product snapshot, "chat-pro", priced
// 200 to 400 a year.
AnalysisInput dashboardStack();
// The baseline and "Consolidate": from 2027-01-01 over 12 months, retire Beta Automation
// on 2027-03-31 with 100.00 migration, add chat-pro from 2027-07-01.
std::vector<Scenario> dashboardScenarios();
QDate dashboardToday(); // 2027-01-15

} // namespace sa::test
