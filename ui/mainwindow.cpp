#include "mainwindow.h"

#include "catalogue/cataloguedocument.h"
#include "cataloguebrowser.h"
#include "mainactions.h"
#include "mainview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace sa {

MainWindow::MainWindow(CatalogueDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_actions(new MainActions(this, document->undoStack()))
    , m_navigation(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_counts(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StackAtlas"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stackatlas.svg")));
    setMinimumSize(960, 600);
    resize(1400, 900);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createSidebar());
    m_stack->setObjectName(QStringLiteral("viewStack"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_counts->setObjectName(QStringLiteral("catalogueCounts"));
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->setSizeGripEnabled(false);

    // The main views, in navigation order.
    // Built inside the stack: added afterwards, the finished view would be re-polished
    // against the style sheet as a whole when it is moved in.
    addView(new CatalogueBrowser(document, m_stack));

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentView);
    connect(m_actions->find(), &QAction::triggered, this, [this] {
        if (MainView *view = currentView())
            view->focusSearch();
    });
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(document, &CatalogueDocument::errorOccurred, this, &MainWindow::showError);
    for (auto signal : {&CatalogueDocument::productAdded,
                        &CatalogueDocument::productChanged,
                        &CatalogueDocument::productRemoved,
                        &CatalogueDocument::capabilityAdded,
                        &CatalogueDocument::capabilityRemoved}) {
        connect(document, signal, this, &MainWindow::updateCounts);
    }
    setCurrentView(0);
    updateCounts();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createSidebar()
{
    // A narrow rail: the logo, then one icon with its label per view.
    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(88);
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
    m_views << view;
    m_stack->addWidget(view);
    connect(view, &MainView::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    auto *item = new QListWidgetItem(view->icon(), view->title(), m_navigation);
    item->setData(Qt::UserRole, view->viewId());
    item->setSizeHint(QSize(86, 62));
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    item->setToolTip(view->title());
}

MainView *MainWindow::currentView() const
{
    return qobject_cast<MainView *>(m_stack->currentWidget());
}

void MainWindow::setCurrentView(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    m_stack->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_actions->setViewActions(m_views[index]->editActions());
    setWindowTitle(tr("%1 — StackAtlas").arg(m_views[index]->title()));
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

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("The catalogue was not changed"), message);
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
    for (int i = 0; i < m_views.size(); ++i) {
        settings.beginGroup(m_views[i]->viewId());
        m_views[i]->restoreState(settings);
        settings.endGroup();
        if (m_views[i]->viewId() == current)
            setCurrentView(i);
    }
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
    event->accept();
}

} // namespace sa
