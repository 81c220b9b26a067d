#pragma once

#include "csvformat.h"
#include "csvrecords.h"

#include <QString>
#include <QStringList>

namespace sa {

// Where something is in a CSV file: physical line and 1-based character column.
struct CsvPosition
{
    int line = 0;
    int column = 0;
    friend bool operator==(const CsvPosition &, const CsvPosition &) = default;
};

// A read CSV file: the header names and the data rows below the header, with the line and
// column of every field so that any later check can say "FILE:LINE:COLUMN: what is wrong".
// Cells are views into one buffer owned by the table; copy what must outlive it. Rows
// are never longer than the header (the reader rejects those); shorter rows read as
// empty cells. Header names are trimmed and made distinct ("Cost", "Cost (2)"); empty
// ones are named "Column N".
class CsvTable
{
public:
    CsvTable() = default;
    // headerRecord: index in records of the header row, or -1 for a table without one.
    CsvTable(QString fileName, CsvFormat format, CsvRecords records, qsizetype headerRecord);

    const QString &fileName() const { return m_fileName; }
    const CsvFormat &format() const { return m_format; }
    const QStringList &header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    int rowCount() const;

    QStringView cell(int row, int column) const; // empty for a field the row lacks
    bool isQuoted(int row, int column) const;
    int rowLine(int row) const;
    // Where the field starts; for a field the row lacks, where the row ends.
    CsvPosition position(int row, int column) const;
    // Where the character at offset in cell(row, column) is in the file (for a worksheet,
    // the cell itself).
    CsvPosition position(int row, int column, qsizetype offset) const;
    CsvPosition headerPosition(int column) const;
    // Column whose header name equals name, ignoring case and surrounding blanks; or -1.
    int columnIndex(QStringView name) const;
    // "FILE:LINE:COLUMN"; for a table read from a worksheet, "FILE:SHEET!CELL"
    QString location(CsvPosition position) const;

private:
    const CsvRecords::Cell *cellAt(int row, int column) const;

    QString m_fileName;
    CsvFormat m_format;
    CsvRecords m_records;
    size_t m_firstRow = 0;
    QStringList m_header;
    std::vector<CsvPosition> m_headerPositions;
};

} // namespace sa
