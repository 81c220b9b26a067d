// The Qt application object of stackatlas-cli: a QCoreApplication for every command but
// report, which paints a PDF (fonts, and the widgets-based chart and scene classes) and
// so needs a QApplication; it gets the offscreen platform so that it runs without a
// display (over ssh, in CI, from cron), unless QT_QPA_PLATFORM says otherwise.
#include "cli.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <cstring>

#include <unistd.h>

namespace sa::cli {

namespace {

// The first word that is not a global option or its value.
const char *commandWord(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--catalogue") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--catalogue=", 12) == 0)
            continue;
        return argv[i];
    }
    return "";
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (std::strcmp(commandWord(argc, argv), "report") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, CI) Qt warns on stderr that it picks a runtime folder
    // itself; give it the one it would pick, private to the user, so stderr stays ours.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + u"/runtime-" + QString::number(getuid());
        if (QDir().mkpath(dir)
            && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace sa::cli
