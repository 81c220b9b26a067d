#pragma once

#include "csvtable.h"
#include "domain/result.h"
#include "inventorypreview.h"

#include <QStringList>

namespace sa {

// An inventory file read into a table by the reader its content calls for: a zip
// signature means XLSX whatever the extension, and a file named .xlsx/.xlsm that is not a
// zip goes to the XLSX reader too, so that it fails as the workbook it claims to be ("not
// a zip archive", "an Excel 97-2003 file") instead of being read as text. Everything else
// is CSV. All the readers' checks hold: any error means no table.
struct InventoryFile
{
    InventoryFileKind kind = InventoryFileKind::Csv;
    CsvTable table;
    QStringList sheets; // XLSX
    QStringList errors; // the reader's, "FILE:LINE:COLUMN: ..." or "FILE:SHEET!CELL: ..."
    Error::Kind errorKind = Error::Kind::BadInput;

    bool ok() const { return errors.isEmpty(); }

    static InventoryFile read(const QString &path, const InventoryOptions &options);
    static InventoryFileKind detect(const QString &path);
};

} // namespace sa
