#include "cbcmodule.h"

#include "io/runtimemodule.h"

using namespace Qt::StringLiterals;

namespace sa {

Expected<SaSolveMip> cbcSolver()
{
    const Expected<QFunctionPointer> entry
        = openRuntimeModule({u"the optimizer's solver module"_s,
                             "SA_CBC_MODULE",
                             QStringLiteral(SA_CBC_MODULE_INSTALL_RELPATH),
                             QStringLiteral(SA_CBC_MODULE_BUILD_PATH),
                             kCbcVersionSymbol,
                             kCbcBridgeVersion,
                             kCbcSolveSymbol});
    if (!entry)
        return entry.error();
    return reinterpret_cast<SaSolveMip>(*entry);
}

} // namespace sa
