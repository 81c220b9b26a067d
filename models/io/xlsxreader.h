#pragma once

#include "csvtable.h"
#include "domain/result.h"
#include "xlsxarchive.h"

#include <QString>
#include <QStringList>

namespace sa {

// What the reader picks unless told (the import wizard's overrides), and its caps.
struct XlsxReadOptions
{
    QString sheet;     // empty: the first visible worksheet
    int headerRow = 0; // 0: detect; N: sheet row N; -1: none
    int maxErrors = 50;
    int maxRows = 500'000;
    int maxColumns = 4096;
    qint64 maxCells = 4'000'000; // cells of the table, gaps and padding included
    qsizetype maxSharedStrings = 4'000'000;
    XlsxLimits archive; // inflated bytes, compression ratio, parts
};

struct XlsxReadResult
{
    CsvTable table;     // empty whenever errors is not
    QString sheet;      // the sheet read
    QStringList sheets; // every sheet, in tab order, when the workbook could be read
    QStringList errors; // "FILE:SHEET!CELL: what is wrong" for cells; "FILE:PART..." or
                        // "FILE: ..." for the file; past maxErrors one last line says so
    Error::Kind errorKind = Error::Kind::BadInput; // Io when the file could not be read

    bool ok() const { return errors.isEmpty(); }
};

// Reads one worksheet of an .xlsx workbook into the same CsvTable the CSV reader gives,
// so the importer treats both alike: each cell's text as a person sees it in Excel
// (numbers without float noise, TRUE/FALSE, dates as ISO yyyy-MM-dd from the cell's
// number format in either date system), a field's position is its cell (line = row,
// column = column) and the table's format names the sheet, so CsvTable::location says
// "FILE:SHEET!C7". Gaps read as empty cells, empty rows are left out, merged cells are
// ignored (only their top-left cell has a value), and the header row is found as in
// CSV (CsvSniffer). Hostile files end in errors, never in a crash or unbounded memory:
// see XlsxArchive for the zip, XlsxXml for the XML, and the caps above for the sheet.
class XlsxReader
{
public:
    explicit XlsxReader(XlsxReadOptions options = {});

    // Messages name the file as displayName, or as path is written.
    XlsxReadResult readFile(const QString &path, const QString &displayName = {}) const;

private:
    XlsxReadOptions m_options;
};

} // namespace sa
