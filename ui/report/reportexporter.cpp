#include "reportexporter.h"

#include "filedialogs.h"
#include "report/reportcontent.h"
#include "reportcharts.h"
#include "reportdialog.h"
#include "reportrenderer.h"
#include "workspace/workspacedocument.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

struct Outcome
{
    Status status = success();
    int pages = 0;
};

} // namespace

ReportExporter::ReportExporter(WorkspaceDocument *document,
                               const CatalogueStore *catalogue,
                               QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_catalogue(catalogue)
    , m_window(window)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
}

ReportExporter::~ReportExporter()
{
    if (m_cancel)
        m_cancel->store(true); // the worker finishes on its own copy of everything
}

void ReportExporter::start()
{
    const WorkspaceStore *store = m_document->store();
    QStringList scenarios;
    for (const Scenario &s : store->scenarios()) {
        if (s.kind != ScenarioKind::Baseline)
            scenarios << s.name;
    }
    const WorkspaceInfo info = store->info();
    auto *dialog = new ReportDialog(
        store->reportSettings(), scenarios, info.company, info.preparedBy, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The rest runs once the dialog has closed, not inside its signal.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QMetaObject::invokeMethod(
            this,
            [this, settings = dialog->settings()] { dialogAccepted(settings); },
            Qt::QueuedConnection);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        emit finished(false, QString(), tr("Cancelled"));
    });
    dialog->open();
}

void ReportExporter::dialogAccepted(const ReportSettings &settings)
{
    if (Status s = m_document->setReportSettings(settings); !s) {
        QMessageBox::warning(m_window, tr("The report settings were not saved"), s.error().message);
        return;
    }
    const QFileInfo workspace(m_document->store()->path());
    const QString suggested = workspace.absoluteDir().filePath(
        tr("%1 stack review.pdf").arg(workspace.completeBaseName()));
    const QString path = FileDialogs::saveFile(
        m_window, tr("Export Report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        emit finished(false, QString(), tr("No file chosen"));
        return;
    }
    exportTo(QFileInfo(path).suffix().isEmpty() ? path + u".pdf" : path);
}

void ReportExporter::exportTo(const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Read on the GUI thread (the stores' connections are per thread); the worker gets
    // plain values only.
    ReportInput input = reportInput(*m_document->store(), *m_catalogue);
    ReportCharts charts = reportCharts(input);

    m_progress
        = new QProgressDialog(tr("Writing the stack review…"), tr("Cancel"), 0, 100, m_window);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setWindowTitle(tr("Export Report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel->store(true); });
    connect(this, &ReportExporter::progressed, m_progress, &QProgressDialog::setValue);

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        workerDone(o.status, o.pages);
    });
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<ReportExporter> self(this);
    const auto report = [self](int percent) {
        QMetaObject::invokeMethod(
            self,
            [self, percent] {
                if (self)
                    emit self->progressed(percent);
            },
            Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run(
        m_pool, [input = std::move(input), charts = std::move(charts), path, cancel, report] {
            ReportControl control;
            control.cancel = cancel.get();
            control.progress = [report](int percent, const QString &) {
                report(percent * 4 / 10);
            };
            Expected<ReportContent> content = buildReportContent(input, control);
            if (!content)
                return Outcome{content.error(), 0};
            ReportRenderer renderer(std::move(*content), charts);
            renderer.setCancelFlag(cancel.get());
            renderer.setProgress([report](int percent) { report(40 + percent * 6 / 10); });
            Status s = renderer.render(path);
            return Outcome{s, renderer.pageCount()};
        }));
}

void ReportExporter::workerDone(const Status &status, int pages)
{
    m_running = false;
    const bool cancelled = m_cancel->load();
    if (m_progress)
        m_progress->deleteLater();
    if (cancelled) {
        emit finished(false, m_path, tr("Cancelled: no file was written"));
        return;
    }
    if (!status) {
        QMessageBox::warning(m_window, tr("The report was not written"), status.error().message);
        emit finished(false, m_path, status.error().message);
        return;
    }
    emit finished(
        true, m_path, tr("Wrote %1 (%2 pages)").arg(QFileInfo(m_path).fileName()).arg(pages));
}

} // namespace sa
