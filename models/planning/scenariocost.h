#pragma once

#include "analysis/analysisinput.h"
#include "domain/scenario.h"
#include "horizon.h"

#include <vector>

namespace sa {

// One dated change of a saved scenario, as a roadmap shows it.
struct ScenarioStep
{
    DecisionAction action = DecisionAction::Retire;
    QString name;        // the tool, or the added product
    QString replacement; // replace: the product taking over
    QDate effective;     // retire/replace: last day paid; add: first day paid
    QDate noticeDeadline;
    Cents annualCost = 0; // of the tool going, or of the product coming
    Cents oneOffCost = 0;
};

// What a saved scenario costs over its horizon beside the stack as it is.
struct ScenarioCost
{
    Horizon horizon;
    Cents baselineCost = 0;          // every active tool kept for the whole horizon
    Cents planCost = 0;              // with the scenario's decisions and one-off costs
    std::vector<ScenarioStep> steps; // by effective date, then name

    Cents savings() const { return baselineCost - planCost; }
};

// Prices a scenario the user saved (or edited) the way the planner prices its own plan
// (Horizon's day-exact months): a retired tool is paid through its decision's effective
// date (else its retirement date from the horizon's start), an added product or a
// replacement from its first day at its indicative band's midpoint, plus every one-off
// cost. The horizon starts on the scenario's start, else on today. Totals are rounded to
// cents once, at the end.
ScenarioCost costScenario(const AnalysisInput &input,
                          const Scenario &scenario,
                          const std::vector<Product> &snapshots,
                          QDate today);

// The annual cost the planner gives a product it adds: its band's midpoint, 0 unknown.
Cents productAnnualCost(const Product &product);

} // namespace sa
