#include "xlsxmodule.h"

#include "runtimemodule.h"

using namespace Qt::StringLiterals;

namespace sa {

Expected<const SaXlsxApi *> xlsxApi()
{
    const Expected<QFunctionPointer> entry
        = openRuntimeModule({u"the XLSX writer module"_s,
                             "SA_XLSX_MODULE",
                             QStringLiteral(SA_XLSX_MODULE_INSTALL_RELPATH),
                             QStringLiteral(SA_XLSX_MODULE_BUILD_PATH),
                             kXlsxVersionSymbol,
                             kXlsxApiVersion,
                             kXlsxApiSymbol});
    if (!entry)
        return entry.error();
    return reinterpret_cast<SaXlsxApiEntry>(*entry)();
}

} // namespace sa
