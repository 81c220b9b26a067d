#include "planview.h"

#include "analysis/liveanalysis.h"
#include "analysisheader.h"
#include "banner.h"
#include "catalogue/cataloguedocument.h"
#include "choicedelegate.h"
#include "itemmodels/decisiontablemodel.h"
#include "itemmodels/scenariotablemodel.h"
#include "itemmodels/timeclassmodel.h"
#include "optimizedialog.h"
#include "planoptimizer.h"
#include "productpickerdialog.h"
#include "roadmapwidget.h"
#include "theme.h"
#include "timequadrant.h"
#include "workspace/workspacedocument.h"

#include <QAction>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QPushButton *button(const QString &objectName, const QString &text, QAction *action = nullptr)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    if (action) {
        b->setIcon(action->icon());
        QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
        QObject::connect(action, &QAction::enabledChanged, b, &QWidget::setEnabled);
    }
    return b;
}

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 2) + u" %";
}

} // namespace

PlanView::PlanView(WorkspaceDocument *document, CatalogueDocument *catalogue, QWidget *parent)
    : MainView(parent)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_today(QDate::currentDate())
    , m_scenarios(new ScenarioTableModel(document, this))
    , m_decisions(new DecisionTableModel(document, this))
    , m_time(new TimeClassModel(document, this))
    , m_optimizer(new PlanOptimizer(document, catalogue, this))
    , m_list(new QListView)
    , m_summary(new QLabel)
    , m_result(createBanner(u"planResult"_s))
    , m_tabs(new QTabWidget)
    , m_decisionTable(new QTableView)
    , m_compareTable(new QTableView)
    , m_timeTable(new QTableView)
    , m_timeCounts(new QLabel)
    , m_roadmap(new RoadmapWidget)
{
    setObjectName(u"planView"_s);
    createActions();
    m_summary->setObjectName(u"scenarioSummary"_s);
    m_summary->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_tabs->setObjectName(u"planTabs"_s);
    m_tabs->addTab(createDecisionsTab(), tr("&Decisions"));
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"roadmapScroll"_s);
    scroll->setWidget(m_roadmap);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, tr("&Roadmap"));
    m_tabs->addTab(createTimeTab(), tr("&TIME"));
    m_compareTable->setObjectName(u"scenarioCompareTable"_s);
    m_compareTable->setModel(m_scenarios);
    styleTable(m_compareTable, 30);
    m_compareTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compareTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_compareTable->setColumnHidden(ScenarioTableModel::Kind, true); // the list says it
    m_tabs->addTab(m_compareTable, tr("&Side by Side"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(14, 12, 14, 12);
    rightLayout->addWidget(m_result);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"planSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createScenarioList());
    // Choosing a row side by side chooses that scenario.
    m_compareTable->setSelectionModel(m_list->selectionModel());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});

    auto *extra = new QHBoxLayout;
    extra->addWidget(button(u"optimizeButton"_s, tr("Optimize…"), m_optimize));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createAnalysisHeader(
        u"planBar"_s,
        tr("Plan"),
        tr("Scenarios of the stack: what to keep, retire, replace or add, when, and what it "
           "saves. Optimize finds the cheapest stack that keeps every must covered."),
        extra));
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PlanView::scenarioChosen);
    connect(m_scenarios, &QAbstractItemModel::dataChanged, this, &PlanView::updateSummary);
    connect(m_scenarios, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_list->currentIndex().isValid() && m_scenarios->rowCount() > 0)
            m_list->setCurrentIndex(m_scenarios->index(0, 0));
    });
    connect(m_decisions, &QAbstractItemModel::dataChanged, this, &PlanView::updateSummary);
    connect(m_decisions, &QAbstractItemModel::modelReset, this, &PlanView::updateSummary);
    connect(
        m_decisions, &DecisionTableModel::replacementRequested, this, &PlanView::chooseReplacement);
    connect(m_decisions, &DecisionTableModel::editFailed, this, &MainView::statusMessage);
    connect(m_scenarios, &ScenarioTableModel::editFailed, this, &MainView::statusMessage);
    connect(m_optimizer, &PlanOptimizer::optimized, this, &PlanView::showOutcome);
    connect(m_optimizer, &PlanOptimizer::statusMessage, this, &MainView::statusMessage);
    if (m_scenarios->rowCount() > 0)
        m_list->setCurrentIndex(m_scenarios->index(0, 0));
    scenarioChosen();
}

