// analyze: overlaps, redundant spend, gaps, shelfware, silos and single points of failure
// of a workspace, as a report or as JSON (DESIGN.md "Command line").
#include "analysis/analysisjson.h"
#include "analysis/stackanalysis.h"
#include "analyzetext.h"
#include "cli.h"
#include "store/workspacefile.h"

namespace sa::cli {

namespace {

const char usage[] = "usage: stackatlas-cli analyze FILE [--json] [--threshold N]\n";

} // namespace

int analyze(Context &ctx)
{
    const bool json = takeFlag(ctx.args, QStringLiteral("--json"));
    QString thresholdText;
    bool missing = false;
    const bool hasThreshold
        = takeOption(ctx.args, QStringLiteral("--threshold"), &thresholdText, &missing);
    if (missing) {
        ctx.err << "stackatlas-cli: --threshold needs a strength: 1, 2 or 3\n" << usage;
        return Usage;
    }
    bool ok = true;
    const int threshold = hasThreshold ? thresholdText.toInt(&ok) : 0;
    if (hasThreshold && (!ok || threshold < 1 || threshold > 3)) {
        ctx.err << "stackatlas-cli: --threshold must be 1 (basic), 2 (solid) or 3 (leading), not '"
                << thresholdText << "'\n";
        return Usage;
    }
    int exitCode = Ok;
    const auto store = openWorkspaceArgument(ctx, usage, &exitCode);
    if (!store)
        return exitCode;
    AnalysisInput input = analysisInput(*store);
    if (hasThreshold)
        input.settings.overlapThreshold = threshold;
    const AnalysisResult result = analyzeStack(input);
    const WorkspaceInfo info = store->info();
    if (json)
        printJson(ctx, QJsonDocument(analysisJson(result, info.currency)));
    else
        printAnalysisText(ctx.out, result, info);
    return Ok;
}

} // namespace sa::cli
