#pragma once

#include "analysis/analysisresult.h"
#include "charts/chartkind.h"
#include "domain/workspaceinfo.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace sa {

class DashboardModels;

// One slide of the presentation: a title, a line under it, up to four headline figures,
// short statements in large type, and at most one chart of the dashboard.
struct Slide
{
    struct Figure
    {
        QString value;   // "$4,350.00"
        QString caption; // "Annual spend"
    };

    QString
        id; // "title", "findings", "spend", "overlaps", "gaps", "integrations", "plan", "renewals"
    QString title;
    QString subtitle;
    std::vector<Figure> figures;
    QStringList points;
    std::optional<ChartKind> chart;
};

// The slides of a workspace, from the same analysis and data sets as the dashboard: the
// title (company, preparer, date), the headline findings, spend by category, overlaps and
// redundant spend, gaps, the integration situation (silos, single points of failure),
// the plan when a scenario exists, and the renewals. A list is cut to what a slide holds
// ("and 4 more").
std::vector<Slide> buildSlides(const WorkspaceInfo &info,
                               const AnalysisResult &analysis,
                               const DashboardModels &models);

} // namespace sa
