#pragma once

#include <QList>
#include <QString>

class QMainWindow;
class QWidget;

namespace sa {

class CatalogueDocument;
class MainView;
class WorkspaceDocument;
class WorkspaceFiles;

// What the views and dialogs of an open workspace are made from.
struct WorkspaceContext
{
    WorkspaceDocument *workspace = nullptr; // the open workspace; outlives its views
    CatalogueDocument *catalogue = nullptr; // the catalogue; outlives everything
    WorkspaceFiles *files = nullptr;        // profiles() for views that seed requirements
};

// The plug-in points of an open workspace, in one small file: the main window builds the
// views listed here when a workspace opens (and deletes them when it closes), and File >
// Import… starts the wizard started here. Adding a workspace view is one line in
// create(); a view whose undoStack() is null gets the workspace's.
namespace WorkspaceViews {

// The views of an open workspace in navigation order (before the catalogue). parent is
// the main window's view stack: build each view inside it.
QList<MainView *> create(const WorkspaceContext &context, QWidget *parent);

// The bar shown above every view while the workspace is open (the findings bar: the
// analysis's headline numbers, each a way to the view that explains it), or null. views
// are create()'s; the main window deletes the bar before them.
QWidget *
createHeaderBar(const WorkspaceContext &context, const QList<MainView *> &views, QWidget *parent);

// File > Import…: starts the import wizard over the open workspace (window-modal, deleted
// on close, reporting to window's status bar), on path (a dropped file) or, when path is
// empty, after a file chooser. While hasImportWizard() is false the menu item is hidden.
// View > Present: starts presentation mode over the workspace's views (create()'s).
void present(const QList<MainView *> &views);

bool hasImportWizard();
void startImportWizard(const WorkspaceContext &context,
                       QMainWindow *window,
                       const QString &path = {});

} // namespace WorkspaceViews

} // namespace sa