void PlanView::createActions()
{
    m_optimize = new QAction(actionIcon(u"plan"_s), tr("&Optimize…"), this);
    m_optimize->setObjectName(u"optimizeAction"_s);
    m_optimize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_optimize->setStatusTip(tr("Find the cheapest stack that keeps every must covered"));
    connect(m_optimize, &QAction::triggered, this, &PlanView::openOptimizeDialog);
    m_new = new QAction(actionIcon(u"add"_s), tr("&New Scenario…"), this);
    m_new->setObjectName(u"newScenarioAction"_s);
    connect(m_new, &QAction::triggered, this, &PlanView::newScenario);
    m_delete = new QAction(actionIcon(u"delete"_s), tr("&Delete Scenario"), this);
    m_delete->setObjectName(u"deleteScenarioAction"_s);
    connect(m_delete, &QAction::triggered, this, &PlanView::removeScenario);
}

QWidget *PlanView::createScenarioList()
{
    m_list->setObjectName(u"scenarioList"_s);
    m_list->setModel(m_scenarios);
    m_list->setModelColumn(ScenarioTableModel::Name);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Del deletes only while the list has the focus: the Edit menu's item has no key, so
    // that Del in the decisions table never takes a whole scenario.
    auto *deleteKey = new QAction(m_list);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, m_delete, &QAction::trigger);
    m_list->addAction(deleteKey);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(14, 12, 0, 12);
    auto *heading = new QLabel(tr("Scenarios"));
    heading->setObjectName(u"panelSubheading"_s);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(u"newScenarioButton"_s, tr("New"), m_new));
    buttons->addWidget(button(u"deleteScenarioButton"_s, tr("Delete"), m_delete));
    layout->addLayout(buttons);
    return box;
}

QWidget *PlanView::createDecisionsTab()
{
    m_decisionTable->setObjectName(u"decisionTable"_s);
    m_decisionTable->setModel(m_decisions);
    styleTable(m_decisionTable, 30);
    m_decisionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_decisionTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                     | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::SelectedClicked);
    m_decisionTable->setItemDelegateForColumn(
        DecisionTableModel::Action,
        new ChoiceDelegate(DecisionTableModel::ChoicesRole, u"actionEditor"_s, m_decisionTable));
    QHeaderView *header = m_decisionTable->horizontalHeader();
    header->setSectionResizeMode(DecisionTableModel::GivesUp, QHeaderView::Stretch);
    m_decisionTable->setColumnWidth(DecisionTableModel::Item, 190);
    m_decisionTable->setColumnWidth(DecisionTableModel::Action, 100);
    m_decisionTable->setColumnWidth(DecisionTableModel::Replacement, 150);
    for (int c : {DecisionTableModel::Effective, DecisionTableModel::NoticeDeadline})
        m_decisionTable->setColumnWidth(c, 110);
    for (int c : {DecisionTableModel::OneOffCost, DecisionTableModel::AnnualCost})
        m_decisionTable->setColumnWidth(c, 120);
    m_addProduct = button(u"addProductButton"_s, tr("Add a Product…"));
    m_removeDecision = button(u"removeDecisionButton"_s, tr("Remove Decision"));
    connect(m_addProduct, &QPushButton::clicked, this, &PlanView::addProduct);
    connect(m_removeDecision, &QPushButton::clicked, this, &PlanView::removeDecision);
    connect(
        m_decisionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
            const QModelIndex current = m_decisionTable->currentIndex();
            m_removeDecision->setEnabled(!m_decisions->isReadOnly() && current.isValid()
                                         && m_decisions->hasDecision(current.row()));
        });
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_decisionTable, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addProduct);
    buttons->addWidget(m_removeDecision);
    layout->addLayout(buttons);
    return box;
}

