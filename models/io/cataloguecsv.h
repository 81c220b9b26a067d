#pragma once

#include "cataloguecsvlookup.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "domain/product.h"
#include "domain/vendor.h"

#include <vector>

namespace sa {

struct CatalogueCsvImport
{
    std::vector<Product> products; // empty whenever errors is not: all or nothing
    std::vector<Vendor> vendors;   // each vendor the rows name, with the row's website
    QStringList errors;            // "FILE:LINE:COLUMN: what is wrong"; nothing may be imported
    QStringList warnings;          // "FILE:LINE:COLUMN: warning: ..."; the import may go ahead
    QStringList infos;             // "FILE:LINE:COLUMN: info: ..." about ignored columns
    CsvFormat format;              // as the reader detected it, for the wizard
    Error::Kind errorKind = Error::Kind::BadInput;

    bool ok() const { return errors.isEmpty(); }
};

// The catalogue CSV exchange format: products in and out of spreadsheets and other
// catalogues. One row per product; columns as CatalogueCsvColumns recognises them; lists
// separated by '|' (capabilities "slug-or-name:strength", also ';'; segments also ',').
// Import resolves categories and capabilities against the existing catalogue, given as
// plain values; what it cannot place is a warning, what would store wrong data is an
// error, and every message names FILE:LINE:COLUMN. Rows whose slug repeats: the later row
// wins. Export writes every field so that importing the file gives equal products
// (integrations, ids and origin are not part of the format).
class CatalogueCsv
{
public:
    CatalogueCsv(std::vector<Category> categories, std::vector<Capability> capabilities);

    void setMaxErrors(int maxErrors) { m_maxErrors = maxErrors; }
    void setMaxWarnings(int maxWarnings) { m_maxWarnings = maxWarnings; }

    // mappings: "Header=field" strings (--map); readOptions: the wizard's overrides.
    CatalogueCsvImport readFile(const QString &path,
                                const QStringList &mappings = {},
                                const CsvReadOptions &readOptions = {}) const;
    CatalogueCsvImport read(QByteArrayView bytes,
                            const QString &displayName,
                            const QStringList &mappings = {},
                            const CsvReadOptions &readOptions = {}) const;
    CatalogueCsvImport convert(const CsvTable &table, const QStringList &mappings = {}) const;

    // Header row of an export: the field keys in CatalogueCsvField order.
    static QStringList exportHeader();
    // vendors supply the website column (matched by the product's vendorSlug).
    static QByteArray write(const std::vector<Product> &products,
                            const std::vector<Vendor> &vendors = {},
                            const CsvWriteOptions &options = {});

private:
    CatalogueCsvImport fromRead(CsvReadResult read, const QStringList &mappings) const;

    CatalogueCsvLookup m_lookup;
    int m_maxErrors = 50;
    int m_maxWarnings = 200;
};

} // namespace sa
