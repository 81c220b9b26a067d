#pragma once

#include "analysis/analysisinput.h"
#include "domain/money.h"
#include "domain/scenario.h"
#include "horizon.h"

#include <vector>

namespace sa {

// What a saved scenario costs month by month over its horizon, beside the stack as it is
// (before). The planner's Roadmap does this for a plan it has just solved; a scenario
// the user edited, or one read back from the file, has only its decisions, so the
// dashboard and the report price those here with the same rules: a retired or replaced
// tool is paid through its decision's effective date (its retirement date when none is
// set), a replacement or an added product costs the middle of its indicative price from
// that day on, and each one-off cost falls in its decision's month. Monthly figures are
// whole cents taken from rounded running totals, so they add up to the totals exactly.
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

// The middle of a product's indicative price in cents a year; 0 when not published.
Cents indicativeAnnualCost(const Product &product);

} // namespace sa
