// stackatlas: the desktop application's entry point. Parses the arguments, opens the
// catalogue and hands it to the main window; everything else lives in the libraries.
#include "catalogue/cataloguedocument.h"
#include "catalogueproblem.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "snapshot.h"
#include "store/cataloguefile.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace {

enum ExitCode { Ok = 0, IoError = 3 };

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
        QStringLiteral("The catalogue file to use instead of the per-user one."),
        QStringLiteral("PATH"));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        QStringLiteral("Render every main view to DIR/<view>.png and exit."),
        QStringLiteral("DIR"));
    parser.addOptions({catalogueOption, snapshotOption});
    parser.process(app);
    const bool snapshot = parser.isSet(snapshotOption);
    QTextStream err(stderr);

    sa::applyTheme(app);
    const QString path = parser.isSet(catalogueOption) ? parser.value(catalogueOption)
                                                       : sa::defaultCataloguePath();
    sa::OpenedCatalogue catalogue = sa::openCatalogue(path);
    if (!catalogue.ok()) {
        if (snapshot) {
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

    sa::CatalogueDocument document(catalogue.store.get());
    sa::MainWindow window(&document);
    if (snapshot)
        return sa::renderSnapshots(window, parser.value(snapshotOption), err);
    window.restoreSettings();
    sa::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
