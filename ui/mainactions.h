#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace sa {

// The main window's menu bar and its window-wide actions (Quit, Undo, Redo, Find, About).
// The Edit menu also carries the current view's own actions, swapped by setViewActions()
// when the user moves to another view.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    QAction *quit() const { return m_quit; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *find() const { return m_find; }
    QAction *about() const { return m_about; }

    void setViewActions(const QList<QAction *> &actions);

private:
    QAction *m_quit;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_find;
    QAction *m_about;
    QAction *m_viewSeparator;
    QMenu *m_editMenu;
    QList<QAction *> m_viewActions;
};

} // namespace sa
