#pragma once

#include "csvformat.h"
#include "csvtable.h"
#include "domain/result.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace sa {

// What the reader detects unless told (the import wizard's overrides).
struct CsvReadOptions
{
    std::optional<CsvEncoding> encoding; // unset: detect
    QChar delimiter;                     // null: detect among , ; tab
    int headerLine = 0;                  // 0: detect; N: the row starting on line N; -1: none
    int maxErrors = 50;
    int maxColumns = 4096;
    qint64 maxBytes = qint64(256) * 1024 * 1024;
};

struct CsvReadResult
{
    CsvTable table;     // empty whenever errors is not
    QStringList errors; // "FILE:LINE:COLUMN: what is wrong", in file order; past maxErrors
                        // one last line says that the reader stopped
    Error::Kind errorKind = Error::Kind::BadInput; // Io when the file could not be read

    bool ok() const { return errors.isEmpty(); }
};

// Reads a CSV file as people export them (finance systems, Excel, Google Sheets, other
// catalogues) into a CsvTable: decodes (CsvDecoder), picks the delimiter and the header
// row (CsvSniffer), tokenizes (CsvParser), then rejects rows longer than the header
// unless the extra fields are empty (a trailing delimiter). Any error means no table:
// an import never works on half a file. Memory and time are linear in the input, which
// is capped at maxBytes.
class CsvReader
{
public:
    explicit CsvReader(CsvReadOptions options = {});

    // Messages name the file as path is written.
    CsvReadResult readFile(const QString &path) const;
    CsvReadResult read(QByteArrayView bytes, const QString &displayName) const;

private:
    CsvReadOptions m_options;
};

} // namespace sa
