#include "integrationmapview.h"

#include "analysis/liveanalysis.h"
#include "analysisheader.h"
#include "analysispalette.h"
#include "banner.h"
#include "graphview.h"
#include "integrationscene.h"
#include "itemmodels/integrationtoolmodel.h"
#include "legendentry.h"
#include "theme.h"
#include "toolnodeitem.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QString nameList(const AnalysisResult &r, const std::vector<ToolIndex> &tools)
{
    QStringList names;
    for (const ToolIndex t : tools)
        names << r.tools[size_t(t)].name.toHtmlEscaped();
    return names.isEmpty() ? IntegrationMapView::tr("none") : names.join(u", ");
}

} // namespace

IntegrationMapView::IntegrationMapView(WorkspaceDocument *document, QWidget *parent)
    : MainView(parent)
    , m_analysis(LiveAnalysis::forDocument(document))
    , m_scene(new IntegrationScene(this))
    , m_view(new GraphView)
    , m_tools(new IntegrationToolModel(this))
{
    setObjectName(u"integrationMapView"_s);
    m_view->setObjectName(u"integrationGraph"_s);
    m_view->setScene(m_scene);
    m_view->setFrameShape(QFrame::NoFrame);
    createActions();

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction *action : {m_zoomOutAction, m_zoomInAction, m_fitAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button");
        buttons->addWidget(button);
    }
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_view, 1);
    body->addWidget(createPanel());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createAnalysisHeader(
        u"integrationMapBar"_s,
        tr("Integration map"),
        tr("Which tools exchange data. Drag to pan, wheel to zoom; select a tool to see what "
           "removing it would cut."),
        buttons));
    layout->addLayout(body, 1);

    connect(m_analysis, &LiveAnalysis::updated, this, &IntegrationMapView::refresh);
    connect(m_scene,
            &QGraphicsScene::selectionChanged,
            this,
            &IntegrationMapView::sceneSelectionChanged);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    selectTool(current.data(IntegrationToolModel::ToolIdRole).toLongLong());
            });
    refresh();
}

void IntegrationMapView::createActions()
{
    m_fitAction = new QAction(tr("&Fit Map"), this);
    m_fitAction->setObjectName(u"fitMapAction"_s);
    m_fitAction->setIconText(tr("Fit"));
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_fitAction, &QAction::triggered, m_view, &GraphView::fitAll);
    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setObjectName(u"zoomInAction"_s);
    m_zoomInAction->setIconText(u"+"_s);
    m_zoomInAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomInAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setObjectName(u"zoomOutAction"_s);
    m_zoomOutAction->setIconText(u"−"_s);
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomOutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    addActions({m_fitAction, m_zoomInAction, m_zoomOutAction});
}

QWidget *IntegrationMapView::createPanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(u"integrationPanel"_s);
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(400);
    auto *legend = new QVBoxLayout;
    legend->setSpacing(4);
    const struct
    {
        const char16_t *name;
        QColor fill;
        QColor edge;
        LegendEntry::Shape shape;
        QString text;
    } entries[] = {
        {u"legendHub", hubColor(), Qt::white, LegendEntry::Circle, tr("Hub: a system of record")},
        {u"legendTool", toolNodeColor(), Qt::white, LegendEntry::Circle, tr("Reaches a hub")},
        {u"legendSilo",
         siloColor(),
         Qt::white,
         LegendEntry::Circle,
         tr("In a silo: reaches no hub")},
        {u"legendSinglePoint",
         singlePointColor(),
         singlePointColor(),
         LegendEntry::Ring,
         tr("Single point of failure: its removal splits the map")},
    };
    for (const auto &e : entries) {
        auto *entry = new LegendEntry(e.fill, e.edge, e.text, e.shape);
        entry->setObjectName(QString::fromUtf16(e.name));
        legend->addWidget(entry);
    }
    m_summary = new QLabel;
    m_summary->setObjectName(u"integrationSummary"_s);
    m_summary->setWordWrap(true);
    m_list = new QTableView;
    m_list->setObjectName(u"integrationToolTable"_s);
    m_list->setModel(m_tools);
    styleTable(m_list, 28);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setSectionResizeMode(IntegrationToolModel::Tool,
                                                     QHeaderView::Stretch);
    m_list->setColumnWidth(IntegrationToolModel::Marks, 130);
    m_list->setColumnWidth(IntegrationToolModel::Integrations, 56);
    m_list->setColumnWidth(IntegrationToolModel::CutOff, 70);
    m_impactTitle = new QLabel;
    m_impactTitle->setObjectName(u"impactTitle"_s);
    m_impactTitle->setWordWrap(true);
    m_impact = new QLabel;
    m_impact->setObjectName(u"impactText"_s);
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::RichText);
    m_impact->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(legend);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_impactTitle);
    layout->addWidget(m_impact, 2);
    return panel;
}

