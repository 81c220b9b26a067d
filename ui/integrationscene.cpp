#include "integrationscene.h"

#include "analysispalette.h"
#include "itemmodels/integrationtoolmodel.h"
#include "toolnodeitem.h"

#include <QGraphicsLineItem>
#include <QPen>

namespace sa {

namespace {

QPen linkPen(bool cut)
{
    return cut ? QPen(singlePointColor(), 2.5, Qt::DashLine) : QPen(QColor(0x94, 0xa3, 0xb8), 1.4);
}

} // namespace

IntegrationScene::IntegrationScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

IntegrationScene::~IntegrationScene()
{
    m_nodes.clear();
    m_links.clear();
    blockSignals(true);
    clear();
}

void IntegrationScene::setAnalysis(const AnalysisResult &result)
{
    const ToolId selected = selectedTool();
    m_result = &result;
    std::vector<ToolId> tools;
    for (const AnalyzedTool &t : result.tools)
        tools.push_back(t.id);
    std::vector<std::pair<int, int>> edges;
    std::vector<std::pair<ToolId, ToolId>> links;
    const auto &g = result.integrationGraph.graph();
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const int a = int(boost::source(e, g)), b = int(boost::target(e, g));
        edges.emplace_back(a, b);
        links.emplace_back(std::min(tools[size_t(a)], tools[size_t(b)]),
                           std::max(tools[size_t(a)], tools[size_t(b)]));
    }
    std::sort(links.begin(), links.end());
    if (tools != m_layoutTools || links != m_layoutLinks) {
        m_layout = forceLayout(int(tools.size()), edges);
        m_layoutTools = tools;
        m_layoutLinks = links;
        ++m_layouts;
    }

    m_nodes.clear();
    m_links.clear();
    {
        const QSignalBlocker blocker(this); // the old selection goes with its items
        clear();
    }
    const std::vector<int> marks = integrationMarks(result);
    for (size_t t = 0; t < result.tools.size(); ++t) {
        auto *node = new ToolNodeItem(result.tools[t].id, result.tools[t].name, marks[t]);
        node->setPos(m_layout.positions[t]);
        addItem(node);
        m_nodes.insert(node->tool(), node);
    }
    for (const auto &[a, b] : edges) {
        auto *line = addLine(QLineF(m_layout.positions[size_t(a)], m_layout.positions[size_t(b)]),
                             linkPen(false));
        line->setZValue(0);
        m_links.push_back(Link{tools[size_t(a)], tools[size_t(b)], line});
    }
    setSceneRect(itemsBoundingRect().adjusted(-60, -60, 60, 60));
    if (ToolNodeItem *node = m_nodes.value(selected))
        node->setSelected(true);
    showRemoval(selected);
}

ToolId IntegrationScene::selectedTool() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = dynamic_cast<ToolNodeItem *>(item))
            return node->tool();
    }
    return 0;
}

void IntegrationScene::showRemoval(ToolId tool)
{
    for (ToolNodeItem *node : std::as_const(m_nodes))
        node->setCutOff(false);
    for (const Link &link : m_links)
        link.line->setPen(linkPen(false));
    if (tool == 0 || !m_result || !m_nodes.contains(tool))
        return;
    ToolIndex index = -1;
    for (size_t t = 0; t < m_result->tools.size(); ++t) {
        if (m_result->tools[t].id == tool)
            index = ToolIndex(t);
    }
    for (const ToolIndex t : m_result->cutOffBy(index))
        m_nodes.value(m_result->tools[size_t(t)].id)->setCutOff(true);
    for (const Link &link : m_links) {
        if (link.a == tool || link.b == tool)
            link.line->setPen(linkPen(true));
    }
}

} // namespace sa
