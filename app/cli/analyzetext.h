#pragma once

#include "analysis/analysisresult.h"
#include "domain/workspaceinfo.h"

#include <QTextStream>

namespace sa::cli {

// The readable report of `analyze` without --json: totals first, then one section per
// finding, each line naming tools as the user wrote them.
void printAnalysisText(QTextStream &out, const AnalysisResult &result, const WorkspaceInfo &info);

} // namespace sa::cli