QString IntegrationMapView::viewId() const
{
    return u"integrationMap"_s;
}

QString IntegrationMapView::title() const
{
    return tr("Integrations");
}

QIcon IntegrationMapView::icon() const
{
    return actionIcon(u"integration-map"_s);
}

QList<QAction *> IntegrationMapView::editActions() const
{
    return {m_zoomInAction, m_zoomOutAction, m_fitAction};
}

void IntegrationMapView::refresh()
{
    const AnalysisResult &r = m_analysis->result();
    const ToolId selected = m_scene->selectedTool();
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->setAnalysis(r);
    }
    m_syncing = true;
    m_tools->setAnalysis(r);
    m_syncing = false;
    m_summary->setText(tr("%1 tools, %2 integrations · %3 hubs · %4 silos · %5 single points "
                          "of failure")
                           .arg(r.tools.size())
                           .arg(r.integrations)
                           .arg(r.hubs.size())
                           .arg(r.silos.size())
                           .arg(r.singlePointsOfFailure.size()));
    selectTool(m_scene->node(selected) ? selected : 0);
    if (!m_fitted && isVisible()) {
        m_view->fitAll();
        m_fitted = true;
    }
}

void IntegrationMapView::selectTool(ToolId tool)
{
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        if (ToolNodeItem *node = m_scene->node(tool)) {
            node->setSelected(true);
            m_view->ensureVisible(node, 40, 40);
        }
    }
    m_syncing = true;
    const int row = m_tools->rowOf(tool);
    if (row >= 0) {
        m_list->selectRow(row);
        m_list->scrollTo(m_tools->index(row, 0));
    } else
        m_list->clearSelection();
    m_syncing = false;
    m_scene->showRemoval(tool);
    showImpact(tool);
}

void IntegrationMapView::sceneSelectionChanged()
{
    selectTool(m_scene->selectedTool());
}

void IntegrationMapView::showImpact(ToolId tool)
{
    const AnalysisResult &r = m_analysis->result();
    const int row = m_tools->rowOf(tool);
    if (row < 0) {
        m_impactTitle->setText(tr("Select a tool"));
        m_impact->setText(tr("Click a tool on the map or in the list to see what removing it "
                             "would cut."));
        return;
    }
    const ToolIndex t = m_tools->toolIndex(row);
    const RemovalImpact &impact = r.removal[size_t(t)];
    m_impactTitle->setText(tr("Removing %1 would cut").arg(r.tools[size_t(t)].name));
    QStringList capabilities;
    for (const CapabilityIndex c : impact.onlyCovers)
        capabilities << r.capabilities[size_t(c)].name.toHtmlEscaped();
    m_impact->setText(tr("<p><b>Capabilities only it covers:</b> %1</p>"
                         "<p><b>Integrations cut:</b> %2</p>"
                         "<p><b>Tools cut off from every hub:</b> %3</p>")
                          .arg(capabilities.isEmpty() ? tr("none") : capabilities.join(u", "),
                               nameList(r, impact.integrationsCut),
                               nameList(r, r.cutOffBy(t))));
}

void IntegrationMapView::showEvent(QShowEvent *event)
{
    MainView::showEvent(event);
    if (!m_fitted) {
        m_view->fitAll();
        m_fitted = true;
    }
}

void IntegrationMapView::prepareSnapshot()
{
    m_analysis->flush();
    m_view->fitAll();
    m_fitted = true;
    const AnalysisResult &r = m_analysis->result();
    // The single point of failure whose removal cuts off the most tools shows the most.
    ToolIndex widest = -1;
    for (const ToolIndex t : r.singlePointsOfFailure) {
        if (widest < 0 || r.removal[size_t(t)].cutOffCount > r.removal[size_t(widest)].cutOffCount)
            widest = t;
    }
    if (m_scene->selectedTool() == 0 && widest >= 0)
        selectTool(r.tools[size_t(widest)].id);
}

} // namespace sa
