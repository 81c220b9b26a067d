#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sa {

struct CsvWriteOptions
{
    bool utf8Bom = false; // Excel on Windows needs it to read UTF-8
    bool crlf = true;     // RFC 4180 and Excel; false for LF
    QChar delimiter = u',';
    bool neutraliseFormulas = true;
};

// Writes CSV that spreadsheets open safely: UTF-8, fields quoted only where needed (a
// delimiter, a quote, a line break, or blanks at either end), and formula neutralisation
// (DESIGN.md "Reliability rules"): a cell that a spreadsheet would run as a formula gets
// a leading apostrophe, so exported user data cannot execute in the reader's Excel.
// Rows accumulate in memory; save() writes them atomically.
class CsvWriter
{
public:
    explicit CsvWriter(CsvWriteOptions options = {});

    void writeRow(const QStringList &cells);
    QByteArray bytes() const; // the BOM (if asked for) and every row so far
    Status save(const QString &path) const;

    // The cell as it will be written, before quoting: with the apostrophe when it starts
    // with = + - @ (also after leading blanks) or with a tab or carriage return.
    static bool needsFormulaGuard(QStringView cell);
    // Undoes the guard for a reader of our own exports: "'=x" -> "=x", "'plain" unchanged.
    static QStringView withoutFormulaGuard(QStringView cell);

private:
    void appendField(QStringView cell);

    CsvWriteOptions m_options;
    QString m_text;
};

} // namespace sa
