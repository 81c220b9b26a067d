#pragma once

#include "comparisonresult.h"
#include "io/csvwriter.h"
#include "io/xlsxcell.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace sa {

// A comparison as one table for CSV (CsvWriter) and XLSX (XlsxWriter), both with their
// formula neutralisation: one row per product in rank order with the total, each
// criterion's score and points, the stack details, the indicative price band, and one
// column per requirement (in matrix order) holding the product's strength there.
class ComparisonExport
{
public:
    explicit ComparisonExport(ComparisonResult result);

    QStringList header() const;
    std::vector<XlsxCell> row(const ProductScore &product) const;

    QByteArray csv() const;
    Status saveCsv(const QString &path) const;
    Status saveXlsx(const QString &path) const;

private:
    CsvWriter csvWriter() const;

    ComparisonResult m_result;
};

} // namespace sa
