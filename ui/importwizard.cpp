#include "importwizard.h"

#include "filedialogs.h"
#include "importwizardfilepage.h"
#include "importwizardmappingpage.h"
#include "importwizardmatchpage.h"
#include "importwizardproblemspage.h"
#include "importwizardsession.h"
#include "importwizardsteps.h"
#include "importwizardsummarypage.h"
#include "itemmodels/matchreviewmodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

namespace sa {

ImportWizard::ImportWizard(WorkspaceDocument *document, CatalogueStore *catalogue, QWidget *parent)
    : QWizard(parent)
    , m_session(new ImportWizardSession(document, catalogue, this))
    , m_matches(new MatchReviewModel(this))
    , m_filePage(new ImportWizardFilePage(m_session))
    , m_matchPage(new ImportWizardMatchPage(m_session, m_matches, catalogue))
    , m_summaryPage(new ImportWizardSummaryPage(m_session, m_matches))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setTitleFormat(Qt::RichText);
    setSubTitleFormat(Qt::RichText);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setAcceptDrops(true);
    resize(1000, 720);
    setMinimumSize(760, 560);

    setPage(FilePage, m_filePage);
    setPage(MappingPage, new ImportWizardMappingPage(m_session));
    setPage(MatchPage, m_matchPage);
    setPage(ProblemsPage, new ImportWizardProblemsPage(m_session));
    setPage(SummaryPage, m_summaryPage);
    setStartId(FilePage);
    m_steps = new ImportWizardSteps(
        {tr("The file"), tr("Columns"), tr("Catalogue"), tr("Problems"), tr("Import")});
    setSideWidget(m_steps);
    createBusyStrip();

    connect(
        m_filePage, &ImportWizardFilePage::chooseFileRequested, this, &ImportWizard::chooseFile);
    connect(m_session, &ImportWizardSession::busyChanged, this, &ImportWizard::setBusy);
    connect(m_session, &ImportWizardSession::previewChanged, this, &ImportWizard::previewArrived);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::placeBusyStrip);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::updateSteps);
    connect(m_session, &ImportWizardSession::previewChanged, this, &ImportWizard::updateSteps);
}

ImportWizard::~ImportWizard() = default;

ImportWizard *ImportWizard::start(WorkspaceDocument *document,
                                  CatalogueStore *catalogue,
                                  QWidget *parent,
                                  const QString &path,
                                  std::optional<InventoryMode> mode)
{
    auto *wizard = new ImportWizard(document, catalogue, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (path.isEmpty()) {
        if (!wizard->chooseFile()) {
            delete wizard;
            return nullptr;
        }
    } else {
        wizard->openFile(path, mode);
    }
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

void ImportWizard::openFile(const QString &path, std::optional<InventoryMode> mode)
{
    if (currentId() != FilePage)
        restart();
    InventoryOptions options;
    options.fallbackDateOrder = ImportWizardSession::localeDateOrder();
    options.mode = mode.value_or(InventoryMode::Tools);
    m_session->read(path, options, mode.has_value());
}

bool ImportWizard::chooseFile()
{
    QSettings settings;
    const QString key = QStringLiteral("ImportWizard/folder");
    const QString path = FileDialogs::openFile(
        this,
        tr("Import a File"),
        settings.value(key).toString(),
        tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(key, QFileInfo(path).absolutePath());
    openFile(path);
    return true;
}

bool ImportWizard::canImport(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("csv"),
                                      QStringLiteral("tsv"),
                                      QStringLiteral("txt"),
                                      QStringLiteral("xlsx"),
                                      QStringLiteral("xlsm")};
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

QStringList ImportWizard::importablePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && canImport(url.toLocalFile()))
            paths << url.toLocalFile();
    }
    return paths;
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    const QStringList paths = importablePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(paths.first());
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return MappingPage;
    case MappingPage:
        return m_session->preview().mode == InventoryMode::Tools ? MatchPage : ProblemsPage;
    case MatchPage:
        return ProblemsPage;
    case ProblemsPage:
        return SummaryPage;
    default:
        return -1;
    }
}

void ImportWizard::previewArrived(bool sameTable)
{
    m_matches->setPreview(&m_session->preview(), m_session->catalogue(), sameTable);
}

void ImportWizard::updateSteps()
{
    const bool requirements = m_session->preview().mode == InventoryMode::Requirements;
    m_steps->setCurrent(std::max(currentId(), 0), requirements ? MatchPage : -1);
}

void ImportWizard::createBusyStrip()
{
    m_busy = new QFrame;
    m_busy->setObjectName(QStringLiteral("importBusy"));
    m_busyLabel = new QLabel;
    m_busyLabel->setObjectName(QStringLiteral("importBusyLabel"));
    auto *bar = new QProgressBar;
    bar->setRange(0, 0); // the engine gives no steps: a busy indicator
    bar->setTextVisible(false);
    bar->setMaximumWidth(220);
    bar->setMaximumHeight(12);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelReadingButton"));
    cancel->setToolTip(tr("Stop reading; the wizard stays as it was"));
    connect(cancel, &QPushButton::clicked, m_session, &ImportWizardSession::cancel);
    auto *layout = new QHBoxLayout(m_busy);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_busyLabel, 1);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    m_busy->hide();
    placeBusyStrip();
}

void ImportWizard::placeBusyStrip()
{
    QWizardPage *page = currentPage() ? currentPage() : m_filePage;
    if (m_busy->parentWidget() != page && page->layout())
        page->layout()->addWidget(m_busy);
}

void ImportWizard::setBusy(bool busy, const QString &what)
{
    m_busyLabel->setText(what);
    m_busy->setVisible(busy);
    if (QAbstractButton *back = button(QWizard::BackButton))
        back->setEnabled(!busy && currentId() != startId());
}

void ImportWizard::accept()
{
    const InventoryOutcome &outcome = m_summaryPage->outcome();
    if (!m_summaryPage->isComplete())
        return; // errors, or nothing to import: Import is disabled, and so is this
    const Expected<WorkspaceImportResult> result = m_session->apply(outcome);
    if (!result) {
        QMessageBox::warning(this, tr("Nothing was imported"), result.error().message);
        return; // the wizard stays, with everything the user decided
    }
    const QString file = m_session->options().displayName;
    QString message;
    if (m_session->preview().mode == InventoryMode::Requirements) {
        const int n = result->requirementsSet;
        message = n == 1 ? tr("Imported 1 requirement from %1.").arg(file)
                         : tr("Imported %1 requirements from %2.").arg(n).arg(file);
    } else {
        const auto n = result->toolIds.size();
        message = n == 1 ? tr("Imported 1 tool from %1.").arg(file)
                         : tr("Imported %1 tools from %2.").arg(n).arg(file);
    }
    emit imported(message + u' ' + tr("Undo with Ctrl+Z."));
    QWizard::accept();
}

void ImportWizard::reject()
{
    m_session->cancel();
    QWizard::reject();
}

} // namespace sa
