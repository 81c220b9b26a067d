#include "cbcmodule.h"

#include "io/runtimemodule.h"

namespace sa {

Expected<SaSolveMip> cbcSolver()
{
    const Expected<QFunctionPointer> entry = openRuntimeModule(RuntimeModule::Solver);
    if (!entry)
        return entry.error();
    return reinterpret_cast<SaSolveMip>(*entry);
}

} // namespace sa
