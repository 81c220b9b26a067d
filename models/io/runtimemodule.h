#pragma once

#include "domain/result.h"

#include <QString>

namespace sa {

// Where a module of StackAtlas's own is, and what it must export. Modules wrap system
// libraries that are needed for one command only (CBC for Optimize, libxlsxwriter for
// XLSX export): linked into the programs, they and what they pull in would be loaded,
// relocated and bound at every start of the application.
struct RuntimeModuleSpec
{
    QString what;                 // "the optimizer's solver module", for messages
    const char *overrideVariable; // an environment variable naming the file (packagers, tests)
    QString installRelativePath;  // from the executable's folder, once installed
    QString buildPath;            // in the build tree
    const char *versionSymbol;    // int (*)(): must return version
    int version;
    const char *entrySymbol;
};

// Opens the module (the first candidate that loads and answers to the version) and
// returns its entry point; the library is never unloaded. Candidates, in order: the
// override variable when set, else beside the installed executable, then the build
// tree. An Io error names each place tried and why it failed. Thread-safe; once a
// module is open later calls return its entry point at once (a failure is not kept).
Expected<QFunctionPointer> openRuntimeModule(const RuntimeModuleSpec &spec);

} // namespace sa
