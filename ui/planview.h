#pragma once

#include "domain/scenario.h"
#include "mainview.h"

#include <QDate>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sa {

class CatalogueDocument;
class DecisionTableModel;
class PlanOptimizer;
class RoadmapWidget;
class ScenarioTableModel;
class TimeClassModel;
class TimeQuadrant;
class WorkspaceDocument;
struct OptimizeOutcome;

// The Plan view: on the left the scenarios (the baseline, the stack today, then the named
// ones; double-click or F2 renames); on the right, for the chosen scenario, its figures
// before and after and four tabs: its decisions (action, date and one-off cost edited in
// place, each an undoable step), its roadmap on a month axis, the TIME quadrants of the
// stack today and every scenario side by side. Optimize… runs the planner off the GUI
// thread and shows its cost and gap beside the greedy cover's.
class PlanView final : public MainView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)

public:
    PlanView(WorkspaceDocument *document, CatalogueDocument *catalogue, QWidget *parent = nullptr);

    QString viewId() const override;
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> editActions() const override;
    // Shows a plan: when no scenario has decisions yet, the optimizer's (run here, on the
    // GUI thread) is added; finishSnapshot() takes it back.
    void prepareSnapshot() override;
    void finishSnapshot();
    QTabWidget *tabs() const { return m_tabs; }

    // The day scenarios without a start of their own start on (tests fix it).
    void setToday(QDate today);
    ScenarioTableModel *scenarios() const { return m_scenarios; }
    DecisionTableModel *decisions() const { return m_decisions; }
    TimeClassModel *timeClasses() const { return m_time; }
    PlanOptimizer *optimizer() const { return m_optimizer; }
    RoadmapWidget *roadmap() const { return m_roadmap; }
    ScenarioId currentScenario() const;
    void selectScenario(ScenarioId id);
    void openOptimizeDialog();

private:
    void createActions();
    QWidget *createScenarioList();
    QWidget *createDecisionsTab();
    QWidget *createTimeTab();
    void scenarioChosen();
    void updateSummary();
    void showOutcome(const OptimizeOutcome &outcome);
    void newScenario();
    void removeScenario();
    void addProduct();
    void removeDecision();
    void chooseReplacement(int row);

    WorkspaceDocument *m_document;
    CatalogueDocument *m_catalogue;
    QDate m_today;
    ScenarioTableModel *m_scenarios;
    DecisionTableModel *m_decisions;
    TimeClassModel *m_time;
    PlanOptimizer *m_optimizer;
    QListView *m_list;
    QLabel *m_summary;
    QLabel *m_result;
    QTabWidget *m_tabs;
    QTableView *m_decisionTable;
    QTableView *m_compareTable;
    QTableView *m_timeTable;
    TimeQuadrant *m_timeQuadrant = nullptr;
    QLabel *m_timeCounts;
    RoadmapWidget *m_roadmap;
    QPushButton *m_addProduct;
    QPushButton *m_removeDecision;
    QAction *m_optimize;
    QAction *m_new;
    QAction *m_delete;
    bool m_snapshotAdded = false;
};

} // namespace sa
