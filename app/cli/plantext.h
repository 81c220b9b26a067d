#pragma once

#include "domain/workspaceinfo.h"
#include "planning/planner.h"

#include <QTextStream>

namespace sa::cli {

// The readable report of `plan` without --json: the totals, then the roadmap (one line
// per decision, dated, with its notice deadline and what it gives up), then why there is
// no plan when there is none.
void printPlanText(QTextStream &out, const PlanResult &result, const WorkspaceInfo &info);

} // namespace sa::cli
