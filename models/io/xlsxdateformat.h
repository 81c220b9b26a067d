#pragma once

#include <QString>
#include <QStringView>

namespace sa {

// XLSX stores a date as a plain number (days since the workbook's epoch) and only its
// cell's number format says it is one. This decides that from the format (a built-in id
// or a format code such as "dd/mm/yyyy") and turns serials into the ISO text the CSV
// side of the importer already reads: "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss".
// Both epochs: the 1900 system (with Lotus 1-2-3's phantom 29 February 1900, serial 60)
// and the 1904 system of old Mac workbooks.
class XlsxDateFormat
{
public:
    enum class Kind : quint8 { None, Date, DateTime, Time };

    static Kind builtIn(int numFmtId);
    static Kind fromCode(QStringView code);

    // Null when the serial is no representable date (negative, serial 60, past 9999);
    // the caller then shows the number. A DateTime at midnight is written as a Date.
    static QString text(double serial, Kind kind, bool date1904);
    // For cells stored as ISO 8601 text (t="d"); the text itself when it does not parse.
    static QString isoText(const QString &iso, Kind kind);
};

} // namespace sa