QWidget *PlanView::createTimeTab()
{
    m_timeTable->setObjectName(u"timeTable"_s);
    m_timeTable->setModel(m_time);
    styleTable(m_timeTable, 30);
    m_timeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeTable->horizontalHeader()->setSectionResizeMode(TimeClassModel::Tool,
                                                          QHeaderView::Stretch);
    for (int c : {TimeClassModel::Fit, TimeClassModel::Efficiency})
        m_timeTable->setColumnWidth(c, 110);
    m_timeCounts->setObjectName(u"timeCounts"_s);
    m_timeCounts->setWordWrap(true);
    m_timeCounts->setTextFormat(Qt::RichText);
    const auto recount = [this] {
        QStringList parts;
        for (TimeClass c :
             {TimeClass::Eliminate, TimeClass::Migrate, TimeClass::Tolerate, TimeClass::Invest})
            parts << u"<b>" + TimeClassModel::classTitle(c) + u"</b> "
                         + QString::number(m_time->count(c));
        m_timeCounts->setText(
            parts.join(u" · "_s)
            + tr("<br><span style='color:#64748b'>Functional fit: the share of a tool's "
                 "capabilities a must or should needs, averaged with its utilization. Cost "
                 "efficiency: the share of its cost not spent twice. Lines at 50 %.</span>"));
    };
    connect(m_time, &QAbstractItemModel::dataChanged, this, recount);
    connect(m_time, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_time, &QAbstractItemModel::rowsRemoved, this, recount);
    recount();
    // The quadrant and the table show one current tool: a dot clicked selects its row,
    // a row selected rings its dot.
    m_timeQuadrant = new TimeQuadrant(m_time);
    connect(m_timeQuadrant, &TimeQuadrant::rowActivated, this, [this](int row) {
        m_timeTable->selectRow(row);
        m_timeTable->scrollTo(m_time->index(row, 0));
    });
    connect(m_timeTable->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            m_timeQuadrant,
            [this](const QModelIndex &current) { m_timeQuadrant->setCurrentRow(current.row()); });
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"timeSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(m_timeQuadrant);
    split->addWidget(m_timeTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_timeTable->setMinimumWidth(420);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_timeCounts);
    layout->addWidget(split, 1);
    return box;
}

QString PlanView::viewId() const
{
    return u"plan"_s;
}

QString PlanView::title() const
{
    return tr("Plan");
}

QIcon PlanView::icon() const
{
    return actionIcon(u"plan"_s);
}

QList<QAction *> PlanView::editActions() const
{
    return {m_optimize, m_new, m_delete};
}

void PlanView::setToday(QDate today)
{
    m_today = today;
    m_scenarios->setToday(today);
    m_decisions->setToday(today);
    updateSummary();
}

ScenarioId PlanView::currentScenario() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ScenarioTableModel::ScenarioIdRole).toLongLong() : 0;
}

void PlanView::selectScenario(ScenarioId id)
{
    const int row = m_scenarios->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_scenarios->index(row, 0));
}

void PlanView::scenarioChosen()
{
    m_decisions->setScenario(currentScenario());
    const int row = m_scenarios->rowOf(currentScenario());
    m_delete->setEnabled(row >= 0 && m_scenarios->scenario(row).kind != ScenarioKind::Baseline);
    m_addProduct->setEnabled(!m_decisions->isReadOnly());
    m_removeDecision->setEnabled(false);
    updateSummary();
}

