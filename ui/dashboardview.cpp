#include "dashboardview.h"

#include "analysisheader.h"
#include "catalogue/cataloguedocument.h"
#include "catalogue/cataloguestore.h"
#include "charts/chartpanel.h"
#include "itemmodels/dashboardmodels.h"
#include "itemmodels/spendbycategorymodel.h"
#include "presentation/presentationwindow.h"
#include "theme.h"
#include "workspace/workspacedocument.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

DashboardView::DashboardView(WorkspaceDocument *document,
                             CatalogueDocument *catalogue,
                             QWidget *parent)
    : MainView(parent)
    , m_document(document)
    , m_models(new DashboardModels(this))
    , m_scenario(new QComboBox)
    , m_selectionTitle(new QLabel)
    , m_selectionList(new QListWidget)
    , m_showInInventory(new QPushButton(tr("Show in Inventory")))
{
    setObjectName(u"dashboardView"_s);
    m_models->setCategories(catalogue->store()->categories());
    m_models->attach(document);

    m_scenario->setObjectName(u"dashboardScenario"_s);
    m_scenario->setToolTip(tr("The plan the monthly cost chart compares with today's stack"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *present = new QPushButton(actionIcon(u"present"_s), tr("Present"));
    present->setObjectName(u"presentButton"_s);
    present->setToolTip(tr("Full-screen slides of this workspace (F5)"));
    auto *extra = new QHBoxLayout;
    extra->setSpacing(8);
    auto *planLabel = new QLabel(tr("Plan shown:"));
    planLabel->setBuddy(m_scenario);
    extra->addWidget(planLabel);
    extra->addWidget(m_scenario);
    extra->addSpacing(8);
    extra->addWidget(present);
    QWidget *header = createAnalysisHeader(u"dashboardBar"_s, tr("Dashboard"), QString(), extra);
    // The header's hint line carries the headline numbers.
    m_summary = header->findChild<QLabel *>(u"analysisHint"_s);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(12, 12, 6, 12);
    grid->setSpacing(10);
    const QList<ChartKind> kinds = allChartKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *panel = new ChartPanel(kinds[i], m_models);
        m_panels << panel;
        grid->addWidget(panel, i / 3, i % 3);
        connect(panel, &ChartPanel::toolsClicked, this, &DashboardView::showTools);
        connect(panel, &ChartPanel::statusMessage, this, &MainView::statusMessage);
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addLayout(grid, 1);
    body->addWidget(createSelectionPanel());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    connect(present, &QPushButton::clicked, this, &DashboardView::present);
    connect(m_scenario, &QComboBox::activated, this, [this](int index) {
        m_models->setScenario(m_scenario->itemData(index).toLongLong());
    });
    connect(m_models, &DashboardModels::updated, this, &DashboardView::refreshSummary);
    connect(m_models, &DashboardModels::updated, this, &DashboardView::refreshScenarios);
    refreshSummary();
    refreshScenarios();
}

DashboardView::~DashboardView()
{
    // The charts' mappers hold the models: they go first.
    qDeleteAll(findChildren<PresentationWindow *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_panels);
}

QString DashboardView::viewId() const
{
    return u"dashboard"_s;
}

QString DashboardView::title() const
{
    return tr("Dashboard");
}

QIcon DashboardView::icon() const
{
    return actionIcon(u"dashboard"_s);
}

void DashboardView::prepareSnapshot()
{
    // The biggest category's tools, as a first click would list them.
    const ChartRowsModel *spend = m_models->spendByCategory();
    if (spend->rowCount() > 0)
        showTools(spend->label(0), spend->toolIds(0));
}

// The plan shown is the workspace's: one key per file.
QString DashboardView::planShownKey() const
{
    const QByteArray path = m_document->store()->path().toUtf8();
    return u"planShown/"_s
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

void DashboardView::saveState(QSettings &settings) const
{
    if (const Scenario *shown = m_models->shownScenario())
        settings.setValue(planShownKey(), shown->name);
}

void DashboardView::restoreState(QSettings &settings)
{
    const QString name = settings.value(planShownKey()).toString();
    for (const Scenario &s : m_models->scenarios()) {
        if (s.kind != ScenarioKind::Baseline && s.name == name) {
            m_models->setScenario(s.id);
            return;
        }
    }
}

PresentationWindow *DashboardView::present()
{
    auto *window = new PresentationWindow(m_document, m_models, this);
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

QWidget *DashboardView::createSelectionPanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(u"dashboardSelection"_s);
    panel->setFixedWidth(220);
    m_selectionTitle->setObjectName(u"panelSubheading"_s);
    m_selectionTitle->setWordWrap(true);
    m_selectionList->setObjectName(u"dashboardSelectionList"_s);
    m_selectionList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_selectionList->setTextElideMode(Qt::ElideRight);
    m_selectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_showInInventory->setObjectName(u"showInInventory"_s);
    m_showInInventory->setToolTip(tr("Select these tools in the Inventory"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 12, 12, 12);
    layout->addWidget(m_selectionTitle);
    layout->addWidget(m_selectionList, 1);
    layout->addWidget(m_showInInventory);
    connect(m_showInInventory, &QPushButton::clicked, this, [this] {
        emit showToolsRequested(m_selected);
    });
    connect(m_selectionList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit showToolsRequested({item->data(Qt::UserRole).toLongLong()});
    });
    showTools(QString(), {});
    return panel;
}

void DashboardView::showTools(const QString &label, const QList<qint64> &toolIds)
{
    m_selected = toolIds;
    m_selectionList->clear();
    Cents total = 0;
    const QString currency = m_document->store()->info().currency;
    for (const qint64 id : toolIds) {
        const std::optional<Tool> tool = m_document->store()->tool(id);
        if (!tool)
            continue;
        total += tool->annualCost;
        auto *item = new QListWidgetItem(tool->name, m_selectionList);
        item->setData(Qt::UserRole, id);
        item->setToolTip(tr("%1 a year. Double-click to show it in the Inventory.")
                             .arg(formatMoney(tool->annualCost, currency)));
    }
    if (label.isEmpty())
        m_selectionTitle->setText(tr("Click a slice, bar or point to list its tools here."));
    else
        m_selectionTitle->setText(
            (toolIds.size() == 1 ? tr("%1\n1 tool, %2 a year")
                                 : tr("%1\n%n tools, %2 a year", nullptr, int(toolIds.size())))
                .arg(label, formatMoney(total, currency)));
    m_showInInventory->setEnabled(!toolIds.isEmpty());
}

void DashboardView::refreshSummary()
{
    const ChartRowsModel *spend = m_models->spendByCategory();
    Cents total = 0;
    int tools = 0;
    for (int row = 0; row < spend->rowCount(); ++row) {
        total += spend->index(row, SpendByCategoryModel::Spend)
                     .data(ChartRowsModel::UnderlyingDataRole)
                     .toLongLong();
        tools += spend->index(row, SpendByCategoryModel::Tools).data().toInt();
    }
    const WorkspaceInfo info = m_document->store()->info();
    m_summary->setText((tools == 1 ? tr("%1 · 1 active tool · %2 a year")
                                   : tr("%1 · %n active tools · %2 a year", nullptr, tools))
                           .arg(info.company.isEmpty() ? tr("This workspace") : info.company,
                                formatMoney(total, info.currency)));
}

void DashboardView::refreshScenarios()
{
    const QSignalBlocker blocker(m_scenario);
    m_scenario->clear();
    const Scenario *shown = m_models->shownScenario();
    for (const Scenario &s : m_models->scenarios()) {
        if (s.kind == ScenarioKind::Baseline)
            continue;
        m_scenario->addItem(s.name, s.id);
        if (shown && shown->id == s.id)
            m_scenario->setCurrentIndex(m_scenario->count() - 1);
    }
    if (m_scenario->count() == 0)
        m_scenario->addItem(tr("No scenario yet"), 0);
    m_scenario->setEnabled(m_scenario->itemData(0).toLongLong() != 0);
}

} // namespace sa
