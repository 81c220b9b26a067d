#pragma once

#include "compare/comparisonresult.h"
#include "domain/workspaceinfo.h"

#include <QTextStream>

namespace sa::cli {

// The readable report of `compare` without --json: the ranking with every criterion's
// points, then per product how each score came about, then the capability matrix.
// filled names the capability of a --fill ranking, empty for a comparison.
void printComparisonText(QTextStream &out,
                         const ComparisonResult &result,
                         const WorkspaceInfo &info,
                         const QString &filled);

} // namespace sa::cli
