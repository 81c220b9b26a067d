#pragma once

#include "domain/tool.h"
#include "mainview.h"

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace sa {

class CapabilityMapModel;
class CapabilityMapWidget;
class CatalogueDocument;
class LegendEntry;
class LiveAnalysis;
class WorkspaceDocument;

// The capability map: the landscape grid of the workspace's capabilities coloured by
// coverage (gap, covered once, overlapped, not required) with a legend that counts each,
// and beside it the current capability's tools; Show in Inventory (or a double-click on a
// tool) asks for that tool in the inventory. Follows the live analysis.
class CapabilityMapView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMapView)

public:
    CapabilityMapView(WorkspaceDocument *document,
                      const CatalogueDocument *catalogue,
                      QWidget *parent = nullptr);

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    void prepareSnapshot() override;

    CapabilityMapModel *model() const { return m_model; }
    CapabilityMapWidget *grid() const { return m_grid; }
    void selectCapability(const QString &slug);
    void showFirstGap(); // makes the first gap current and scrolls to it

signals:
    void showToolRequested(sa::ToolId tool);
    // "Who Fills This?": rank the catalogue's products for that capability (Compare view).
    void fillGapRequested(const QString &capabilitySlug);

private:
    QWidget *createBar();
    QWidget *createPanel();
    void refresh();
    void showCapability(const QString &slug);
    void requestTool();

    WorkspaceDocument *m_document;
    LiveAnalysis *m_analysis;
    CapabilityMapModel *m_model;
    CapabilityMapWidget *m_grid;
    QScrollArea *m_scroll;
    QList<LegendEntry *> m_legend;
    QLabel *m_panelTitle = nullptr;
    QLabel *m_panelCoverage = nullptr;
    QListWidget *m_panelTools = nullptr;
    QPushButton *m_showButton = nullptr;
    QPushButton *m_fillButton = nullptr;
};

} // namespace sa
