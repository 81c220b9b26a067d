#include "mainactions.h"

#include "theme.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoStack>

namespace sa {

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_quit = file->addAction(actionIcon(QStringLiteral("quit")), tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, window, &QMainWindow::close);

    m_editMenu = window->menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_undo = undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setIcon(actionIcon(QStringLiteral("undo")));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(actionIcon(QStringLiteral("redo")));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_find = m_editMenu->addAction(actionIcon(QStringLiteral("search")), tr("&Find…"));
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_viewSeparator = new QAction(this);
    m_viewSeparator->setSeparator(true);

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    m_about = help->addAction(actionIcon(QStringLiteral("about")), tr("&About StackAtlas"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
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
