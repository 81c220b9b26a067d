#pragma once

#include "analysisresult.h"

#include <utility>
#include <vector>

// The steps analyzeStack() runs in order, one file each; internal to models/analysis.
// Each fills its part of the result from the graphs already in it.
namespace sa::analysissteps {

// Best strength and tool count per capability, each tool's only-covered capabilities,
// the fully redundant tools and the tools without capabilities.
void coverage(AnalysisResult *result);
void overlaps(AnalysisResult *result);
void gaps(AnalysisResult *result, const std::vector<Requirement> &requirements);
void similarPairs(AnalysisResult *result);
void shelfware(AnalysisResult *result, const std::vector<const Tool *> &activeTools);
// Hubs, silos, single points of failure, integrations cut and hub reach.
void connectivity(AnalysisResult *result,
                  const std::vector<const Tool *> &activeTools,
                  const std::vector<std::pair<ToolIndex, ToolIndex>> &integrations,
                  const std::vector<QString> &toolCategories);

} // namespace sa::analysissteps
