#pragma once

#include "analysis/analysisinput.h"
#include "domain/money.h"
#include "domain/scenario.h"
#include "horizon.h"
#include "scenarioevaluation.h"

#include <vector>

namespace sa {

// What a saved scenario costs month by month over its horizon, beside the stack as it is
// (before), for the dashboard's charts and the report: the months of evaluateScenario()
// (whose rules price the planner's and the user's scenarios alike), with the tools each
// month's retirements and replacements take out.
struct ScenarioCost
{
    Horizon horizon;
    std::vector<Cents> before; // one per month
    std::vector<Cents> after;
    Cents baselineCost = 0;
    Cents scenarioCost = 0;
    // Per month, the tools whose decision takes effect in it (retire, replace).
    std::vector<std::vector<ToolId>> changes;

    Cents savings() const { return baselineCost - scenarioCost; }
};

// today stands in for a scenario without a start date.
ScenarioCost scenarioCost(const AnalysisInput &input, const Scenario &scenario, QDate today);

} // namespace sa
