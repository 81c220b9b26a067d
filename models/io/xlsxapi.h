#pragma once

#include <xlsxwriter.h>

// The part of libxlsxwriter that XlsxWriter uses, reached through a module opened on the
// first XLSX export (libxlsxwriter brings OpenSSL's libcrypto, some 3,000 symbol
// bindings, into every start otherwise). The module fills this table with the library's
// own functions; the signatures are taken from its header, so they cannot drift.
extern "C" {
struct SaXlsxApi
{
    decltype(&workbook_new) workbookNew;
    decltype(&workbook_validate_sheet_name) validateSheetName;
    decltype(&workbook_add_worksheet) addWorksheet;
    decltype(&workbook_add_format) addFormat;
    decltype(&workbook_close) close;
    decltype(&format_set_bold) setBold;
    decltype(&format_set_num_format) setNumFormat;
    decltype(&worksheet_freeze_panes) freezePanes;
    decltype(&worksheet_set_column) setColumn;
    decltype(&worksheet_write_string) writeString;
    decltype(&worksheet_write_number) writeNumber;
    decltype(&worksheet_write_datetime) writeDatetime;
    decltype(&lxw_strerror) errorText;
};
typedef const SaXlsxApi *(*SaXlsxApiEntry)();
}

namespace sa {

// Bumped whenever SaXlsxApi changes.
inline constexpr int kXlsxApiVersion = 1;
inline constexpr char kXlsxApiSymbol[] = "sa_xlsx_api";
inline constexpr char kXlsxVersionSymbol[] = "sa_xlsx_api_version";
} // namespace sa
