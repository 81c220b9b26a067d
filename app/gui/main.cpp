// stackatlas: the desktop application's entry point. Parses the arguments, opens the
// catalogue, hands it and the workspace files to the main window, and opens the workspace
// named on the command line; everything else lives in the libraries.
#include "catalogue/cataloguedocument.h"
#include "catalogueproblem.h"
#include "catalogueswitcher.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "snapshot.h"
#include "store/cataloguefile.h"
#include "store/demoworkspace.h"
#include "store/postgresurl.h"
#include "store/sqliteworkspacefiles.h"
#include "store/storecataloguesource.h"
#include "teamcatalogue.h"
#include "theme.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

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

// The catalogue file at path, rebuilt when damaged and the user agrees; 0, or the exit
// code when there is none to use.
int openLocalCatalogue(const QString &path,
                       bool snapshotMode,
                       QTextStream &err,
                       std::unique_ptr<sa::CatalogueStore> *store)
{
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
    *store = std::move(catalogue.store);
    return Ok;
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
    const bool chosen = parser.isSet(catalogueOption);
    const QString localPath
        = chosen && !sa::PostgresUrl::isPostgresUrl(parser.value(catalogueOption))
              ? parser.value(catalogueOption)
              : sa::defaultCataloguePath();
    // A plain start opens the team catalogue chosen last (File > Connect to Team
    // Catalogue…); when it cannot be reached, the local one.
    QString teamUrl = chosen         ? parser.value(catalogueOption)
                      : snapshotMode ? QString()
                                     : sa::CatalogueSwitcher::rememberedTeam();
    if (!sa::PostgresUrl::isPostgresUrl(teamUrl))
        teamUrl.clear();
    std::unique_ptr<sa::CatalogueStore> store;
    if (!teamUrl.isEmpty()) {
        QString why;
        const QString instead
            = chosen ? QString()
                     : QStringLiteral("\n\nStackAtlas opens the local catalogue instead; File > "
                                      "Connect to Team Catalogue… tries the server again.");
        store = sa::openTeamCatalogue(teamUrl, !snapshotMode, &why, instead);
        if (!store) {
            err << "stackatlas: " << why << '\n';
            if (chosen)
                return IoError;
            teamUrl.clear();
        }
    }
    if (!store) {
        const int failed = openLocalCatalogue(localPath, snapshotMode, err, &store);
        if (failed)
            return failed;
    }

    if (snapshotMode) {
        sa::CatalogueDocument document(store.get());
        sa::SqliteWorkspaceFiles files(
            store.get(), scratch.filePath(QStringLiteral("northbeam-demo.stackatlas")));
        sa::MainWindow window(&document, &files);
        return snapshot(window, files, workspace, parser.value(snapshotOption), err);
    }
    const sa::StoreCatalogueSource source(localPath, sa::DemoWorkspace::defaultPath());
    sa::CatalogueSwitcher switcher(&source);
    switcher.start(std::move(store), teamUrl);
    sa::MainWindow &window = *switcher.window();
    window.restoreSettings();
    sa::FirstPaintProbe::installIfRequested(&window);
    window.show();
    if (!workspace.isEmpty())
        window.workspace()->open(workspace);
    const int code = QApplication::exec();
    // A connection attempt the user cancelled may still be running on a worker thread
    // with the source: let it end before the source goes.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
