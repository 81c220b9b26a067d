// report: the PDF stack review of a workspace with the workspace's report settings, the
// plan being the saved scenario --scenario names (else the one the settings name, else
// the optimizer's). Writes the file only when complete.
#include "cli.h"
#include "report/reportcharts.h"
#include "report/reportcontent.h"
#include "report/reportrenderer.h"
#include "store/sqlitecataloguestore.h"
#include "store/workspacefile.h"

namespace sa::cli {

namespace {

const char usage[] = "usage: stackatlas-cli report FILE -o OUT.pdf [--scenario NAME]\n";

} // namespace

int report(Context &ctx)
{
    QString out, scenario;
    bool missing = false;
    if (!takeOption(ctx.args, QStringLiteral("-o"), &out, &missing) || missing || out.isEmpty()) {
        ctx.err << "stackatlas-cli: report needs -o OUT.pdf\n" << usage;
        return Usage;
    }
    const bool hasScenario
        = takeOption(ctx.args, QStringLiteral("--scenario"), &scenario, &missing);
    if (missing || (hasScenario && scenario.trimmed().isEmpty())) {
        ctx.err << "stackatlas-cli: --scenario needs a scenario name\n" << usage;
        return Usage;
    }
    int exitCode = Ok;
    const QString file = ctx.args.value(0);
    const auto store = openWorkspaceArgument(ctx, usage, &exitCode);
    if (!store)
        return exitCode;
    const auto catalogue = openStore(ctx, &exitCode);
    if (!catalogue)
        return exitCode;
    ReportInput input = reportInput(*store, *catalogue);
    if (hasScenario)
        input.settings.scenario = scenario.trimmed();
    Expected<ReportContent> content = buildReportContent(input);
    if (!content) {
        ctx.err << "stackatlas-cli: " << file << ": " << content.error().message << '\n';
        return content.error().kind == Error::Kind::Io ? IoError : BadInput;
    }
    ReportRenderer renderer(std::move(*content), reportCharts(input));
    if (Status s = renderer.render(out); !s) {
        ctx.err << "stackatlas-cli: cannot write " << s.error().message << '\n';
        return IoError;
    }
    ctx.out << "Wrote " << out << ": " << counted(renderer.pageCount(), "page", "pages") << '\n';
    return Ok;
}

} // namespace sa::cli
