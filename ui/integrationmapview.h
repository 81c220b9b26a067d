#pragma once

#include "domain/tool.h"
#include "mainview.h"

class QAction;
class QLabel;
class QTableView;

namespace sa {

class GraphView;
class IntegrationScene;
class IntegrationToolModel;
class LiveAnalysis;
class WorkspaceDocument;

// The integration map: the tools as a force-directed graph of their integrations (pan by
// dragging, zoom with the wheel or Ctrl+= and Ctrl+-, Ctrl+0 to fit), hubs, silos and
// single points of failure marked as the legend says; beside it the tools in a list.
// Selecting a tool, on the map or in the list, shows what its removal would cut: the
// capabilities only it covers, its integrations and the tools it cuts off from every hub.
class IntegrationMapView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationMapView)

public:
    explicit IntegrationMapView(WorkspaceDocument *document, QWidget *parent = nullptr);

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    void prepareSnapshot() override;

    IntegrationScene *scene() const { return m_scene; }
    GraphView *graph() const { return m_view; }
    IntegrationToolModel *tools() const { return m_tools; }
    void selectTool(ToolId tool);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createPanel();
    void createActions();
    void refresh();
    void sceneSelectionChanged();
    void showImpact(ToolId tool);

    LiveAnalysis *m_analysis;
    IntegrationScene *m_scene;
    GraphView *m_view;
    IntegrationToolModel *m_tools;
    QTableView *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_impactTitle = nullptr;
    QLabel *m_impact = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    bool m_fitted = false;
    bool m_syncing = false;
};

} // namespace sa
