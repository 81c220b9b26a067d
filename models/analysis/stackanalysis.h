#pragma once

#include "analysisinput.h"
#include "analysisresult.h"

namespace sa {

// The whole analysis of DESIGN.md "Definitions" over one workspace state: builds the
// capability graph and the integration graph from plain values, then computes overlaps
// and redundant spend, pair similarity, fully redundant tools, gaps, shelfware, silos,
// single points of failure and the impact of removing each tool. Linear in the edges of
// both graphs (pair similarity: in the sum over capabilities of their tool count
// squared), so the GUI can run it again after every edit.
AnalysisResult analyzeStack(const AnalysisInput &input);

} // namespace sa
