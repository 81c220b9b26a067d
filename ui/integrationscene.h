#pragma once

#include "analysis/analysisresult.h"
#include "layout/forcelayout.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsLineItem;

namespace sa {

class ToolNodeItem;

// The integration map's scene: a ToolNodeItem per active tool placed by forceLayout(),
// a line per integration. The layout is computed again only when the tools or the
// integrations change, so that editing a cost does not move the drawing. showRemoval()
// marks what removing one tool would cut: its integrations and the tools cut off.
class IntegrationScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationScene)

public:
    explicit IntegrationScene(QObject *parent = nullptr);
    ~IntegrationScene() override;

    void setAnalysis(const AnalysisResult &result);
    // 0 clears the marks.
    void showRemoval(ToolId tool);
    ToolNodeItem *node(ToolId tool) const { return m_nodes.value(tool); }
    ToolId selectedTool() const;              // 0 when none
    int layouts() const { return m_layouts; } // force layouts computed so far

private:
    struct Link
    {
        ToolId a = 0;
        ToolId b = 0;
        QGraphicsLineItem *line = nullptr;
    };

    const AnalysisResult *m_result = nullptr;
    std::vector<ToolId> m_layoutTools;
    std::vector<std::pair<ToolId, ToolId>> m_layoutLinks;
    ForceLayoutResult m_layout;
    QHash<ToolId, ToolNodeItem *> m_nodes;
    std::vector<Link> m_links;
    int m_layouts = 0;
};

} // namespace sa
