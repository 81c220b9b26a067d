#pragma once

#include <QList>

class QDialog;
class QWidget;

namespace sa {

class CatalogueDocument;
class MainView;
class WorkspaceDocument;

// What the views and dialogs of an open workspace are made from.
struct WorkspaceContext
{
    WorkspaceDocument *workspace = nullptr; // the open workspace; outlives its views
    CatalogueDocument *catalogue = nullptr; // the catalogue; outlives everything
};

// The plug-in points of an open workspace, in one small file: the main window builds the
// views listed here when a workspace opens (and deletes them when it closes), and File >
// Import… opens the wizard made here. Adding a workspace view is one line in create().
namespace WorkspaceViews {

// The views of an open workspace in navigation order (before the catalogue). parent is
// the main window's view stack: build each view inside it.
QList<MainView *> create(const WorkspaceContext &context, QWidget *parent);

// The import wizard for File > Import… (window-modal, deleted on close), or nullptr while
// none is plugged in; the menu item is hidden then.
bool hasImportWizard();
QDialog *createImportWizard(const WorkspaceContext &context, QWidget *parent);

} // namespace WorkspaceViews

} // namespace sa
