#include "catalogueswitcher.h"

#include "catalogue/cataloguedocument.h"
#include "catalogue/cataloguesource.h"
#include "mainactions.h"
#include "mainview.h"
#include "mainwindow.h"
#include "teamconnectiondialog.h"
#include "teamserverform.h"
#include "workspace/workspacefiles.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

const auto kCurrentKey = "teamCatalogue/current"_L1;

// "Team catalogue: DB on HOST:PORT" (or the service's name).
QString teamName(const QString &text)
{
    const QUrl url(text);
    const QString service = QUrlQuery(url).queryItemValue(u"service"_s);
    const QString database = url.path().mid(1);
    if (url.host().isEmpty() && !service.isEmpty())
        return CatalogueSwitcher::tr("Team catalogue: service %1").arg(service);
    return CatalogueSwitcher::tr("Team catalogue: %1 on %2:%3")
        .arg(database.isEmpty() ? service : database, url.host())
        .arg(url.port(5432));
}

} // namespace

CatalogueSwitcher::CatalogueSwitcher(const CatalogueSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
}

// The window goes before the files and the document it points at.
CatalogueSwitcher::~CatalogueSwitcher()
{
    m_window.reset();
    m_files.reset();
    m_document.reset();
}

QString CatalogueSwitcher::rememberedTeam()
{
    return QSettings().value(kCurrentKey).toString();
}

void CatalogueSwitcher::start(std::shared_ptr<CatalogueStore> store, const QString &teamUrl)
{
    m_store = std::move(store);
    m_teamUrl = teamUrl;
    build();
}

void CatalogueSwitcher::build()
{
    m_document = std::make_unique<CatalogueDocument>(m_store.get());
    m_files = m_source->workspaceFiles(m_store.get());
    m_window = std::make_unique<MainWindow>(m_document.get(), m_files.get());
    MainActions *actions = m_window->actions();
    actions->useLocalCatalogue()->setEnabled(!m_teamUrl.isEmpty());
    // Queued: the switch deletes the window whose menu or dialog asked for it.
    connect(actions->connectTeamCatalogue(), &QAction::triggered, this, [this] {
        QTimer::singleShot(0, this, &CatalogueSwitcher::connectToTeam);
    });
    connect(actions->useLocalCatalogue(), &QAction::triggered, this, [this] {
        QTimer::singleShot(0, this, &CatalogueSwitcher::useLocal);
    });
    if (m_teamUrl.isEmpty())
        m_window->setCatalogueName(tr("Local catalogue"), m_source->localPath());
    else
        m_window->setCatalogueName(teamName(m_teamUrl), m_teamUrl);
}

void CatalogueSwitcher::connectToTeam()
{
    auto *dialog = new TeamConnectionDialog(m_source, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!m_teamUrl.isEmpty())
        dialog->form()->setUrl(m_teamUrl);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::shared_ptr<CatalogueStore> store = dialog->takeStore();
        const QString url = dialog->url();
        QTimer::singleShot(0, this, [this, store, url] { switchTo(store, url); });
    });
    dialog->open();
}

void CatalogueSwitcher::useLocal()
{
    Expected<std::unique_ptr<CatalogueStore>> local = m_source->openLocal();
    if (!local) {
        QMessageBox::warning(m_window.get(),
                             tr("Use Local Catalogue"),
                             tr("The local catalogue %1 cannot be opened: %2")
                                 .arg(m_source->localPath(), local.error().message));
        return;
    }
    switchTo(std::move(*local), QString());
}

void CatalogueSwitcher::switchTo(std::shared_ptr<CatalogueStore> store, const QString &teamUrl)
{
    WorkspaceController *workspace = m_window->workspace();
    const bool demo = workspace->isOpen() && workspace->isDemo();
    const QString path = workspace->isOpen() && !demo ? workspace->path() : QString();
    const MainView *current = m_window->currentView();
    const QString viewId = current ? current->viewId() : QString();
    const bool visible = m_window->isVisible();
    m_window->saveSettings();
    workspace->close(); // every change is saved as it is made: nothing to ask
    // The new window shows before the old one goes, so that the application never has
    // no window (it would quit); the old one goes before the files and the store it uses.
    std::unique_ptr<MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<WorkspaceFiles> oldFiles = std::move(m_files);
    std::unique_ptr<CatalogueDocument> oldDocument = std::move(m_document);
    std::shared_ptr<CatalogueStore> oldStore = std::move(m_store);
    m_store = std::move(store);
    m_teamUrl = teamUrl;
    if (teamUrl.isEmpty())
        QSettings().remove(kCurrentKey);
    else
        QSettings().setValue(kCurrentKey, teamUrl);
    build();
    m_window->restoreSettings();
    if (visible)
        m_window->show();
    oldWindow.reset();
    oldFiles.reset();
    oldDocument.reset();
    oldStore.reset();
    if (demo)
        m_window->workspace()->openDemo();
    else if (!path.isEmpty())
        m_window->workspace()->open(path);
    if (!viewId.isEmpty() && m_window->view(viewId))
        m_window->setCurrentView(viewId);
    const int products = m_store->stats().products;
    m_window->statusBar()->showMessage(
        tr("Now using the %1 catalogue: %n products.", nullptr, products)
            .arg(teamUrl.isEmpty() ? tr("local") : tr("team")),
        10000);
    emit switched();
}

} // namespace sa
