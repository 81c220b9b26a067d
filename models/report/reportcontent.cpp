#include "reportcontent.h"

#include "analysis/stackanalysis.h"
#include "catalogue/cataloguestore.h"
#include "compare/productcomparison.h"
#include "reportchapters.h"
#include "workspace/workspacestore.h"

#include <QCoreApplication>

namespace sa {

namespace {

bool cancelled(const ReportControl &control)
{
    return control.cancel && control.cancel->load();
}

void progress(const ReportControl &control, int percent, const char *step)
{
    if (control.progress)
        control.progress(percent, QCoreApplication::translate("sa::Report", step));
}

} // namespace

ReportInput reportInput(const WorkspaceStore &workspace, const CatalogueStore &catalogue)
{
    ReportInput in;
    in.info = workspace.info();
    in.stack = analysisInput(workspace);
    in.categories = catalogue.categories();
    in.scenarios = workspace.scenarios();
    in.shortlists = workspace.shortlists();
    in.segment = workspace.setting(comparisonSegmentKey()).trimmed().toLower();
    in.catalogue = catalogue.allProducts();
    in.planOptions = planOptions(workspace);
    in.settings = workspace.reportSettings();
    in.date = QDate::currentDate();
    return in;
}

Expected<ReportContent> buildReportContent(const ReportInput &input, const ReportControl &control)
{
    progress(control, 0, "Analysing the stack");
    const AnalysisResult analysis = analyzeStack(input.stack);
    const report::Build b{input, analysis};
    const ReportSettings &s = input.settings;

    ReportContent out;
    out.company = s.company.trimmed().isEmpty() ? input.info.company : s.company.trimmed();
    out.preparedBy
        = s.preparedBy.trimmed().isEmpty() ? input.info.preparedBy : s.preparedBy.trimmed();
    out.date = input.date;
    out.currency = input.info.currency;
    out.settings = s;
    out.headline.tools = int(analysis.tools.size());
    out.headline.annualSpend = analysis.annualCost;
    out.headline.redundantSpend = analysis.redundantCost;
    out.headline.shelfwareCost = analysis.shelfwareCost;
    out.headline.gaps = int(analysis.gaps.size());
    out.headline.silos = int(analysis.silos.size());

    // The plan first: the summary quotes its savings.
    std::optional<ReportChapter> plan;
    if (s.includes(ReportSection::Plan) || !s.scenario.isEmpty()) {
        progress(control, 10, "Working out the plan");
        Expected<ReportChapter> chapter
            = report::planChapter(b, control, &out.headline, &out.planSource);
        if (!chapter)
            return chapter.error();
        if (s.includes(ReportSection::Plan))
            plan = std::move(*chapter);
    }
    if (cancelled(control))
        return Error::badInput(QCoreApplication::translate("sa::Report", "cancelled"));
    progress(control, 60, "Writing the chapters");
    for (int i = 0; i < kReportSectionCount; ++i) {
        const ReportSection section = ReportSection(i);
        if (!s.includes(section))
            continue;
        switch (section) {
        case ReportSection::Summary:
            out.chapters.push_back(report::summaryChapter(b, out.headline));
            break;
        case ReportSection::Stack:
            out.chapters.push_back(report::stackChapter(b));
            break;
        case ReportSection::Overlaps:
            out.chapters.push_back(report::overlapsChapter(b));
            break;
        case ReportSection::Gaps:
            out.chapters.push_back(report::gapsChapter(b));
            break;
        case ReportSection::Integrations:
            out.chapters.push_back(report::integrationsChapter(b));
            out.map = report::integrationMap(b);
            break;
        case ReportSection::Plan:
            out.chapters.push_back(std::move(*plan));
            break;
        case ReportSection::Comparisons:
            progress(control, 70, "Scoring the shortlists");
            out.chapters.push_back(report::comparisonsChapter(b));
            break;
        case ReportSection::Method:
            out.chapters.push_back(report::methodChapter(b));
            break;
        }
        out.chapters.back().section = section;
        out.chapters.back().title = reportSectionTitle(section);
    }
    progress(control, 80, "Content ready");
    return out;
}

} // namespace sa
