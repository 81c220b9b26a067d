#include "mainwindow.h"

#include "catalogue/cataloguedocument.h"
#include "cataloguebrowser.h"
#include "filedialogs.h"
#include "importwizard.h"
#include "inventoryexportfile.h"
#include "mainactions.h"
#include "mainview.h"
#include "planning/contractcalendar.h"
#include "recentfiles.h"
#include "report/reportexporter.h"
#include "theme.h"
#include "welcomeview.h"
#include "workspace/workspacedocument.h"
#include "workspacecontroller.h"
#include "workspaceviews.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace sa {

MainWindow::MainWindow(CatalogueDocument *document, WorkspaceFiles *files, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_undoGroup(new QUndoGroup(this))
    , m_actions(new MainActions(this, m_undoGroup))
    , m_workspace(new WorkspaceController(files, this))
    , m_navigation(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_counts(new QLabel)
    , m_catalogueName(new QLabel)
    , m_files(files)
    , m_welcome(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setMinimumSize(960, 600);
    setAcceptDrops(true);
    resize(1400, 900);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    m_stack->setObjectName(QStringLiteral("viewStack"));
    m_viewColumn = new QVBoxLayout;
    m_viewColumn->setSpacing(0);
    m_viewColumn->addWidget(m_stack, 1);
    layout->addLayout(m_viewColumn, 1);
    setCentralWidget(central);

    m_counts->setObjectName(QStringLiteral("catalogueCounts"));
    statusBar()->addPermanentWidget(m_counts);
    m_catalogueName->setObjectName(QStringLiteral("catalogueName"));
    m_catalogueName->setContentsMargins(16, 0, 6, 0); // apart from the counts
    statusBar()->addPermanentWidget(m_catalogueName);
    statusBar()->setSizeGripEnabled(false);

    // Built inside the stack: added afterwards, a finished view would be re-polished
    // against the style sheet as a whole when it is moved in.
    m_undoGroup->addStack(document->undoStack());
    m_welcome = new WelcomeView(m_workspace->recentFiles(), m_stack);
    addView(m_welcome);
    m_catalogueView = new CatalogueBrowser(document, m_stack);
    addView(m_catalogueView);
    rebuildNavigation();
    connectActions();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        setCurrentView(row);
    });
    connect(document, &CatalogueDocument::errorOccurred, this, &MainWindow::showError);
    for (auto signal : {&CatalogueDocument::productAdded,
                        &CatalogueDocument::productChanged,
                        &CatalogueDocument::productRemoved,
                        &CatalogueDocument::capabilityAdded,
                        &CatalogueDocument::capabilityRemoved}) {
        connect(document, signal, this, &MainWindow::updateCounts);
    }
    setCurrentView(0); // fills the counts when the catalogue is the view shown
}

MainWindow::~MainWindow()
{
    // The workspace's views go before the document they show.
    delete m_headerBar;
    qDeleteAll(m_workspaceViews);
    m_workspaceViews.clear();
}

