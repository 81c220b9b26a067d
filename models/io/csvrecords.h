#pragma once

#include <QString>

#include <vector>

namespace sa {

// Parsed CSV records over one text buffer: what CsvParser produces and CsvTable keeps.
// Cells are spans of `text` rather than strings of their own, so a 15,000-row file costs
// one buffer and two arrays, not a quarter of a million allocations. Quoted cells that
// needed unescaping ("" or CR line breaks) point past the decoded file, into a tail
// appended to the same buffer.
struct CsvRecords
{
    static constexpr quint32 kQuotedBit = 0x80000000u;

    struct Cell
    {
        quint32 offset = 0; // into text
        quint32 size = 0;   // length; kQuotedBit set when the field was quoted
        quint32 line = 0;   // physical line and 1-based column where the field starts
        quint32 column = 0; // (for a quoted field: its opening quote)

        qsizetype length() const { return qsizetype(size & ~kQuotedBit); }
        bool quoted() const { return (size & kQuotedBit) != 0; }
    };

    struct Record
    {
        quint32 firstCell = 0;
        quint32 cellCount = 0;
        quint32 endLine = 0; // where the record's last field ends
        quint32 endColumn = 0;
    };

    QString text;
    std::vector<Cell> cells;
    std::vector<Record> records; // records whose cells are all empty are left out

    QStringView cellText(const Cell &cell) const
    {
        return QStringView(text).sliced(cell.offset, cell.length());
    }
};

} // namespace sa
