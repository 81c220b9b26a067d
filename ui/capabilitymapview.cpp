#include "capabilitymapview.h"

#include "analysis/liveanalysis.h"
#include "analysisheader.h"
#include "analysispalette.h"
#include "capabilitymapwidget.h"
#include "catalogue/cataloguedocument.h"
#include "itemmodels/capabilitymapmodel.h"
#include "legendentry.h"
#include "theme.h"
#include "workspace/workspacedocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QString importanceText(Importance importance)
{
    return importance == Importance::Must ? CapabilityMapView::tr("must")
                                          : CapabilityMapView::tr("should");
}

} // namespace

CapabilityMapView::CapabilityMapView(WorkspaceDocument *document,
                                     const CatalogueDocument *catalogue,
                                     QWidget *parent)
    : MainView(parent)
    , m_document(document)
    , m_analysis(LiveAnalysis::forDocument(document))
    , m_model(new CapabilityMapModel(this))
    , m_grid(new CapabilityMapWidget(m_model))
    , m_scroll(new QScrollArea)
{
    setObjectName(u"capabilityMapView"_s);
    m_model->setCategories(catalogue->store()->categories());
    m_scroll->setObjectName(u"capabilityMapScroll"_s);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_scroll, 1);
    body->addWidget(createPanel());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createBar());
    layout->addLayout(body, 1);

    connect(m_analysis, &LiveAnalysis::updated, this, &CapabilityMapView::refresh);
    connect(m_grid, &CapabilityMapWidget::currentChanged, this, &CapabilityMapView::showCapability);
    connect(m_grid, &CapabilityMapWidget::activated, this, &CapabilityMapView::requestTool);
    refresh();
}

QWidget *CapabilityMapView::createBar()
{
    auto *legend = new QHBoxLayout;
    legend->setSpacing(16);
    int k = 0;
    for (const Coverage c :
         {Coverage::Gap, Coverage::Overlapped, Coverage::CoveredOnce, Coverage::NotRequired}) {
        const CoverageColors colors = coverageColors(c);
        auto *entry = new LegendEntry(colors.fill, colors.edge, coverageName(c));
        entry->setObjectName(u"coverageLegend"_s + QString::number(k++));
        m_legend << entry;
        legend->addWidget(entry);
    }
    m_legend[0]->setToolTip(tr("A must or should requirement no active tool meets at its "
                               "minimum strength"));
    m_legend[1]->setToolTip(tr("Two or more active tools cover it at solid strength or better"));
    m_legend[2]->setToolTip(tr("Covered, without an overlap"));
    m_legend[3]->setToolTip(tr("No active tool covers it, and no must or should requirement "
                               "asks for it"));
    return createAnalysisHeader(u"capabilityMapBar"_s,
                                tr("Capability map"),
                                tr("Every capability the stack covers or requires, by "
                                   "category. Click one to see its tools."),
                                legend);
}

QWidget *CapabilityMapView::createPanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(u"capabilityPanel"_s);
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(300);
    m_panelTitle = new QLabel;
    m_panelTitle->setObjectName(u"capabilityPanelTitle"_s);
    m_panelTitle->setWordWrap(true);
    m_panelCoverage = new QLabel;
    m_panelCoverage->setObjectName(u"capabilityPanelCoverage"_s);
    m_panelCoverage->setWordWrap(true);
    m_panelTools = new QListWidget;
    m_panelTools->setObjectName(u"capabilityPanelTools"_s);
    m_panelTools->setFrameShape(QFrame::NoFrame);
    m_panelTools->setWordWrap(true);
    m_panelTools->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_showButton = new QPushButton(tr("Show in Inventory"));
    m_showButton->setObjectName(u"showInInventoryButton"_s);
    m_fillButton = new QPushButton(tr("Who Fills This?"));
    m_fillButton->setObjectName(u"whoFillsButton"_s);
    m_fillButton->setToolTip(tr("Rank the catalogue's products for this capability"));
    auto *toolsLabel = new QLabel(tr("Tools covering it"));
    toolsLabel->setObjectName(u"panelSubheading"_s);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(8);
    layout->addWidget(m_panelTitle);
    layout->addWidget(m_panelCoverage);
    layout->addSpacing(6);
    layout->addWidget(toolsLabel);
    layout->addWidget(m_panelTools, 1);
    layout->addWidget(m_showButton);
    layout->addWidget(m_fillButton);
    connect(m_showButton, &QPushButton::clicked, this, &CapabilityMapView::requestTool);
    connect(m_fillButton, &QPushButton::clicked, this, [this] {
        emit fillGapRequested(m_grid->currentSlug());
    });
    connect(m_panelTools, &QListWidget::itemActivated, this, &CapabilityMapView::requestTool);
    connect(m_panelTools, &QListWidget::currentRowChanged, this, [this](int row) {
        m_showButton->setEnabled(row >= 0);
    });
    showCapability({});
    return panel;
}

