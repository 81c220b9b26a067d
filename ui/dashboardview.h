#pragma once

#include "domain/tool.h"
#include "mainview.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sa {

class CatalogueDocument;
class ChartPanel;
class DashboardModels;
class PresentationWindow;
class WorkspaceDocument;

// The dashboard: the six charts of the open workspace (spend by category, cost against
// utilization, redundant spend, cost per scenario, monthly cost, renewals), live on every
// edit. A click on a slice, bar or point lists its tools in the side panel; a double
// click there, or Show in Inventory, selects them in the Inventory. The plan the monthly
// chart shows is chosen above the charts; Present starts the presentation.
class DashboardView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    DashboardView(WorkspaceDocument *document,
                  CatalogueDocument *catalogue,
                  QWidget *parent = nullptr);
    ~DashboardView() override;

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    void prepareSnapshot() override;
    // The plan shown, by name, for each workspace file.
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    WorkspaceDocument *document() const { return m_document; }
    DashboardModels *models() const { return m_models; }
    const QList<ChartPanel *> &panels() const { return m_panels; }
    QList<qint64> selectedTools() const { return m_selected; }
    // Starts presentation mode full screen on the first slide (View > Present, F5).
    PresentationWindow *present();

signals:
    // Show in Inventory: select these tools there (the first one current).
    void showToolsRequested(const QList<qint64> &toolIds);

private:
    void showTools(const QString &label, const QList<qint64> &toolIds);
    QString planShownKey() const;
    void refreshSummary();
    void refreshScenarios();
    QWidget *createSelectionPanel();

    WorkspaceDocument *m_document;
    DashboardModels *m_models;
    QList<ChartPanel *> m_panels;
    QLabel *m_summary = nullptr;
    QComboBox *m_scenario;
    QLabel *m_selectionTitle;
    QListWidget *m_selectionList;
    QPushButton *m_showInInventory;
    QList<qint64> m_selected;
};

} // namespace sa
