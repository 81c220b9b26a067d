#include "layout/forcelayout.h"
#include "reportchapters.h"

#include <QCoreApplication>

#include <algorithm>

namespace sa::report {

namespace {

QStringList names(const Build &b, std::vector<ToolIndex> tools)
{
    b.analysis.sortByName(&tools);
    QStringList out;
    for (ToolIndex t : tools)
        out << b.toolName(t);
    return out;
}

} // namespace

ReportChapter integrationsChapter(const Build &b)
{
    const AnalysisResult &a = b.analysis;
    ReportChapter c;
    ReportBlock map;
    map.kind = ReportBlockKind::IntegrationMap;
    c.blocks.push_back(map);
    QString text = countText(qint64(a.tools.size()), "active tool", "active tools") + u", "
                   + countText(a.integrations, "integration", "integrations")
                   + tr(" between them. ");
    if (a.hubs.empty())
        text += tr("No tool is a system of record (hub), so every group of tools is a silo.");
    else
        text += tr("Systems of record (hubs): ") + joinNames(names(b, a.hubs)) + u'.';
    c.blocks.push_back(paragraph(text));

    c.blocks.push_back(heading(tr("Data silos")));
    if (a.silos.empty()) {
        c.blocks.push_back(paragraph(tr("None: every active tool is connected to a hub.")));
    } else {
        ReportTable t;
        t.columns = {column(tr("Silo"), 0.8, true),
                     column(tr("Tools"), 1, true),
                     column(tr("Tools in it"), 8)};
        int n = 0;
        for (const std::vector<ToolIndex> &silo : a.silos) {
            t.rows.push_back(
                {QString::number(++n), QString::number(silo.size()), names(b, silo).join(u", ")});
        }
        c.blocks.push_back(tableBlock(t));
    }
    c.blocks.push_back(heading(tr("Single points of failure")));
    c.blocks.push_back(paragraph(
        a.singlePointsOfFailure.empty()
            ? tr("None: no single tool's removal splits the integrations apart.")
            : joinNames(names(b, a.singlePointsOfFailure))
                  + tr(": removing any one of them cuts other tools off from each other.")));
    return c;
}

ReportMap integrationMap(const Build &b)
{
    const AnalysisResult &a = b.analysis;
    ReportMap map;
    map.edges = a.integrationGraph.edgeList();
    const ForceLayoutResult layout = forceLayout(int(a.tools.size()), map.edges);
    map.bounds = layout.bounds;
    for (size_t i = 0; i < a.tools.size(); ++i) {
        ReportMap::Node n;
        n.name = a.tools[i].name;
        n.position = layout.positions[i];
        n.hub = a.tools[i].hub;
        map.nodes.push_back(n);
    }
    for (ToolIndex t : a.singlePointsOfFailure)
        map.nodes[size_t(t)].singlePointOfFailure = true;
    for (size_t s = 0; s < a.silos.size(); ++s) {
        for (ToolIndex t : a.silos[s])
            map.nodes[size_t(t)].silo = int(s);
    }
    return map;
}

} // namespace sa::report
