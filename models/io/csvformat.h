#pragma once

#include <QChar>
#include <QString>

namespace sa {

// How a CSV file's bytes became text.
enum class CsvEncoding {
    Utf8,        // no byte-order mark
    Utf8Bom,     // EF BB BF
    Utf16LE,     // by BOM or by the NUL-byte pattern of mostly-ASCII text
    Utf16BE,
    Windows1252, // bytes that are not valid UTF-8: Latin-1 with the Windows 0x80-0x9F characters
};

enum class CsvLineEnding { None, Lf, CrLf, Cr, Mixed };

// What the reader detected (or was told), for the import wizard to show and override.
struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    CsvLineEnding lineEnding = CsvLineEnding::None;
    int headerLine = 0; // physical line of the header row; 0 when the table has none
    QString sheet;      // XLSX: the worksheet the table was read from (lines are its rows,
                        // columns its columns); empty for CSV

    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;
};

QString csvEncodingName(CsvEncoding encoding);     // "UTF-8", "UTF-8 with BOM", "UTF-16 LE", ...
QString csvDelimiterName(QChar delimiter);         // "comma", "semicolon", "tab", or the character
QString csvLineEndingName(CsvLineEnding ending);   // "LF", "CRLF", "CR", "mixed", "none"

} // namespace sa
