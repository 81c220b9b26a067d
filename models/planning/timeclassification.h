#pragma once

#include "analysis/analysisresult.h"

#include <QString>

#include <vector>

namespace sa {

// Gartner's TIME quadrants for a tool: Invest (fits and is worth its money), Tolerate
// (does little that is required but costs little that is duplicated: leave it), Migrate
// (does required work but its money is mostly spent twice: move that work to a tool the
// stack keeps), Eliminate (neither).
enum class TimeClass { Tolerate, Invest, Migrate, Eliminate };
QString timeClassName(TimeClass c); // "tolerate", "invest", "migrate", "eliminate"

// The two axes, each in [0, 1]. Functional fit: the share of a tool's capabilities that
// meet a must or should requirement, averaged with its utilization when that is known.
// Cost efficiency: the share of its annual cost that is not redundant spend (the cost
// shares it holds in overlaps where another tool is primary).
struct TimeInputs
{
    double requiredShare = 0;
    double utilization = 0; // NaN when unknown
    double efficiency = 1;
};

struct TimeRating
{
    double fit = 0;
    double efficiency = 1;
    TimeClass timeClass = TimeClass::Tolerate;
};

// Pure: high fit is fit >= fitLine, efficient is efficiency >= efficiencyLine.
TimeRating
classifyTime(const TimeInputs &inputs, double fitLine = 0.5, double efficiencyLine = 0.5);

// The inputs of every active tool of an analysis, by ToolIndex.
std::vector<TimeInputs> timeInputs(const AnalysisResult &analysis,
                                   const std::vector<Requirement> &requirements);

} // namespace sa
