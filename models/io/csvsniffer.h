#pragma once

#include "csvrecords.h"

#include <QChar>
#include <QStringView>

namespace sa {

// Guesses what a person would see at a glance in a spreadsheet export: which of , ; tab
// separates the fields, and which row is the header when titles or blank lines sit above
// it. Both guesses look at the first rows only, so that they stay cheap on large files,
// and both can be overridden (CsvReadOptions) from the import wizard.
class CsvSniffer
{
public:
    // The candidate whose field count is the same on the most of the first records
    // (delimiters inside quotes do not count); ',' when none gives two fields or more.
    static QChar detectDelimiter(QStringView text);

    // Index of the header record: the first record whose field count is the table's
    // dominant one and whose cells are mostly non-numeric text; -1 when there are no records.
    static qsizetype detectHeader(const CsvRecords &records);

    // True for cells that read as numbers, money, percentages or dates ("1.250,50 €",
    // "2024-03-01", "-12%"): they never make a row a header.
    static bool looksNumeric(QStringView cell);
};

} // namespace sa