QString CapabilityMapView::viewId() const
{
    return u"capabilityMap"_s;
}

QString CapabilityMapView::title() const
{
    return tr("Capabilities");
}

QIcon CapabilityMapView::icon() const
{
    return actionIcon(u"capability-map"_s);
}

void CapabilityMapView::refresh()
{
    const QString current = m_grid->currentSlug();
    m_model->setAnalysis(m_analysis->result());
    int k = 0;
    for (const Coverage c :
         {Coverage::Gap, Coverage::Overlapped, Coverage::CoveredOnce, Coverage::NotRequired})
        m_legend[k++]->setText(coverageName(c) + u"  " + QString::number(m_model->count(c)));
    if (!m_grid->cellRect(current).isNull())
        showCapability(current);
    else
        m_grid->setCurrentSlug({});
}

void CapabilityMapView::selectCapability(const QString &slug)
{
    m_grid->setCurrentSlug(slug);
    const QRect cell = m_grid->cellRect(slug);
    if (!cell.isNull())
        m_scroll->ensureVisible(cell.center().x(), cell.center().y(), 0, cell.height());
}

void CapabilityMapView::showFirstGap()
{
    const AnalysisResult &r = m_analysis->result();
    if (!r.gaps.empty())
        selectCapability(r.capabilities[size_t(r.gaps.front().capability)].slug);
}

void CapabilityMapView::showCapability(const QString &slug)
{
    m_panelTools->clear();
    const QModelIndex index = m_model->indexOf(slug);
    if (!index.isValid()) {
        m_panelTitle->setText(tr("No capability chosen"));
        m_panelCoverage->setText(tr("Click a capability on the map to see which tools cover it."));
        m_showButton->setEnabled(false);
        m_fillButton->setEnabled(false);
        return;
    }
    m_fillButton->setEnabled(true);
    const AnalysisResult &r = m_analysis->result();
    const QString currency = m_document->store()->info().currency;
    const Coverage coverage = Coverage(index.data(CapabilityMapModel::CoverageRole).toInt());
    m_panelTitle->setText(index.data().toString());
    QString detail = coverageName(coverage);
    const CapabilityIndex c = r.capabilityGraph.capabilityIndex(slug);
    for (const Gap &g : r.gaps) {
        if (g.capability == c)
            detail = tr("Gap: a %1 requirement at strength %2 or better; the best active tool "
                        "gives %3.")
                         .arg(importanceText(g.importance))
                         .arg(g.minStrength)
                         .arg(g.bestStrength);
    }
    for (const Overlap &o : r.overlaps) {
        if (o.capability == c)
            detail = tr("Overlapped: %1 tools at strength %2 or better. %3 is kept as primary; "
                        "the others' shares, %4 a year, are redundant.")
                         .arg(o.tools.size())
                         .arg(r.settings.overlapThreshold)
                         .arg(r.tools[size_t(o.primary())].name,
                              formatMoney(o.redundantCost, currency));
    }
    m_panelCoverage->setText(detail);
    const CoverageColors colors = coverageColors(coverage);
    m_panelCoverage->setStyleSheet(
        u"QLabel { background: %1; border-left: 4px solid %2; "
        u"padding: 6px; }"_s.arg(colors.fill.name(), colors.edge.name()));
    const CapabilityCoverage cover(r);
    for (const CoveringTool &t : cover.tools[size_t(c)]) {
        auto *item
            = new QListWidgetItem(tr("%1 — %2 (%3)")
                                      .arg(r.tools[size_t(t.tool)].name, strengthName(t.strength))
                                      .arg(t.strength),
                                  m_panelTools);
        item->setData(Qt::UserRole, r.tools[size_t(t.tool)].id);
    }
    if (m_panelTools->count() > 0)
        m_panelTools->setCurrentRow(0);
    m_showButton->setEnabled(m_panelTools->count() > 0);
}

void CapabilityMapView::requestTool()
{
    const QListWidgetItem *item = m_panelTools->currentItem();
    if (item)
        emit showToolRequested(item->data(Qt::UserRole).toLongLong());
}

void CapabilityMapView::prepareSnapshot()
{
    m_analysis->flush();
    // The first overlap in reading order: the top of the map stays in the picture.
    if (!m_grid->currentSlug().isEmpty())
        return;
    for (const QString &slug : m_grid->slugs()) {
        const QModelIndex index = m_model->indexOf(slug);
        if (index.data(CapabilityMapModel::CoverageRole).toInt() == int(Coverage::Overlapped)) {
            selectCapability(slug);
            return;
        }
    }
}

} // namespace sa
