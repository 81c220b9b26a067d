#include "workspacecontroller.h"

#include "filedialogs.h"
#include "recentfiles.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspacefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace sa {

namespace {

const QString folderKey = QStringLiteral("Workspace/folder");

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo x(a), y(b);
    return x.exists() && y.exists()
               ? x.canonicalFilePath() == y.canonicalFilePath()
               : QDir::cleanPath(x.absoluteFilePath()) == QDir::cleanPath(y.absoluteFilePath());
}

} // namespace

WorkspaceController::WorkspaceController(WorkspaceFiles *files, QWidget *window)
    : QObject(window)
    , m_files(files)
    , m_window(window)
    , m_recent(new RecentFiles(this))
{
    connect(m_recent, &RecentFiles::activated, this, &WorkspaceController::open);
}

WorkspaceController::~WorkspaceController()
{
    m_document.reset(); // its commands point at the store
    m_store.reset();
}

QString WorkspaceController::path() const
{
    return m_store ? m_store->path() : QString();
}

bool WorkspaceController::isDemo() const
{
    return m_store && samePath(m_store->path(), m_files->demoPath());
}

QString WorkspaceController::folder() const
{
    const QString remembered = QSettings().value(folderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void WorkspaceController::rememberFolder(const QString &path) const
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

void WorkspaceController::showError(const QString &title, const QString &message) const
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("workspaceProblem"));
    box.exec();
}

NewWorkspaceDialog *WorkspaceController::newWorkspace()
{
    auto *dialog = new NewWorkspaceDialog(m_files->profiles(), folder(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitHandler(
        [this](const NewWorkspaceDialog::Request &request) { return create(request); });
    dialog->open();
    return dialog;
}

Status WorkspaceController::create(const NewWorkspaceDialog::Request &request)
{
    WorkspaceOpening created = m_files->create(request.path, request.info, request.profileSlug);
    if (!created.ok())
        return Error::io(created.message);
    for (const QString &warning : std::as_const(created.warnings))
        emit statusMessage(warning);
    rememberFolder(request.path);
    m_recent->add(request.path);
    take(std::move(created.store));
    emit statusMessage(tr("Created %1. Every change is saved as you make it.")
                           .arg(QFileInfo(request.path).fileName()));
    return success();
}

void WorkspaceController::chooseAndOpen()
{
    const QString path = FileDialogs::openFile(
        m_window, tr("Open Workspace"), folder(), FileDialogs::workspaceFilter());
    if (!path.isEmpty())
        open(path);
}

bool WorkspaceController::open(const QString &path)
{
    if (m_store && samePath(path, m_store->path())) {
        emit statusMessage(tr("%1 is open already.").arg(QFileInfo(path).fileName()));
        return true;
    }
    const bool opened = adopt(
        path, [&](bool openAnyway) { return m_files->open(path, openAnyway); }, true);
    if (opened) {
        rememberFolder(path);
        emit statusMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()));
    }
    return opened;
}

bool WorkspaceController::openDemo()
{
    if (isDemo())
        return true;
    const bool opened = adopt(
        m_files->demoPath(), [&](bool openAnyway) { return m_files->openDemo(openAnyway); }, false);
    if (opened)
        emit statusMessage(tr("The demo workspace: Northbeam's tools, from the sample finance "
                              "export. Change anything; it is yours to explore."));
    return opened;
}

bool WorkspaceController::adopt(const QString &path,
                                const std::function<WorkspaceOpening(bool)> &attempt,
                                bool remember)
{
    WorkspaceOpening opening = attempt(false);
    if (opening.inUse) {
        QMessageBox ask(QMessageBox::Question,
                        tr("The workspace is open in another window"),
                        opening.message,
                        QMessageBox::NoButton,
                        m_window);
        ask.setObjectName(QStringLiteral("workspaceInUse"));
        ask.setInformativeText(tr("Opening it here as well lets two windows change it at the "
                                  "same time."));
        QPushButton *anyway = ask.addButton(tr("Open Anyway"), QMessageBox::AcceptRole);
        anyway->setObjectName(QStringLiteral("openAnywayButton"));
        ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
        ask.exec();
        if (ask.clickedButton() != anyway)
            return false;
        opening = attempt(true);
    }
    if (!opening.ok()) {
        showError(tr("The workspace cannot be opened"), opening.message);
        if (remember && !QFileInfo::exists(path))
            m_recent->remove(path); // gone: the user has been told
        return false;
    }
    for (const QString &warning : std::as_const(opening.warnings))
        emit statusMessage(warning);
    if (remember)
        m_recent->add(path);
    take(std::move(opening.store));
    return true;
}

void WorkspaceController::take(std::unique_ptr<WorkspaceStore> store)
{
    if (m_document) {
        emit aboutToClose();
        m_document.reset();
        m_store.reset();
    }
    m_store = std::move(store);
    m_document = std::make_unique<WorkspaceDocument>(m_store.get());
    emit opened();
}

void WorkspaceController::chooseAndSaveAs()
{
    if (!m_store)
        return;
    const QFileInfo current(m_store->path());
    const QString suggested
        = QDir(isDemo() ? folder() : current.absolutePath())
              .filePath(tr("%1 copy.stackatlas").arg(current.completeBaseName()));
    const QString path = FileDialogs::saveFile(
        m_window, tr("Save a Copy As"), suggested, FileDialogs::workspaceFilter());
    if (!path.isEmpty())
        saveAs(FileDialogs::withWorkspaceSuffix(path));
}

bool WorkspaceController::saveAs(const QString &path)
{
    if (!m_store)
        return false;
    const QString from = m_store->path();
    if (samePath(path, from)) {
        emit statusMessage(tr("That is the file you are working in; every change is already "
                              "saved there."));
        return false;
    }
    if (const Status copied = m_store->saveCopyAs(path); !copied) {
        showError(tr("The copy was not saved"), copied.error().message);
        return false;
    }
    WorkspaceOpening copy = m_files->open(path, false);
    if (!copy.ok()) {
        showError(
            tr("The copy cannot be opened"),
            tr("A copy was saved as %1, but it cannot be opened: %2\n\nYou are still "
               "working in %3.")
                .arg(QDir::toNativeSeparators(path), copy.message, QDir::toNativeSeparators(from)));
        return false;
    }
    m_document->switchStore(copy.store.get());
    m_store = std::move(copy.store); // the original's lock goes with its store
    rememberFolder(path);
    m_recent->add(path);
    emit pathChanged();
    emit statusMessage(
        tr("Saved a copy as %1; you are now working in the copy.").arg(QFileInfo(path).fileName()));
    return true;
}

void WorkspaceController::close()
{
    if (!m_document)
        return;
    emit aboutToClose();
    m_document.reset();
    m_store.reset();
    emit closed();
}

} // namespace sa
