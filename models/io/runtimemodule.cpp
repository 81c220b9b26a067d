#include "runtimemodule.h"

#include "planning/cbcbridge.h"
#include "xlsxapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sa {

namespace {

// Where a module is, and what it must export.
struct RuntimeModuleSpec
{
    QString what;                 // "the optimizer's solver module", for messages
    const char *overrideVariable; // an environment variable naming the file
    QString installRelativePath;  // from the executable's folder, once installed
    QString buildPath;            // in the build tree
    const char *versionSymbol;    // int (*)(): must return version
    int version;
    const char *entrySymbol;
};

RuntimeModuleSpec specOf(RuntimeModule module)
{
    switch (module) {
    case RuntimeModule::Solver:
        return {u"the optimizer's solver module"_s,
                "SA_CBC_MODULE",
                QStringLiteral(SA_CBC_MODULE_INSTALL_RELPATH),
                QStringLiteral(SA_CBC_MODULE_BUILD_PATH),
                kCbcVersionSymbol,
                kCbcBridgeVersion,
                kCbcSolveSymbol};
    case RuntimeModule::XlsxWriter:
        break;
    }
    return {u"the XLSX writer module"_s,
            "SA_XLSX_MODULE",
            QStringLiteral(SA_XLSX_MODULE_INSTALL_RELPATH),
            QStringLiteral(SA_XLSX_MODULE_BUILD_PATH),
            kXlsxVersionSymbol,
            kXlsxApiVersion,
            kXlsxApiSymbol};
}

QStringList candidatePaths(const RuntimeModuleSpec &spec)
{
    const QString overridden = qEnvironmentVariable(spec.overrideVariable);
    if (!overridden.isEmpty())
        return {overridden};
    QStringList paths;
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(
            QDir(QCoreApplication::applicationDirPath()).filePath(spec.installRelativePath));
    paths << spec.buildPath;
    paths.removeDuplicates(); // in the build tree both name build/lib/stackatlas
    return paths;
}

// Opens one candidate into *library; an empty string on success, else why not.
QString tryOpen(QLibrary *library, const QString &path, const RuntimeModuleSpec &spec)
{
    // QLibrary's own message for a missing file names a variant of it that it tried last.
    if (QDir::isAbsolutePath(path) && !QFileInfo::exists(path))
        return path + u": there is no such file"_s;
    library->setFileName(path);
    if (!library->load())
        return library->errorString();
    const auto version = reinterpret_cast<int (*)()>(library->resolve(spec.versionSymbol));
    if (!version || !library->resolve(spec.entrySymbol))
        return path + u" is not a StackAtlas module"_s;
    if (version() != spec.version)
        return path
               + u" is module version %1, this build needs %2"_s.arg(version()).arg(spec.version);
    return QString();
}

} // namespace

Expected<QFunctionPointer> openRuntimeModule(RuntimeModule module)
{
    const RuntimeModuleSpec spec = specOf(module);
    static QMutex mutex;
    static QHash<QByteArray, QFunctionPointer> opened; // by entry symbol
    const QMutexLocker lock(&mutex);
    if (const QFunctionPointer entry = opened.value(spec.entrySymbol))
        return entry;
    QStringList failures;
    for (const QString &path : candidatePaths(spec)) {
        // Kept for the life of the process: it may be used again, and its libraries keep
        // static state.
        auto *library = new QLibrary;
        const QString why = tryOpen(library, path, spec);
        if (why.isEmpty()) {
            const QFunctionPointer entry = library->resolve(spec.entrySymbol);
            opened.insert(spec.entrySymbol, entry);
            return entry;
        }
        library->unload();
        delete library;
        failures << why;
    }
    return Error::io(spec.what + u" could not be loaded: "_s + failures.join(u"; "_s));
}

} // namespace sa
