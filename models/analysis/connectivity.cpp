// Connectivity: hubs, silos, single points of failure and what removing a tool cuts.
#include "analysissteps.h"

namespace sa::analysissteps {

namespace {

std::vector<bool> findHubs(AnalysisResult *result,
                           const std::vector<const Tool *> &activeTools,
                           const std::vector<QString> &toolCategories)
{
    std::vector<bool> isHub(activeTools.size(), false);
    bool anyMarked = false;
    for (size_t t = 0; t < activeTools.size(); ++t) {
        isHub[t] = activeTools[t]->systemOfRecord;
        anyMarked = anyMarked || isHub[t];
    }
    result->hubRule = anyMarked ? HubRule::Marked : HubRule::Category;
    if (!anyMarked) {
        for (size_t t = 0; t < activeTools.size(); ++t)
            isHub[t] = isHubCategory(result->settings, toolCategories[t]);
    }
    for (size_t t = 0; t < activeTools.size(); ++t) {
        result->tools[t].hub = isHub[t];
        if (isHub[t])
            result->hubs.push_back(ToolIndex(t));
    }
    result->sortByName(&result->hubs);
    return isHub;
}

void findSilos(AnalysisResult *result, const std::vector<bool> &isHub)
{
    int count = 0;
    const std::vector<int> component = result->integrationGraph.components(&count);
    std::vector<std::vector<ToolIndex>> members(static_cast<size_t>(count));
    std::vector<bool> hasHub(static_cast<size_t>(count), false);
    for (size_t t = 0; t < component.size(); ++t) {
        members[size_t(component[t])].push_back(ToolIndex(t));
        hasHub[size_t(component[t])] = hasHub[size_t(component[t])] || isHub[t];
    }
    for (size_t c = 0; c < members.size(); ++c) {
        if (hasHub[c])
            continue;
        result->sortByName(&members[c]);
        result->silos.push_back(std::move(members[c]));
    }
    std::sort(result->silos.begin(),
              result->silos.end(),
              [result](const std::vector<ToolIndex> &a, const std::vector<ToolIndex> &b) {
                  if (a.size() != b.size())
                      return a.size() > b.size();
                  return result->nameBefore(a.front(), b.front());
              });
}

} // namespace

void connectivity(AnalysisResult *result,
                  const std::vector<const Tool *> &activeTools,
                  const std::vector<std::pair<ToolIndex, ToolIndex>> &integrations,
                  const std::vector<QString> &toolCategories)
{
    result->integrationGraph = IntegrationGraph(int(activeTools.size()), integrations);
    result->integrations = result->integrationGraph.edgeCount();
    const std::vector<bool> isHub = findHubs(result, activeTools, toolCategories);
    findSilos(result, isHub);
    result->singlePointsOfFailure = result->integrationGraph.articulationPoints();
    result->sortByName(&result->singlePointsOfFailure);
    result->hubReach = HubReach(result->integrationGraph, isHub);
    for (size_t t = 0; t < activeTools.size(); ++t) {
        RemovalImpact &impact = result->removal[t];
        impact.integrationsCut = result->integrationGraph.neighbours(ToolIndex(t));
        result->sortByName(&impact.integrationsCut);
        impact.cutOffCount = result->hubReach.cutOffCount(ToolIndex(t));
    }
}

} // namespace sa::analysissteps
