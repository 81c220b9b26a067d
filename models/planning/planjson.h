#pragma once

#include "planner.h"

#include <QJsonObject>

namespace sa {

// The `plan --json` object (DESIGN.md "Command line"; keys in README "Planner"): money as
// numbers of the workspace currency rounded to cents (plan_cost and greedy_cost are what
// the company pays; objective and greedy_objective add the should penalties), dates as YYYY-MM-DD or null, tools and products
// by the names the user and the catalogue gave them. Stable: scripts read it.
QJsonObject planJson(const PlanResult &result);

// "optimal", "feasible" (time limit reached with a plan), "infeasible", "cancelled",
// "no_plan".
QString mipStatusName(MipResult::Status status);

} // namespace sa
