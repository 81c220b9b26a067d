#pragma once

#include "analysis/analysisinput.h"
#include "domain/scenario.h"
#include "roadmap.h"

#include <QStringList>

namespace sa {

// The headline figures of one state of the stack, as the analysis counts them.
struct StackFigures
{
    int tools = 0; // active
    Cents annualCost = 0;
    int required = 0; // must and should requirements
    int covered = 0;  // of those, met at their minimum strength
    int overlaps = 0;
    Cents redundantCost = 0;
    int gaps = 0;
    int silos = 0;
    friend bool operator==(const StackFigures &, const StackFigures &) = default;
};

// What a scenario does to the stack, whoever wrote it (the planner or the user): its
// decisions dated and costed month by month over its horizon, and the stack before and
// after. A retirement (or replacement) is paid through its effective date, else through
// its tool's retirementDate(); a replacement's product is paid from the next day, an
// added product from its effective date, else from the horizon's start; one-off costs
// fall in the month of that date. Products come from the workspace's snapshots at their
// indicative mid price (the planner's figure), so the planner's own scenario evaluates to
// the planner's roadmap.
struct ScenarioEvaluation
{
    Roadmap roadmap; // steps index the scenario's decisions (keeps have no step)
    StackFigures before;
    StackFigures after;
    QStringList problems; // decisions naming a tool or product the workspace lacks
};

// The stack after the scenario: retired and replaced tools marked retired, each added or
// replacing product a tool (negative id, from -1 in decision order) with the
// integrations the catalogue knows for it and, for a replacement, the replaced tool's.
AnalysisInput applyScenario(const AnalysisInput &input, const Scenario &scenario);

// today: the horizon's start when the scenario has none.
ScenarioEvaluation
evaluateScenario(const AnalysisInput &input, const Scenario &scenario, QDate today);

// The indicative annual cost the planner counts for a product: the middle of its band.
Cents indicativeAnnualCost(const Product &product);

} // namespace sa
