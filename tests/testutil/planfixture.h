#pragma once

#include "analysis/analysisinput.h"
#include "store/sqliteworkspacestore.h"
#include "workspace/workspacestore.h"

#include <memory>

namespace sa::test {

// The stack the planner tests work out by hand (tests/unit/tst_planner.cpp), over the
// capabilities of the small fixture catalogue: Mailer (12,000.00 a year, email campaign
// sending 3, contract to 2025-06-30, 30 days' notice), Suite (24,000.00, email 2 and
// contact management 3, a CRM, to 2025-12-31, 90 days), Tracker (6,000.00, web
// analytics 2, to 2025-03-31, 30 days, renews itself); Mailer and Tracker integrate with
// Suite. Requirements: email campaign sending must 3, contact management must 2, web
// analytics should 2. Money in USD, like the catalogue's prices.
AnalysisInput planStack();
WorkspaceImport planStackImport();
WorkspaceInfo planInfo(); // "Planwell Ltd", USD
// A new workspace at path with planInfo() and the plan stack (ids 1 Mailer, 2 Suite,
// 3 Tracker, in import order); nullptr and a test failure when it cannot be made.
std::unique_ptr<SqliteWorkspaceStore> createPlanWorkspace(const QString &path);

} // namespace sa::test
