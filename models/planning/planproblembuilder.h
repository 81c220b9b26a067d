#pragma once

#include "analysis/analysisresult.h"
#include "domain/result.h"
#include "horizon.h"
#include "planoptions.h"
#include "planproblem.h"

#include <vector>

namespace sa {

// Turns a workspace state into the planner's instance: the analysis's active tools (its
// coverage and its hubs, so the planner and the analysis never disagree on who covers
// what or what a hub is), catalogue products as candidates (those covering a must or
// should requirement at its minimum strength, with a published price, not already in
// the stack, not excluded; dominated ones dropped), costs over the horizon from each
// tool's contract, and the options' constraints. Bad options (a --keep naming no active
// tool, an --exclude naming no product) are errors that name them.
class PlanProblemBuilder
{
public:
    PlanProblemBuilder(const AnalysisInput &input,
                       const AnalysisResult &analysis,
                       const PlanOptions &options);

    // catalogue: every product that may be added (the catalogue store's allProducts()).
    Expected<PlanProblem> build(const std::vector<Product> &catalogue) const;
    Horizon horizon() const { return m_horizon; }
    // The original tool behind an active tool of the analysis.
    const Tool &tool(ToolIndex t) const { return *m_tools[size_t(t)]; }

private:
    const AnalysisInput &m_input;
    const AnalysisResult &m_analysis;
    PlanOptions m_options;
    Horizon m_horizon;
    std::vector<const Tool *> m_tools; // by ToolIndex
};

} // namespace sa
