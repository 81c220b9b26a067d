#pragma once

#include "domain/result.h"
#include "newworkspacedialog.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sa {

class RecentFiles;
class WorkspaceDocument;
class WorkspaceFiles;
class WorkspaceStore;
struct WorkspaceOpening;

// The open workspace's life cycle for the main window: New, Open (a file another window
// holds asks first; one that cannot be opened is explained and nothing changes), the
// demo, Save As (a copy through the store's backup, then the work goes on in the copy
// with its undo history), Close, and the recent files. It owns the open store and its
// document; there is never anything unsaved, so nothing here ever asks to save.
class WorkspaceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceController)

public:
    // files is not owned; window parents the dialogs.
    WorkspaceController(WorkspaceFiles *files, QWidget *window);
    ~WorkspaceController() override;

    WorkspaceDocument *document() const { return m_document.get(); }
    bool isOpen() const { return m_document != nullptr; }
    QString path() const; // empty when none is open
    bool isDemo() const;
    RecentFiles *recentFiles() const { return m_recent; }

    // Each asks and tells the user what it needs to; true when a workspace was opened.
    NewWorkspaceDialog *newWorkspace(); // window-modal, deletes itself
    Status create(const NewWorkspaceDialog::Request &request);
    void chooseAndOpen();
    bool open(const QString &path);
    bool openDemo();
    void chooseAndSaveAs();
    bool saveAs(const QString &path);
    void close();
    // Takes an already opened store (the command line's, --snapshot's) as the workspace.
    void take(std::unique_ptr<WorkspaceStore> store);

signals:
    // Before the document goes (close, or another workspace opens): drop its views.
    void aboutToClose();
    void opened();
    void closed();
    void pathChanged(); // Save As: the same document, now in another file
    void statusMessage(const QString &text);

private:
    // Runs attempt, asking to open anyway when the file is in use; reports failures.
    bool adopt(const QString &path,
               const std::function<WorkspaceOpening(bool openAnyway)> &attempt,
               bool remember);
    QString folder() const;
    void rememberFolder(const QString &path) const;
    void showError(const QString &title, const QString &message) const;

    WorkspaceFiles *m_files;
    QWidget *m_window;
    RecentFiles *m_recent;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<WorkspaceDocument> m_document;
};

} // namespace sa