void PlanView::updateSummary()
{
    const int row = m_scenarios->rowOf(currentScenario());
    if (row < 0) {
        m_summary->setText(tr("No scenario chosen."));
        m_roadmap->setRoadmap({}, {}, {});
        return;
    }
    const Scenario &s = m_scenarios->scenario(row);
    const ScenarioEvaluation &e = m_scenarios->evaluation(row);
    const QString currency = m_document->store()->info().currency;
    const QDate start = s.start.isValid() ? s.start : m_today;
    m_roadmap->setRoadmap(e.roadmap, start, currency);
    if (s.kind == ScenarioKind::Baseline) {
        m_summary->setText(tr("<b>The stack today</b>: %1 tools, %2 a year, %3 of %4 required "
                              "capabilities covered. Every other scenario is measured "
                              "against it.")
                               .arg(e.before.tools)
                               .arg(formatMoney(e.before.annualCost, currency))
                               .arg(e.before.covered)
                               .arg(e.before.required));
        return;
    }
    QString text = tr("<b>%1</b> over %n months from %2: %3 a year after, %4 today; pays %5 "
                      "against %6 for keeping everything, ",
                      nullptr,
                      s.horizonMonths)
                       .arg(s.name.toHtmlEscaped(),
                            QLocale().toString(start, QLocale::ShortFormat),
                            formatMoney(e.after.annualCost, currency),
                            formatMoney(e.before.annualCost, currency),
                            formatMoney(e.roadmap.planCost, currency),
                            formatMoney(e.roadmap.baselineCost, currency));
    text += e.roadmap.savings() >= 0
                ? tr("saving <b>%1</b>").arg(formatMoney(e.roadmap.savings(), currency))
                : tr("costing <b>%1</b> more").arg(formatMoney(-e.roadmap.savings(), currency));
    if (e.roadmap.paybackMonth >= 1)
        text += tr("; pays back in month %1").arg(e.roadmap.paybackMonth);
    text += tr(". Coverage %1 of %2 (today %3).")
                .arg(e.after.covered)
                .arg(e.after.required)
                .arg(e.before.covered);
    m_summary->setText(text);
}

void PlanView::showOutcome(const OptimizeOutcome &outcome)
{
    if (outcome.scenario == 0) {
        QString text = tr("<b>No plan for “%1”.</b>").arg(outcome.name.toHtmlEscaped());
        for (const QString &reason : outcome.infeasible)
            text += u"<br>• " + reason.toHtmlEscaped();
        showBanner(m_result, BannerKind::Error, text);
        emit statusMessage(tr("The optimizer found no plan; the workspace is unchanged."));
        return;
    }
    const QString currency = m_document->store()->info().currency;
    const QString status
        = outcome.status == MipResult::Status::Optimal
              ? tr("optimal")
              : tr("best found in the time limit, gap %1").arg(percentText(outcome.gap));
    QString text = tr("<b>“%1”</b>: optimizer <b>%2</b> (%3, gap %4) · greedy cover %5%6 · "
                      "objective over %7 months, should penalties included")
                       .arg(outcome.name.toHtmlEscaped(),
                            formatMoney(Cents(std::llround(outcome.optimizerCost)), currency),
                            status,
                            percentText(outcome.gap),
                            formatMoney(Cents(std::llround(outcome.greedyCost)), currency),
                            outcome.greedyFeasible ? QString() : tr(" (breaks a constraint)"))
                       .arg(outcome.horizonMonths);
    if (!outcome.leftOut.isEmpty())
        text += u"<br>"
                + tr("Planned without these must requirements, which nothing can cover: %1")
                      .arg(outcome.leftOut.join(QStringLiteral(", ")).toHtmlEscaped());
    showBanner(m_result, outcome.leftOut.isEmpty() ? BannerKind::Ok : BannerKind::Warning, text);
    selectScenario(outcome.scenario);
    m_tabs->setCurrentIndex(0);
    emit statusMessage(tr("Added scenario “%1”. Undo with Ctrl+Z.").arg(outcome.name));
}

