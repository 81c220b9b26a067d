#include "xlsxmodule.h"

#include "runtimemodule.h"

namespace sa {

Expected<const SaXlsxApi *> xlsxApi()
{
    const Expected<QFunctionPointer> entry = openRuntimeModule(RuntimeModule::XlsxWriter);
    if (!entry)
        return entry.error();
    return reinterpret_cast<SaXlsxApiEntry>(*entry)();
}

} // namespace sa
