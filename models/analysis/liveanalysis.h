#pragma once

#include "analysisinput.h"
#include "analysisresult.h"

#include <QObject>

class QTimer;

namespace sa {

class WorkspaceDocument;

// The analysis of the open workspace, kept up to date: every change signal of the document
// schedules one new analysis for the next turn of the event loop, so that a bulk edit (a
// whole import, undo of many rows) costs one run, not one per row. A run is a few
// milliseconds for hundreds of tools (see tests/bench/bench_analysis), so it stays on the
// GUI thread and views read the last result directly. One per document, shared by every
// view (forDocument()), owned by the document.
class LiveAnalysis final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveAnalysis)

public:
    // The document's one instance, created (and analysed) on first use.
    static LiveAnalysis *forDocument(WorkspaceDocument *document);

    const AnalysisInput &input() const { return m_input; }
    const AnalysisResult &result() const { return m_result; }
    int runs() const { return m_runs; } // analyses done so far
    // Runs a scheduled analysis now (tests, snapshots); nothing when none is pending.
    void flush();

signals:
    void updated(); // result() is new

private:
    explicit LiveAnalysis(WorkspaceDocument *document);
    void schedule();
    void run();

    WorkspaceDocument *m_document;
    QTimer *m_timer;
    AnalysisInput m_input;
    AnalysisResult m_result;
    int m_runs = 0;
};

} // namespace sa
