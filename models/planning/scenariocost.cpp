#include "scenariocost.h"

namespace sa {

ScenarioCost scenarioCost(const AnalysisInput &input, const Scenario &scenario, QDate today)
{
    const ScenarioEvaluation evaluation = evaluateScenario(input, scenario, today);
    const Roadmap &map = evaluation.roadmap;
    ScenarioCost result;
    result.horizon
        = Horizon(scenario.start.isValid() ? scenario.start : today, int(map.before.size()));
    result.before = map.before;
    result.after = map.after;
    result.baselineCost = map.baselineCost;
    result.scenarioCost = map.planCost;
    result.changes.resize(map.before.size());
    for (const RoadmapStep &step : map.steps) {
        if (step.action != DecisionAction::Retire && step.action != DecisionAction::Replace)
            continue;
        if (step.effective >= result.horizon.end())
            continue;
        result.changes[size_t(result.horizon.monthOf(step.effective))].push_back(
            scenario.decisions[size_t(step.item)].toolId);
    }
    return result;
}

} // namespace sa
