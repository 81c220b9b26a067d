#pragma once

#include "domain/scenario.h"
#include "planning/planner.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

namespace sa {

class CatalogueDocument;
class OptimizeDialog;
class PlanRunner;
class WorkspaceDocument;

// What one optimizer run showed the user: the optimizer's objective and gap beside the
// greedy cover's, and why there is no plan when there is none.
struct OptimizeOutcome
{
    ScenarioId scenario = 0; // the scenario the plan became; 0 when none
    QString name;
    MipResult::Status status = MipResult::Status::NoPlan;
    double optimizerCost = 0; // cents over the horizon, should penalties included
    double gap = 0;
    double greedyCost = 0;
    bool greedyFeasible = false;
    Cents paidCost = 0; // the plan's own cost over the horizon (its roadmap)
    Cents baselineCost = 0;
    int horizonMonths = 0;
    QStringList infeasible; // InfeasibleReason messages
    QStringList leftOut;    // must requirements left out as nothing covers them
};

// Optimize…: the options dialog, then the planner on a worker (PlanRunner) behind a
// window-modal progress dialog with Cancel. A plan becomes a scenario in one undoable
// step (its products' snapshots saved with it); no plan, a failure or Cancel leaves the
// workspace as it was.
class PlanOptimizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanOptimizer)

public:
    PlanOptimizer(WorkspaceDocument *document, CatalogueDocument *catalogue, QWidget *window);
    ~PlanOptimizer() override;

    // Opens the options dialog (window-modal, deleted on close); accepting it runs.
    OptimizeDialog *openDialog(QDate today);
    // false when a run is already going. leaveOutUncoverable: plan without the must
    // requirements nothing can cover (uncoverableMusts), named in the outcome.
    bool
    run(const PlanOptions &options, const QString &scenarioName, bool leaveOutUncoverable = false);
    bool isRunning() const;
    // Turns a finished run into a scenario named name (one undoable step) and reports it
    // through optimized(); returns the scenario, 0 when there is no plan.
    ScenarioId adopt(const PlanResult &result, const QString &name);
    PlanRunner *runner() const { return m_runner; }
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    void optimized(const sa::OptimizeOutcome &outcome);
    void statusMessage(const QString &text);

private:
    void closeProgress();

    WorkspaceDocument *m_document;
    CatalogueDocument *m_catalogue;
    QWidget *m_window;
    PlanRunner *m_runner;
    QPointer<QProgressDialog> m_progress;
    QString m_name;
    QStringList m_leftOut;
};

} // namespace sa
