// stackatlas: the desktop application's entry point. Parses the arguments, opens the
// catalogue, hands it and the workspace files to the main window, and opens the workspace
// named on the command line; everything else lives in the libraries.
#include "catalogue/cataloguedocument.h"
#include "catalogueproblem.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "snapshot.h"
#include "store/cataloguefile.h"
#include "store/demoworkspace.h"
#include "store/postgresurl.h"
#include "store/sqliteworkspacefiles.h"
#include "teamcatalogue.h"
#include "theme.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

enum ExitCode { Ok = 0, Usage = 1, IoError = 3 };

// --snapshot opens the named workspace (even when another window has it), or builds the
// demo in a temporary folder; none of the user's files or settings are touched.
int snapshot(sa::MainWindow &window,
             sa::SqliteWorkspaceFiles &files,
             const QString &workspace,
             const QString &dir,
             QTextStream &err)
{
    sa::WorkspaceOpening opening
        = workspace.isEmpty() ? files.openDemo(true) : files.open(workspace, true);
    if (!opening.ok()) {
        err << "stackatlas: " << opening.message << '\n';
        return IoError;
    }
    return sa::renderSnapshots(window, std::move(opening.store), dir, err);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StackAtlas"));
    QApplication::setApplicationName(QStringLiteral("StackAtlas"));
    QApplication::setApplicationVersion(QStringLiteral(SA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan a marketing-technology stack."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogueOption(
        QStringLiteral("catalogue"),
        QStringLiteral("The catalogue file to use instead of the per-user one, or a team "
                       "catalogue: postgresql://USER@HOST:PORT/DATABASE."),
        QStringLiteral("PATH"));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        QStringLiteral("Render every main view to DIR/<view>.png and exit (the demo workspace "
                       "unless FILE is given)."),
        QStringLiteral("DIR"));
    parser.addOptions({catalogueOption, snapshotOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A workspace to open (.stackatlas)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const bool snapshotMode = parser.isSet(snapshotOption);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() > 1) {
        err << "stackatlas: give at most one workspace file\n";
        return Usage;
    }
    const QString workspace = parser.positionalArguments().value(0);

    QTemporaryDir scratch;
    if (snapshotMode) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    }

    sa::applyTheme(app);
    const QString path = parser.isSet(catalogueOption) ? parser.value(catalogueOption)
                                                       : sa::defaultCataloguePath();
    std::unique_ptr<sa::CatalogueStore> store;
    if (sa::PostgresUrl::isPostgresUrl(path)) {
        QString why;
        store = sa::openTeamCatalogue(path, !snapshotMode, &why);
        if (!store) {
            err << "stackatlas: " << why << '\n';
            return IoError;
        }
    } else {
        sa::OpenedCatalogue catalogue = sa::openCatalogue(path);
        if (!catalogue.ok()) {
            if (snapshotMode) {
                err << "stackatlas: " << catalogue.message << '\n';
                return IoError;
            }
            if (!catalogue.canRebuild()) {
                sa::showCatalogueFailure(path, catalogue.message);
                return IoError;
            }
            if (!sa::askToRebuildCatalogue(path, catalogue.message))
                return IoError;
            catalogue = sa::rebuildCatalogue(path);
            if (!catalogue.ok()) {
                sa::showCatalogueFailure(path, catalogue.message);
                return IoError;
            }
        }
        for (const QString &warning : std::as_const(catalogue.warnings))
            err << "stackatlas: warning: " << warning << '\n';
        store = std::move(catalogue.store);
    }

    sa::CatalogueDocument document(store.get());
    sa::SqliteWorkspaceFiles files(
        store.get(),
        snapshotMode ? scratch.filePath(QStringLiteral("northbeam-demo.stackatlas"))
                     : sa::DemoWorkspace::defaultPath());
    sa::MainWindow window(&document, &files);
    if (snapshotMode)
        return snapshot(window, files, workspace, parser.value(snapshotOption), err);
    window.restoreSettings();
    sa::FirstPaintProbe::installIfRequested(&window);
    window.show();
    if (!workspace.isEmpty())
        window.workspace()->open(workspace);
    return QApplication::exec();
}
