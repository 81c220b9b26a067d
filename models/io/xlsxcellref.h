#pragma once

#include <QString>
#include <QStringView>

namespace sa {

// A1-style cell references as XLSX writes them ("C7" = row 7, column 3, both 1-based),
// and the "FILE:SHEET!CELL" locations that XLSX error messages use in place of CSV's
// "FILE:LINE:COLUMN". Sheet names that are not plain words are quoted as Excel quotes
// them in formulas ('Q1 costs'!B2).
class XlsxCellRef
{
public:
    static constexpr int kMaxRow = 1'048'576; // Excel's limits
    static constexpr int kMaxColumn = 16'384;

    int row = 0;
    int column = 0;

    bool isValid() const { return row > 0 && column > 0; }

    // "AB12" (case-insensitive, no '$'); invalid when malformed or past Excel's limits.
    static XlsxCellRef parse(QStringView text);
    // Only the column letters: "AB" -> 28; 0 when malformed.
    static int parseColumn(QStringView letters);

    static QString columnName(int column);            // 28 -> "AB"
    static QString name(int row, int column);         // (7, 3) -> "C7"
    static QString quotedSheet(const QString &sheet); // "Q1 costs" -> "'Q1 costs'"
    static QString location(const QString &file, const QString &sheet, int row, int column);
};

} // namespace sa
