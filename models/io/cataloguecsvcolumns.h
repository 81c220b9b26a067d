#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sa {

class CsvTable;

// The fields of the catalogue CSV exchange format, in export column order.
enum class CatalogueCsvField {
    Name,
    Vendor,
    VendorSlug,
    Category,
    Description,
    Website,
    Aliases,
    Capabilities,
    Segments,
    Deployment,
    PricingModel,
    PriceLow,
    PriceHigh,
    Currency,
    PriceBasis,
    PriceAsOf,
    Slug,
};
inline constexpr int kCatalogueCsvFieldCount = int(CatalogueCsvField::Slug) + 1;

// Which column of a table feeds which catalogue field. Headers are recognised by name and
// common synonyms, ignoring case, spaces, '_' and '-' ("Tool name", "display_name",
// "Price (low)"); when two headers claim one field the more specific synonym wins
// ("Subcategory" over "Category"). The user's "Header=field" mappings (the CLI's --map,
// the wizard's choices) come first; a mapping to "ignore" or "-" drops a column.
class CatalogueCsvColumns
{
public:
    // errors: bad mappings, no name column. infos: headers that feed no field.
    // All lines are "FILE:LINE:COLUMN: ..." at the header row.
    static CatalogueCsvColumns resolve(const CsvTable &table,
                                       const QStringList &mappings,
                                       QStringList *errors,
                                       QStringList *infos);

    int column(CatalogueCsvField field) const { return m_columns[size_t(field)]; } // -1: none

    // "name", "vendor-slug", "pricing-model", ...: the export headers and --map names.
    static QString key(CatalogueCsvField field);
    // A field from its key or a synonym, as a user writes it in --map.
    static std::optional<CatalogueCsvField> fieldNamed(QStringView name);

private:
    std::array<int, kCatalogueCsvFieldCount> m_columns{};
};

} // namespace sa
