#pragma once

#include "planning/planner.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace sa {

// Runs the planner off the GUI thread (QtConcurrent) on copies of its inputs, so that the
// worker never touches a store. Cancel sets the planner's flag; whatever the run then
// returns is dropped and cancelled() is emitted, so a cancelled run changes nothing. The
// destructor cancels and waits for the worker.
class PlanRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanRunner)

public:
    explicit PlanRunner(QObject *parent = nullptr);
    ~PlanRunner() override;

    // false when a run is already going.
    bool start(AnalysisInput input, std::vector<Product> catalogue, PlanOptions options);
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown); signals follow from the loop.
    void wait();

signals:
    void progress(int nodes);
    void finished(const sa::PlanResult &result);
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome
    {
        std::shared_ptr<PlanResult> result;
        QString error;
    };
    void done();

    QFutureWatcher<Outcome> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_nodes;
};

} // namespace sa
