#include "planrunner.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace sa {

PlanRunner::PlanRunner(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &PlanRunner::done);
}

PlanRunner::~PlanRunner()
{
    cancel();
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

bool PlanRunner::start(AnalysisInput input, std::vector<Product> catalogue, PlanOptions options)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_nodes = std::make_shared<std::atomic_int>(0);
    QPointer<PlanRunner> self(this);
    MipControl control;
    control.timeLimitSeconds = options.timeLimitSeconds;
    control.cancel = m_cancel.get();
    // Called on the worker: counts nodes and posts at most one update per change.
    control.progress = [self, nodes = m_nodes](const MipProgress &p) {
        if (nodes->exchange(p.nodes) == p.nodes)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, n = p.nodes] {
                if (self)
                    emit self->progress(n);
            },
            Qt::QueuedConnection);
    };
    // The flag and the control live in the lambda, so that they outlive this object's
    // members if the worker is still going when a new run replaces them.
    m_watcher->setFuture(QtConcurrent::run([input = std::move(input),
                                            catalogue = std::move(catalogue),
                                            options = std::move(options),
                                            control,
                                            flag = m_cancel]() -> Outcome {
        Expected<PlanResult> r = planStack(input, catalogue, options, control);
        if (!r)
            return Outcome{nullptr, r.error().message};
        return Outcome{std::make_shared<PlanResult>(std::move(*r)), QString()};
    }));
    return true;
}

void PlanRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool PlanRunner::isRunning() const
{
    return m_watcher->isRunning();
}

void PlanRunner::wait()
{
    m_watcher->waitForFinished();
}

void PlanRunner::done()
{
    const Outcome outcome = m_watcher->result();
    if (m_cancel && m_cancel->load()) {
        emit cancelled();
        return;
    }
    if (!outcome.result) {
        emit failed(outcome.error);
        return;
    }
    emit finished(*outcome.result);
}

} // namespace sa
