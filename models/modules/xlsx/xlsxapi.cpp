// The XLSX module: libxlsxwriter's functions handed over as a table (io/xlsxapi.h),
// built as a separate shared module so the application loads the library, and OpenSSL
// behind it, only when it first writes a workbook.
#include "io/xlsxapi.h"

extern "C" __attribute__((visibility("default"))) int sa_xlsx_api_version()
{
    return sa::kXlsxApiVersion;
}

extern "C" __attribute__((visibility("default"))) const SaXlsxApi *sa_xlsx_api()
{
    static const SaXlsxApi api{&workbook_new,
                               &workbook_validate_sheet_name,
                               &workbook_add_worksheet,
                               &workbook_add_format,
                               &workbook_close,
                               &format_set_bold,
                               &format_set_num_format,
                               &worksheet_freeze_panes,
                               &worksheet_set_column,
                               &worksheet_write_string,
                               &worksheet_write_number,
                               &worksheet_write_datetime,
                               &lxw_strerror};
    return &api;
}