void MainWindow::connectActions()
{
    WorkspaceController *w = m_workspace;
    connect(m_actions->newWorkspace(), &QAction::triggered, w, &WorkspaceController::newWorkspace);
    connect(m_actions->open(), &QAction::triggered, w, &WorkspaceController::chooseAndOpen);
    connect(m_actions->openDemo(), &QAction::triggered, w, &WorkspaceController::openDemo);
    connect(m_actions->saveAs(), &QAction::triggered, w, &WorkspaceController::chooseAndSaveAs);
    connect(m_actions->closeWorkspace(), &QAction::triggered, w, &WorkspaceController::close);
    connect(m_actions->exportInventory(), &QAction::triggered, this, &MainWindow::exportInventory);
    connect(m_actions->exportCalendar(), &QAction::triggered, this, &MainWindow::exportCalendar);
    connect(m_actions->exportReport(), &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_actions->importInventory(), &QAction::triggered, this, &MainWindow::importInventory);
    connect(m_actions->recentMenu(), &QMenu::aboutToShow, this, [this] {
        m_workspace->recentFiles()->fillMenu(m_actions->recentMenu());
    });
    m_workspace->recentFiles()->fillMenu(m_actions->recentMenu()); // shortcuts work unopened
    connect(m_actions->find(), &QAction::triggered, this, [this] {
        if (MainView *view = currentView())
            view->focusSearch();
    });
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->present(), &QAction::triggered, this, [this] {
        WorkspaceViews::present(m_workspaceViews);
    });

    connect(m_welcome, &WelcomeView::newRequested, w, &WorkspaceController::newWorkspace);
    connect(m_welcome, &WelcomeView::openRequested, w, &WorkspaceController::chooseAndOpen);
    connect(m_welcome, &WelcomeView::demoRequested, w, &WorkspaceController::openDemo);
    connect(m_welcome, &WelcomeView::recentRequested, w, &WorkspaceController::open);

    connect(w, &WorkspaceController::opened, this, &MainWindow::workspaceOpened);
    connect(w, &WorkspaceController::aboutToClose, this, &MainWindow::workspaceClosing);
    connect(w, &WorkspaceController::closed, this, [this] {
        setCurrentView(m_welcome->viewId());
        updateTitle();
    });
    connect(w, &WorkspaceController::pathChanged, this, &MainWindow::updateTitle);
    connect(w, &WorkspaceController::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
}

QWidget *MainWindow::createSidebar()
{
    // A narrow rail: the logo, then one icon with its label per view.
    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(96);
    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 14, 0, 10);
    layout->setSpacing(12);

    auto *logo = new QLabel;
    logo->setObjectName(QStringLiteral("sidebarLogo"));
    logo->setPixmap(QIcon(QStringLiteral(":/icons/stackatlas.svg")).pixmap(34, 34));
    logo->setAlignment(Qt::AlignHCenter);
    logo->setToolTip(tr("StackAtlas"));
    layout->addWidget(logo);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setViewMode(QListView::IconMode);
    m_navigation->setFlow(QListView::TopToBottom);
    m_navigation->setMovement(QListView::Static);
    m_navigation->setWrapping(false);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_navigation, 1);

    auto *version = new QLabel(tr("v%1").arg(QApplication::applicationVersion()));
    version->setObjectName(QStringLiteral("sidebarFooter"));
    version->setAlignment(Qt::AlignHCenter);
    layout->addWidget(version);
    // Only once it has a parent: shown without one, a label becomes a window of its own.
    version->setVisible(!QApplication::applicationVersion().isEmpty());
    return sidebar;
}

