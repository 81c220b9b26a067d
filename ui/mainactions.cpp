#include "mainactions.h"

#include "theme.h"
#include "workspaceviews.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoGroup>

namespace sa {

namespace {

QAction *
addAction(QMenu *menu, const QString &icon, const QString &text, const char *name, QKeySequence key)
{
    QAction *action
        = icon.isEmpty() ? menu->addAction(text) : menu->addAction(actionIcon(icon), text);
    action->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        action->setShortcut(key);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window, QUndoGroup *undoGroup)
    : QObject(window)
{
    createFileMenu(window);

    m_editMenu = window->menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_undo = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setIcon(actionIcon(QStringLiteral("undo")));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(actionIcon(QStringLiteral("redo")));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_find = addAction(m_editMenu,
                       QStringLiteral("search"),
                       tr("&Find…"),
                       "findAction",
                       QKeySequence(Qt::CTRL | Qt::Key_F));
    m_viewSeparator = new QAction(this);
    m_viewSeparator->setSeparator(true);

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_present = addAction(
        view, QStringLiteral("present"), tr("&Present"), "presentAction", QKeySequence(Qt::Key_F5));
    m_present->setStatusTip(tr("Show the workspace as full-screen slides; Esc leaves"));

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_about = addAction(help, QStringLiteral("about"), tr("&About StackAtlas"), "aboutAction", {});
    m_about->setMenuRole(QAction::AboutRole);
    setWorkspaceOpen(false);
}

void MainActions::createFileMenu(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_newWorkspace = addAction(file,
                               QStringLiteral("new-workspace"),
                               tr("&New Workspace…"),
                               "newWorkspaceAction",
                               QKeySequence(Qt::CTRL | Qt::Key_N));
    m_open = addAction(file,
                       QStringLiteral("open"),
                       tr("&Open…"),
                       "openWorkspaceAction",
                       QKeySequence(Qt::CTRL | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_openDemo = addAction(file, QString(), tr("Open the &Demo Workspace"), "openDemoAction", {});
    file->addSeparator();
    m_saveAs = addAction(file,
                         QStringLiteral("save-as"),
                         tr("Save &As…"),
                         "saveAsAction",
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAs->setStatusTip(tr("Write a copy of the workspace and go on working in the copy"));
    m_closeWorkspace = addAction(file,
                                 QString(),
                                 tr("&Close Workspace"),
                                 "closeWorkspaceAction",
                                 QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    m_import = addAction(file,
                         QStringLiteral("import"),
                         tr("&Import…"),
                         "importAction",
                         QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Bring a finance or IT export (CSV or XLSX) into the workspace"));
    m_import->setVisible(WorkspaceViews::hasImportWizard());
    m_export = addAction(file,
                         QStringLiteral("export"),
                         tr("&Export Inventory…"),
                         "exportInventoryAction",
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(tr("Write the inventory as a CSV file or an Excel workbook"));
    m_exportCalendar = addAction(
        file, QStringLiteral("calendar"), tr("Export &Calendar…"), "exportCalendarAction", {});
    m_exportCalendar->setStatusTip(
        tr("Write the contracts' notice deadlines and renewals as an iCalendar (.ics) file"));
    m_exportReport = addAction(file,
                               QStringLiteral("export"),
                               tr("Export &Report…"),
                               "exportReportAction",
                               QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportReport->setStatusTip(tr("Write the PDF stack review for the CMO and CFO"));
    file->addSeparator();
    m_connectTeam = addAction(
        file, QString(), tr("Connect to &Team Catalogue…"), "connectTeamCatalogueAction", {});
    m_connectTeam->setStatusTip(tr("Use a catalogue shared on a PostgreSQL server"));
    m_useLocal
        = addAction(file, QString(), tr("Use &Local Catalogue"), "useLocalCatalogueAction", {});
    m_useLocal->setStatusTip(tr("Go back to the catalogue file on this computer"));
    m_useLocal->setEnabled(false); // CatalogueSwitcher enables it while on a server
    file->addSeparator();
    m_quit = addAction(file,
                       QStringLiteral("quit"),
                       tr("&Quit"),
                       "quitAction",
                       QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, window, &QMainWindow::close);
}

void MainActions::setWorkspaceOpen(bool open)
{
    for (QAction *action : {m_saveAs,
                            m_closeWorkspace,
                            m_import,
                            m_export,
                            m_exportCalendar,
                            m_exportReport,
                            m_present})
        action->setEnabled(open);
}

void MainActions::setViewActions(const QList<QAction *> &actions)
{
    for (QAction *action : std::as_const(m_viewActions))
        m_editMenu->removeAction(action);
    m_viewActions.clear();
    if (actions.isEmpty())
        return;
    m_editMenu->addAction(m_viewSeparator);
    m_viewActions << m_viewSeparator;
    for (QAction *action : actions) {
        m_editMenu->addAction(action);
        m_viewActions << action;
    }
}

} // namespace sa
