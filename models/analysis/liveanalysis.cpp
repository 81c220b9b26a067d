#include "liveanalysis.h"

#include "stackanalysis.h"
#include "workspace/workspacedocument.h"

#include <QTimer>

namespace sa {

LiveAnalysis *LiveAnalysis::forDocument(WorkspaceDocument *document)
{
    if (auto *existing = document->findChild<LiveAnalysis *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LiveAnalysis(document);
}

LiveAnalysis::LiveAnalysis(WorkspaceDocument *document)
    : QObject(document)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &LiveAnalysis::run);
    connect(document, &WorkspaceDocument::toolAdded, this, &LiveAnalysis::schedule);
    connect(document, &WorkspaceDocument::toolChanged, this, &LiveAnalysis::schedule);
    connect(document, &WorkspaceDocument::toolRemoved, this, &LiveAnalysis::schedule);
    for (auto signal : {&WorkspaceDocument::integrationsChanged,
                        &WorkspaceDocument::requirementsChanged,
                        &WorkspaceDocument::capabilitiesChanged,
                        &WorkspaceDocument::infoChanged}) {
        connect(document, signal, this, &LiveAnalysis::schedule);
    }
    run();
}

void LiveAnalysis::schedule()
{
    m_timer->start();
}

void LiveAnalysis::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        run();
    }
}

void LiveAnalysis::run()
{
    m_input = analysisInput(*m_document->store());
    m_result = analyzeStack(m_input);
    ++m_runs;
    emit updated();
}

} // namespace sa
