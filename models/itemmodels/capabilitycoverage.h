#pragma once

#include "analysis/analysisinput.h"
#include "analysis/analysisresult.h"

#include <QString>

#include <vector>

namespace sa {

// How the stack covers one capability, as the capability map colours it.
enum class Coverage {
    Gap,         // a must or should requirement no active tool meets at its min strength
    Overlapped,  // two or more active tools at or above the overlap threshold
    CoveredOnce, // covered, and no overlap
    NotRequired, // nobody covers it and no must or should requirement asks for it
};
QString coverageName(Coverage coverage); // "Gap", "Overlapped", "Covered once", "Not required"

// A tool covering a capability, for the map's labels and click-through.
struct CoveringTool
{
    ToolIndex tool = -1;
    int strength = 0;
};

// Each capability's coverage and covering tools, computed once per analysis.
struct CapabilityCoverage
{
    std::vector<Coverage> coverage;               // by CapabilityIndex
    std::vector<std::vector<CoveringTool>> tools; // strongest first, then by name

    explicit CapabilityCoverage(const AnalysisResult &result);
};

} // namespace sa
