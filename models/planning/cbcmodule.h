#pragma once

#include "cbcbridge.h"
#include "domain/result.h"

namespace sa {

// The CBC module's solve function, the module opened on the first call (thread-safe;
// later calls return at once). It is looked for, in order: at $SA_CBC_MODULE when set
// (packagers, tests), beside the installed executable (../lib/stackatlas), and in the
// build tree. An Io error names every place tried and why the last one failed.
Expected<SaSolveMip> cbcSolver();

} // namespace sa
