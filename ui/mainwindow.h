#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;
class QUndoGroup;

namespace sa {

class CatalogueDocument;
class MainActions;
class MainView;
class WelcomeView;
class WorkspaceController;
class WorkspaceFiles;

// The application window: a navigation rail of the main views on the left, the current
// view in a stack beside it, the menu bar (MainActions) and a status bar. The catalogue is
// always there; with no workspace open the Start view (WelcomeView) leads, and while one
// is open its views (WorkspaceViews) take its place. Undo and Redo follow the current
// view's document through an undo group.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Neither is owned; both must outlive the window.
    MainWindow(CatalogueDocument *document, WorkspaceFiles *files, QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogueDocument *document() const { return m_document; }
    WorkspaceController *workspace() const { return m_workspace; }
    MainActions *actions() const { return m_actions; }
    // The views in navigation order.
    const QList<MainView *> &views() const { return m_views; }
    MainView *currentView() const;
    MainView *view(const QString &viewId) const; // nullptr when not shown
    void setCurrentView(int index);
    void setCurrentView(const QString &viewId);

    // Which catalogue is in use, in the status bar (e.g. "Team catalogue: db on host"),
    // with detail as its tooltip.
    void setCatalogueName(const QString &name, const QString &detail);

    // Window geometry, the current view and each view's own state, from QSettings.
    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    // A dropped .stackatlas file opens; a dropped CSV or XLSX starts the import wizard.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addView(MainView *view);
    void rebuildNavigation();
    QWidget *createSidebar();
    void connectActions();
    void workspaceOpened();
    void workspaceClosing();
    void updateTitle();
    void updateCounts();
    void updateStatusWidgets();
    void exportInventory();
    void exportCalendar();
    void exportReport();
    void importInventory();
    void importFile(const QString &path);
    void showError(const QString &message);
    void showAbout();

    CatalogueDocument *m_document;
    QUndoGroup *m_undoGroup;
    MainActions *m_actions;
    WorkspaceController *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QVBoxLayout *m_viewColumn;      // the workspace's header bar above the stack
    QWidget *m_headerBar = nullptr; // WorkspaceViews::createHeaderBar's, while open
    QLabel *m_counts;
    QLabel *m_catalogueName;
    WorkspaceFiles *m_files;
    WelcomeView *m_welcome;
    MainView *m_catalogueView = nullptr;
    QList<MainView *> m_workspaceViews;
    QList<MainView *> m_views;
};

} // namespace sa
