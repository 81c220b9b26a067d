#pragma once

#include "domain/result.h"
#include "report/reportsettings.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThreadPool;
class QWidget;

namespace sa {

class CatalogueStore;
class ReportDialog;
class WorkspaceDocument;

// File > Export Report…: shows the report dialog over the open workspace, saves its
// settings in the workspace as one undoable command, asks where the PDF goes and writes
// it off the GUI thread (the content, with the optimizer's plan, and the painting both
// run on a worker; the inputs are read first, on the GUI thread) behind a progress
// dialog with Cancel. A cancelled or failed export leaves no file.
class ReportExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExporter)

public:
    ReportExporter(WorkspaceDocument *document, const CatalogueStore *catalogue, QWidget *window);
    ~ReportExporter() override;

    // Opens the dialog (window-modal, returns at once).
    void start();
    // Writes the PDF with the workspace's saved settings; finished() tells the outcome.
    void exportTo(const QString &path);
    bool isRunning() const { return m_running; }
    // The exporter's own one-thread pool: an export never waits behind other background
    // work, nor holds up the application's pool.
    QThreadPool *threadPool() const { return m_pool; }

signals:
    void progressed(int percent);
    // written false: cancelled or failed, message says which.
    void finished(bool written, const QString &path, const QString &message);

private:
    void dialogAccepted(const ReportSettings &settings);
    void workerDone(const Status &status, int pages);

    WorkspaceDocument *m_document;
    const CatalogueStore *m_catalogue;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
    bool m_running = false;
    QThreadPool *m_pool;
};

} // namespace sa
