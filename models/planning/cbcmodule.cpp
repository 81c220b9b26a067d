#include "cbcmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

QStringList candidatePaths()
{
    const QString overridden = qEnvironmentVariable("SA_CBC_MODULE");
    if (!overridden.isEmpty())
        return {overridden};
    QStringList paths;
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                                     .filePath(QStringLiteral(SA_CBC_MODULE_INSTALL_RELPATH)));
    paths << QStringLiteral(SA_CBC_MODULE_BUILD_PATH);
    paths.removeDuplicates(); // in the build tree both name build/lib/stackatlas
    return paths;
}

// Opens one candidate; an empty string on success, else why not.
QString tryOpen(QLibrary &library, const QString &path, SaSolveMip *solve)
{
    // QLibrary's own message for a missing file names a variant of it that it tried last.
    if (QDir::isAbsolutePath(path) && !QFileInfo::exists(path))
        return path + u": there is no such file"_s;
    library.setFileName(path);
    if (!library.load())
        return library.errorString();
    const auto version = reinterpret_cast<SaBridgeVersion>(library.resolve(kCbcVersionSymbol));
    *solve = reinterpret_cast<SaSolveMip>(library.resolve(kCbcSolveSymbol));
    if (!version || !*solve)
        return path + u" is not a StackAtlas solver module"_s;
    if (version() != kCbcBridgeVersion)
        return path
               + u" is solver module version %1, this build needs %2"_s.arg(version()).arg(
                   kCbcBridgeVersion);
    return QString();
}

} // namespace

Expected<SaSolveMip> cbcSolver()
{
    static QMutex mutex;
    static SaSolveMip loaded = nullptr;
    const QMutexLocker lock(&mutex);
    if (loaded)
        return loaded;
    // Never unloaded once found: the process may solve again, and CBC keeps static state.
    static QLibrary library;
    QStringList failures;
    for (const QString &path : candidatePaths()) {
        SaSolveMip solve = nullptr;
        const QString why = tryOpen(library, path, &solve);
        if (why.isEmpty()) {
            loaded = solve;
            return loaded;
        }
        library.unload();
        failures << why;
    }
    return Error::io(u"the optimizer's solver module could not be loaded: "_s
                     + failures.join(u"; "_s));
}

} // namespace sa
