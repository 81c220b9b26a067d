#include "planoptimizer.h"

#include "analysis/liveanalysis.h"
#include "catalogue/cataloguedocument.h"
#include "optimizedialog.h"
#include "planrunner.h"
#include "workspace/workspacedocument.h"

#include <QLocale>
#include <QProgressDialog>

namespace sa {

PlanOptimizer::PlanOptimizer(WorkspaceDocument *document,
                             CatalogueDocument *catalogue,
                             QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_window(window)
    , m_runner(new PlanRunner(this))
{
    connect(m_runner, &PlanRunner::finished, this, [this](const PlanResult &result) {
        closeProgress();
        adopt(result, m_name);
    });
    connect(m_runner, &PlanRunner::cancelled, this, [this] {
        closeProgress();
        emit statusMessage(tr("Optimization cancelled; the workspace is unchanged."));
    });
    connect(m_runner, &PlanRunner::failed, this, [this](const QString &message) {
        closeProgress();
        OptimizeOutcome outcome;
        outcome.name = m_name;
        outcome.infeasible << message;
        emit optimized(outcome);
    });
    connect(m_runner, &PlanRunner::progress, this, [this](int nodes) {
        if (m_progress)
            m_progress->setLabelText(
                tr("Optimizing the stack… %n branch-and-bound nodes so far", nullptr, nodes));
    });
}

PlanOptimizer::~PlanOptimizer()
{
    delete m_progress.data();
}

OptimizeDialog *PlanOptimizer::openDialog(QDate today)
{
    LiveAnalysis *analysis = LiveAnalysis::forDocument(m_document);
    analysis->flush();
    QStringList uncoverable;
    for (const Requirement &r :
         uncoverableMusts(analysis->input(), m_catalogue->store()->allProducts()))
        uncoverable << m_document->capabilityName(r.capabilitySlug);
    auto *dialog = new OptimizeDialog(*m_document->store(), today, uncoverable, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        run(dialog->options(), dialog->scenarioName(), dialog->leavesOutUncoverable());
    });
    dialog->open();
    return dialog;
}

bool PlanOptimizer::isRunning() const
{
    return m_runner->isRunning();
}

bool PlanOptimizer::run(const PlanOptions &options,
                        const QString &scenarioName,
                        bool leaveOutUncoverable)
{
    if (isRunning())
        return false;
    LiveAnalysis *analysis = LiveAnalysis::forDocument(m_document);
    analysis->flush();
    m_name = scenarioName;
    m_leftOut.clear();
    AnalysisInput input = analysis->input();
    std::vector<Product> catalogue = m_catalogue->store()->allProducts();
    if (leaveOutUncoverable) {
        for (const QString &slug : leaveOutUncoverableMusts(&input, catalogue))
            m_leftOut << m_document->capabilityName(slug);
    }
    if (!m_runner->start(std::move(input), std::move(catalogue), options))
        return false;
    m_progress = new QProgressDialog(tr("Optimizing the stack…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("optimizeProgress"));
    m_progress->setWindowTitle(tr("Optimize"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_runner->cancel();
        emit statusMessage(tr("Cancelling the optimization…"));
    });
    m_progress->show();
    return true;
}

void PlanOptimizer::closeProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
}

ScenarioId PlanOptimizer::adopt(const PlanResult &result, const QString &name)
{
    OptimizeOutcome outcome;
    outcome.name = name;
    outcome.leftOut = m_leftOut;
    outcome.status = result.mip.status;
    outcome.optimizerCost = result.mip.cost;
    outcome.gap = result.mip.gap;
    outcome.greedyCost = result.greedy.evaluation.cost;
    outcome.greedyFeasible = result.greedy.evaluation.feasible();
    outcome.horizonMonths = result.horizon.months();
    for (const InfeasibleReason &r : result.infeasible)
        outcome.infeasible << r.message;
    if (!result.hasPlan()) {
        if (outcome.infeasible.isEmpty())
            outcome.infeasible << tr("No plan was found within the time limit of %1 s.")
                                      .arg(QLocale().toString(result.options.timeLimitSeconds));
        emit optimized(outcome);
        return 0;
    }
    outcome.paidCost = result.roadmap.planCost;
    outcome.baselineCost = result.roadmap.baselineCost;
    Scenario scenario = planScenario(result, name);
    scenario.notes = tr("Optimized on %1 over %n months from %2.", nullptr, outcome.horizonMonths)
                         .arg(QDate::currentDate().toString(Qt::ISODate),
                              result.horizon.start().toString(Qt::ISODate));
    if (!m_leftOut.isEmpty())
        scenario.notes += u' '
                          + tr("Left out as nothing covers them: %1.")
                                .arg(m_leftOut.join(QStringLiteral(", ")));
    const Expected<ScenarioId> id = m_document->addScenario(scenario, result.addedProducts);
    if (!id) {
        outcome.status = MipResult::Status::NoPlan;
        outcome.infeasible << id.error().message;
    } else {
        outcome.scenario = *id;
    }
    emit optimized(outcome);
    return outcome.scenario;
}

} // namespace sa
