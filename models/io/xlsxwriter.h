#pragma once

#include "domain/result.h"
#include "xlsxcell.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sa {

struct XlsxWriteOptions
{
    QString sheetName = QStringLiteral("Sheet1");
    bool neutraliseFormulas = true;
};

// Writes one table to an .xlsx workbook with libxlsxwriter: a bold, frozen header row,
// columns as wide as their content (within limits), and typed cells (XlsxCell). Text is
// always written as a string, never as a formula, and the cells a spreadsheet would run
// as formulas get CsvWriter's leading apostrophe too (DESIGN.md "Reliability rules"),
// so a CSV and an XLSX export of the same data read the same. Rows accumulate in memory;
// save() writes them to a temporary file beside the target and renames it over the
// target, so a failed export never leaves half a file.
class XlsxWriter
{
public:
    explicit XlsxWriter(XlsxWriteOptions options = {});

    void setHeader(QStringList names);
    void writeRow(std::vector<XlsxCell> cells);
    int rowCount() const { return int(m_rows.size()); }

    Status save(const QString &path) const;

    // The currency format for money cells: "\"$\"#,##0.00" for USD, "#,##0.00 \"CHF\"" ...
    static QString moneyFormat(const QString &currency);

private:
    XlsxWriteOptions m_options;
    QStringList m_header;
    std::vector<std::vector<XlsxCell>> m_rows;
};

} // namespace sa
