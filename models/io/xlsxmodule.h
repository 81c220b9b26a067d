#pragma once

#include "domain/result.h"
#include "xlsxapi.h"

namespace sa {

// The table, the module opened on the first call (thread-safe). Looked for at
// $SA_XLSX_MODULE, beside the installed executable, then in the build tree
// (openRuntimeModule); an Io error says where and why not.
Expected<const SaXlsxApi *> xlsxApi();

} // namespace sa
