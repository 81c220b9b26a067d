#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace sa {

// The main window's menu bar and its window-wide actions: the workspace's life cycle
// (New, Open, Open Recent, Save As, Close), Import and Export, Quit, Undo and Redo (of the
// current view's document, through the undo group), Find, Present and About. The Edit menu also
// carries the current view's own actions, swapped by setViewActions() when the user
// moves to another view. The window connects the actions; this class only makes them.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    MainActions(QMainWindow *window, QUndoGroup *undoGroup);

    QAction *newWorkspace() const { return m_newWorkspace; }
    QAction *open() const { return m_open; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *openDemo() const { return m_openDemo; }
    QAction *saveAs() const { return m_saveAs; }
    QAction *closeWorkspace() const { return m_closeWorkspace; }
    // File > Import…: the import wizard's place; hidden until one is plugged in
    // (WorkspaceViews::hasImportWizard()).
    QAction *importInventory() const { return m_import; }
    QAction *exportInventory() const { return m_export; }
    QAction *exportCalendar() const { return m_exportCalendar; }
    QAction *exportReport() const { return m_exportReport; } // the PDF stack review
    // File > Connect to Team Catalogue… and Use Local Catalogue (CatalogueSwitcher's).
    QAction *connectTeamCatalogue() const { return m_connectTeam; }
    QAction *useLocalCatalogue() const { return m_useLocal; }
    QAction *quit() const { return m_quit; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *find() const { return m_find; }
    QAction *present() const { return m_present; } // View > Present (F5)
    QAction *about() const { return m_about; }

    // Enables what needs an open workspace.
    void setWorkspaceOpen(bool open);
    void setViewActions(const QList<QAction *> &actions);

private:
    void createFileMenu(QMainWindow *window);

    QAction *m_newWorkspace = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_closeWorkspace = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportCalendar = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_connectTeam = nullptr;
    QAction *m_useLocal = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_find;
    QAction *m_present;
    QAction *m_about;
    QAction *m_viewSeparator;
    QMenu *m_editMenu;
    QList<QAction *> m_viewActions;
};

} // namespace sa