void PlanView::openOptimizeDialog()
{
    if (m_optimizer->isRunning())
        return;
    m_optimizer->openDialog(m_today);
}

void PlanView::newScenario()
{
    Scenario s;
    s.name = freeScenarioName(*m_document->store(), tr("Scenario"));
    s.kind = ScenarioKind::Manual;
    const Expected<ScenarioId> id = m_document->addScenario(s);
    if (!id) {
        QMessageBox::warning(this, tr("Could not add a scenario"), id.error().message);
        return;
    }
    selectScenario(*id);
    m_list->edit(m_list->currentIndex());
    emit statusMessage(
        tr("Added “%1”: type its name; choose what to retire in the table.").arg(s.name));
}

void PlanView::removeScenario()
{
    const ScenarioId id = currentScenario();
    const std::optional<Scenario> s = m_document->scenario(id);
    if (!s)
        return;
    if (Status status = m_document->removeScenario(id); !status) {
        emit statusMessage(status.error().message);
        return;
    }
    emit statusMessage(tr("Deleted scenario “%1”. Undo with Ctrl+Z.").arg(s->name));
}

void PlanView::addProduct()
{
    if (m_decisions->isReadOnly())
        return;
    auto *picker = new ProductPickerDialog(m_catalogue, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ProductPickerDialog::productPicked, this, [this](ProductId id) {
        const std::optional<Product> product = m_catalogue->store()->product(id);
        if (!product)
            return;
        Decision d;
        d.action = DecisionAction::Add;
        d.productSlug = product->slug;
        d.effective
            = m_decisions->scenario().start.isValid() ? m_decisions->scenario().start : m_today;
        if (Status s = m_document->setDecision(m_decisions->scenarioId(), d, {*product}); !s)
            QMessageBox::warning(
                this, tr("Could not add “%1”").arg(product->name), s.error().message);
    });
    picker->open();
}

void PlanView::chooseReplacement(int row)
{
    auto *picker = new ProductPickerDialog(m_catalogue, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(
        tr("Replace “%1” with").arg(m_decisions->index(row, 0).data().toString()));
    const ToolId tool = m_decisions->decision(row).toolId;
    connect(picker, &ProductPickerDialog::productPicked, this, [this, tool](ProductId id) {
        const std::optional<Product> product = m_catalogue->store()->product(id);
        const int at = m_decisions->rowOfTool(tool);
        if (product && at >= 0)
            (void)m_decisions->setReplacement(at, *product); // it reports its own failure
    });
    picker->open();
}

void PlanView::removeDecision()
{
    const QModelIndex current = m_decisionTable->currentIndex();
    if (!current.isValid() || !m_decisions->hasDecision(current.row()))
        return;
    if (Status s = m_document->removeDecision(m_decisions->scenarioId(),
                                              m_decisions->decisionIndex(current.row()));
        !s)
        emit statusMessage(s.error().message);
}

void PlanView::prepareSnapshot()
{
    const auto showLast = [this] {
        for (int row = m_scenarios->rowCount() - 1; row >= 0; --row) {
            if (!m_scenarios->scenario(row).decisions.empty()) {
                m_list->setCurrentIndex(m_scenarios->index(row, 0));
                return true;
            }
        }
        return false;
    };
    if (showLast())
        return;
    PlanOptions options = planOptions(*m_document->store());
    options.start = m_today;
    options.timeLimitSeconds = std::min(options.timeLimitSeconds, 10.0);
    QEventLoop loop;
    connect(m_optimizer, &PlanOptimizer::optimized, &loop, &QEventLoop::quit);
    if (m_optimizer->run(options, tr("Optimized plan"), true))
        loop.exec();
    m_snapshotAdded = m_scenarios->rowCount() > 1;
}

void PlanView::finishSnapshot()
{
    if (m_snapshotAdded)
        m_document->undoStack()->undo();
    m_snapshotAdded = false;
}

} // namespace sa