void MainWindow::addView(MainView *view)
{
    m_stack->addWidget(view);
    connect(view, &MainView::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(view, &MainView::viewRequested, this, [this](const QString &viewId) {
        setCurrentView(viewId);
    });
}

void MainWindow::rebuildNavigation()
{
    MainView *current = currentView();
    m_views.clear();
    if (!m_workspaceViews.isEmpty())
        m_views << m_workspaceViews;
    else
        m_views << m_welcome;
    m_views << m_catalogueView;
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    for (const MainView *view : std::as_const(m_views)) {
        auto *item = new QListWidgetItem(view->icon(), view->title(), m_navigation);
        item->setData(Qt::UserRole, view->viewId());
        item->setSizeHint(QSize(94, 62));
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        item->setToolTip(view->title());
    }
    const int row = int(m_views.indexOf(current));
    m_navigation->setCurrentRow(row);
}

MainView *MainWindow::currentView() const
{
    return qobject_cast<MainView *>(m_stack->currentWidget());
}

MainView *MainWindow::view(const QString &viewId) const
{
    for (MainView *v : m_views) {
        if (v->viewId() == viewId)
            return v;
    }
    return nullptr;
}

void MainWindow::setCurrentView(const QString &viewId)
{
    if (MainView *v = view(viewId))
        setCurrentView(int(m_views.indexOf(v)));
}

void MainWindow::setCurrentView(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    MainView *view = m_views[index];
    m_stack->setCurrentWidget(view);
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_actions->setViewActions(view->editActions());
    QUndoStack *stack = view->undoStack();
    if (!stack && m_workspaceViews.contains(view))
        stack = m_workspace->document()->undoStack(); // a workspace view edits the workspace
    m_undoGroup->setActiveStack(stack);
    updateTitle();
    updateStatusWidgets();
}

void MainWindow::workspaceOpened()
{
    WorkspaceDocument *workspace = m_workspace->document();
    m_undoGroup->addStack(workspace->undoStack());
    connect(workspace, &WorkspaceDocument::infoChanged, this, &MainWindow::updateTitle);
    connect(workspace, &WorkspaceDocument::errorOccurred, this, &MainWindow::showError);
    const WorkspaceContext context{workspace, m_document, m_files};
    m_workspaceViews = WorkspaceViews::create(context, m_stack);
    m_headerBar = WorkspaceViews::createHeaderBar(context, m_workspaceViews, centralWidget());
    if (m_headerBar)
        m_viewColumn->insertWidget(0, m_headerBar);
    QSettings settings;
    for (MainView *v : std::as_const(m_workspaceViews)) {
        addView(v);
        settings.beginGroup(v->viewId());
        v->restoreState(settings);
        settings.endGroup();
    }
    rebuildNavigation();
    m_actions->setWorkspaceOpen(true);
    if (!m_workspaceViews.isEmpty())
        setCurrentView(m_workspaceViews.first()->viewId());
    updateTitle();
}

void MainWindow::workspaceClosing()
{
    QSettings settings;
    for (MainView *v : std::as_const(m_workspaceViews)) {
        settings.beginGroup(v->viewId());
        v->saveState(settings);
        settings.endGroup();
    }
    const bool wasCurrent = m_workspaceViews.contains(currentView());
    if (wasCurrent)
        m_stack->setCurrentWidget(m_welcome);
    m_actions->setViewActions({}); // the menu must not keep the views' actions
    delete m_headerBar;
    m_headerBar = nullptr;
    qDeleteAll(m_workspaceViews);
    m_workspaceViews.clear();
    m_actions->setWorkspaceOpen(false);
    rebuildNavigation();
    if (wasCurrent)
        setCurrentView(m_welcome->viewId());
}

void MainWindow::updateTitle()
{
    if (WorkspaceDocument *workspace = m_workspace->document()) {
        const QString file = QFileInfo(m_workspace->path()).fileName();
        const QString company = workspace->store()->info().company;
        setWindowFilePath(m_workspace->path());
        setWindowTitle(company.isEmpty() ? tr("%1 — StackAtlas").arg(file)
                                         : tr("%1 — %2 — StackAtlas").arg(company, file));
        return;
    }
    setWindowFilePath(QString());
    const MainView *view = currentView();
    setWindowTitle(view && view != m_welcome ? tr("%1 — StackAtlas").arg(view->title())
                                             : tr("StackAtlas"));
}

void MainWindow::setCatalogueName(const QString &name, const QString &detail)
{
    m_catalogueName->setText(name);
    m_catalogueName->setToolTip(detail);
}

void MainWindow::updateCounts()
{
    const CatalogueStats stats = m_document->store()->stats();
    const QLocale locale;
    m_counts->setText(tr("%1 products  ·  %2 vendors  ·  %3 capabilities  ·  %4 subcategories")
                          .arg(locale.toString(stats.products),
                               locale.toString(stats.vendors),
                               locale.toString(stats.capabilities),
                               locale.toString(stats.subcategories)));
}

void MainWindow::updateStatusWidgets()
{
    // The catalogue's counts belong to the catalogue; the inventory has its own footer.
    // Counted the first time they are shown, not before the first paint.
    const bool shown = currentView() == m_catalogueView;
    if (shown && m_counts->text().isEmpty())
        updateCounts();
    m_counts->setVisible(shown);
}

void MainWindow::exportReport()
{
    WorkspaceDocument *workspace = m_workspace->document();
    if (!workspace || findChild<ReportExporter *>(QStringLiteral("reportExporter")))
        return;
    auto *exporter = new ReportExporter(workspace, m_document->store(), this);
    exporter->setObjectName(QStringLiteral("reportExporter"));
    connect(exporter,
            &ReportExporter::finished,
            this,
            [this, exporter](bool written, const QString &, const QString &message) {
                if (written)
                    statusBar()->showMessage(message, 10000);
                exporter->setObjectName(QString());
                exporter->deleteLater();
            });
    exporter->start();
}

void MainWindow::exportInventory()
{
    WorkspaceDocument *workspace = m_workspace->document();
    if (!workspace)
        return;
    const QFileInfo file(m_workspace->path());
    const QString suggested
        = file.absoluteDir().filePath(tr("%1 inventory.csv").arg(file.completeBaseName()));
    const QString path = FileDialogs::saveSpreadsheet(this, tr("Export Inventory"), suggested);
    if (path.isEmpty())
        return;
    const Expected<int> written
        = exportInventoryFile(*workspace->store(), m_document->store()->categories(), path);
    if (!written) {
        QMessageBox::warning(this, tr("The inventory was not exported"), written.error().message);
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n tools to %1.", nullptr, *written).arg(QFileInfo(path).fileName()), 10000);
}

void MainWindow::exportCalendar()
{
    WorkspaceDocument *workspace = m_workspace->document();
    if (!workspace)
        return;
    const QFileInfo file(m_workspace->path());
    QString path = FileDialogs::saveFile(
        this,
        tr("Export Calendar"),
        file.absoluteDir().filePath(tr("%1 contracts.ics").arg(file.completeBaseName())),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    const WorkspaceStore &store = *workspace->store();
    const Expected<int> written = writeContractCalendar(store.tools(),
                                                        store.info(),
                                                        file.completeBaseName(),
                                                        QDate::currentDate(),
                                                        path,
                                                        QDateTime::currentDateTimeUtc());
    if (!written) {
        QMessageBox::warning(this, tr("The calendar was not exported"), written.error().message);
        return;
    }
    statusBar()->showMessage(
        tr("Wrote %n calendar events (renewals and notice deadlines) to %1.", nullptr, *written)
            .arg(QFileInfo(path).fileName()),
        10000);
}

void MainWindow::importInventory()
{
    WorkspaceDocument *workspace = m_workspace->document();
    if (!workspace)
        return;
    WorkspaceViews::startImportWizard({workspace, m_document, m_files}, this);
}

void MainWindow::importFile(const QString &path)
{
    WorkspaceDocument *workspace = m_workspace->document();
    if (!workspace) {
        statusBar()->showMessage(
            tr("Open or create a workspace to import %1 into it.").arg(QFileInfo(path).fileName()),
            10000);
        return;
    }
    WorkspaceViews::startImportWizard({workspace, m_document, m_files}, this, path);
}

namespace {

QString droppedWorkspace(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".stackatlas", Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!droppedWorkspace(mime).isEmpty() || !ImportWizard::importablePaths(mime).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QString workspace = droppedWorkspace(mime);
    const QStringList importable = ImportWizard::importablePaths(mime);
    if (workspace.isEmpty() && importable.isEmpty())
        return;
    event->acceptProposedAction();
    if (!workspace.isEmpty())
        m_workspace->open(workspace);
    else
        importFile(importable.constFirst());
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Nothing was changed"), message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this,
        tr("About StackAtlas"),
        tr("<h3>StackAtlas %1</h3>"
           "<p>Plan your marketing-technology stack: map the tools you pay for, see where "
           "capabilities overlap and where they are missing, and plan a consolidated "
           "stack.</p>"
           "<p>Prices in the catalogue are <b>indicative</b>: read from vendors' published "
           "price pages at the date shown, never a quote.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const QString current = settings.value(QStringLiteral("view")).toString();
    settings.endGroup();
    for (MainView *v : std::as_const(m_views)) {
        settings.beginGroup(v->viewId());
        v->restoreState(settings);
        settings.endGroup();
    }
    setCurrentView(current);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    if (const MainView *view = currentView())
        settings.setValue(QStringLiteral("view"), view->viewId());
    settings.endGroup();
    for (const MainView *view : m_views) {
        settings.beginGroup(view->viewId());
        view->saveState(settings);
        settings.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept(); // every change is saved already: nothing to ask
}

} // namespace sa
