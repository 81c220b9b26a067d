#pragma once

#include "domain/result.h"

#include <QString>

namespace sa {

// The modules of StackAtlas's own. Each wraps system libraries needed for one command
// only: linked into the programs, they and what they pull in would be loaded, relocated
// and bound at every start of the application.
enum class RuntimeModule {
    Solver,     // COIN-OR CBC, for Optimize (planning/cbcbridge.h)
    XlsxWriter, // libxlsxwriter and OpenSSL's libcrypto, for XLSX export (io/xlsxapi.h)
};

// Opens the module (the first candidate that loads and answers to its version) and
// returns its entry point; the library is never unloaded. Candidates, in order: the
// file named by its environment variable (SA_CBC_MODULE, SA_XLSX_MODULE) when set, else
// beside the installed executable (../lib/stackatlas), then in the build tree. An Io
// error names each place tried and why it failed. Thread-safe; once a module is open,
// later calls return its entry point at once (a failure is not kept).
Expected<QFunctionPointer> openRuntimeModule(RuntimeModule module);

} // namespace sa
